/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.suppress;

import io.gatelint.config.RuleNames;
import io.gatelint.finding.Finding;
import io.gatelint.model.Location;
import io.gatelint.parse.InlineDirective;
import io.gatelint.parse.InlineDirectives;
import io.gatelint.parse.TextFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Step 1: inline suppressions — {@code gatelint-disable-line}, {@code gatelint-disable-next-line}
 * and {@code gatelint-disable-file} in a {@code #}, {@code //} or {@code /* *}{@code /} comment
 * (see {@link InlineDirective}) — applied to the findings located on the lines they cover. The
 * directives come from the parsers, which met them in comments; a file no parser recorded is
 * scanned here. Rules are named by id or name, in any case. Suppressed findings are kept, marked,
 * so SARIF can report them as suppressed.
 */
public final class InlineSuppressions {

  private static final String HOW = "after '--' inline or as 'reason:' in Metadata";

  private final Path root;
  private final InlineDirectives recorded;
  private final RuleNames names;
  private final LocalDate today;
  private final Map<String, List<InlineDirective>> scanned = new LinkedHashMap<>();
  private final List<InvalidSuppression> invalid = new ArrayList<>();

  /**
   * @param root the directory findings' paths are relative to, for files no parser recorded
   * @param recorded the directives the parsers met
   * @param names the rules that ran, by id and name
   * @param today the day an expiry ({@code -- until 2027-03-31: reason}) is compared with
   */
  public InlineSuppressions(
      Path root, InlineDirectives recorded, RuleNames names, LocalDate today) {
    this.root = root;
    this.recorded = recorded;
    this.names = names;
    this.today = today;
  }

  /** The suppressions found wanting by the last {@link #apply}. */
  public List<InvalidSuppression> invalid() {
    return List.copyOf(invalid);
  }

  public List<Finding> apply(List<Finding> findings) {
    Map<InlineDirective, Set<String>> used = new HashMap<>();
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      Location at = f.location();
      InlineDirective d =
          directives(at.file()).stream()
              .filter(x -> !expired(x) && applies(x, at.line()) && names(x).contains(f.ruleId()))
              .findFirst()
              .orElse(null);
      if (d == null) {
        out.add(f);
        continue;
      }
      used.computeIfAbsent(d, k -> new HashSet<>()).add(f.ruleId());
      out.add(f.suppressed(new Finding.Suppression("inline", d.location(), d.reason())));
    }
    invalid.clear();
    List<InlineDirective> all = new ArrayList<>(recorded.all());
    scanned.values().forEach(all::addAll);
    for (InlineDirective d : all) {
      Set<String> hit = used.getOrDefault(d, Set.of());
      if (expired(d)) {
        invalid.add(
            InvalidSuppression.expired(
                d.location(), String.join(", ", d.rules()), d.until().orElseThrow()));
        continue;
      }
      if (!hit.isEmpty() && d.reason().isEmpty()) {
        invalid.add(InvalidSuppression.noReason(d.location(), String.join(", ", d.rules()), HOW));
      }
      for (String written : d.rules()) {
        Optional<String> id = names.id(written);
        if (id.isEmpty()) {
          invalid.add(
              InvalidSuppression.unknownRule(
                  d.location(), written, names.suggestion(written).orElse("")));
        } else if (!hit.contains(id.get())) {
          invalid.add(InvalidSuppression.unused(d.location(), written, where(d)));
        }
      }
    }
    return out;
  }

  private static String where(InlineDirective d) {
    return switch (d.kind()) {
      case FILE -> "in this file";
      default -> "on line " + d.target();
    };
  }

  /**
   * Whether a directive covers a finding's line. A finding on line 1 or none is about the whole
   * file (an unreadable file, a missing resource): only a file-level directive covers it, as no
   * line can sit above it.
   */
  private static boolean applies(InlineDirective d, int line) {
    if (d.kind() == InlineDirective.Kind.FILE) return true;
    if (d.kind() == InlineDirective.Kind.NEXT_LINE && line <= 1) return false;
    return d.covers(line);
  }

  private boolean expired(InlineDirective d) {
    return d.until().isPresent() && today.isAfter(d.until().get());
  }

  private Set<String> names(InlineDirective d) {
    Set<String> ids = new HashSet<>();
    for (String r : d.rules()) names.id(r).ifPresent(ids::add);
    return ids;
  }

  /**
   * A file's directives: as the parser recorded them, else scanned once — the fallback for files
   * whose reader keeps no comments.
   */
  private List<InlineDirective> directives(String file) {
    if (recorded.covers(file)) return recorded.of(file);
    return scanned.computeIfAbsent(
        file,
        f -> {
          try {
            return InlineDirectives.scan(f, TextFiles.decode(TextFiles.readBytes(root.resolve(f))));
          } catch (IOException | RuntimeException e) {
            return List.of();
          }
        });
  }
}
