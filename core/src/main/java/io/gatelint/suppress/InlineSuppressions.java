/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.suppress;

import io.gatelint.finding.Finding;
import io.gatelint.model.Location;
import io.gatelint.parse.InlineDirective;
import io.gatelint.parse.InlineDirectives;
import io.gatelint.parse.TextFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step 1: inline suppressions — {@code # gatelint-disable-next-line GL010 -- reason} (YAML, nginx,
 * HCL) or {@code // …} (JavaScript, TypeScript) — applied to the findings on the line below. The
 * directives come from the parsers, which met them in comments; a file no parser recorded is
 * scanned here. Suppressed findings are kept, marked, so SARIF can report them as suppressed.
 */
public final class InlineSuppressions {

  private static final String HOW = "after '--' inline or as 'reason:' in Metadata";

  private final Path root;
  private final InlineDirectives recorded;
  private final Set<String> knownRules;
  private final Map<String, List<InlineDirective>> scanned = new LinkedHashMap<>();
  private final List<InvalidSuppression> invalid = new ArrayList<>();

  /**
   * @param root the directory findings' paths are relative to, for files no parser recorded
   * @param recorded the directives the parsers met
   * @param knownRules the ids of the rules that ran
   */
  public InlineSuppressions(Path root, InlineDirectives recorded, Set<String> knownRules) {
    this.root = root;
    this.recorded = recorded;
    this.knownRules = knownRules;
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
          at.line() <= 1
              ? null
              : directives(at.file()).stream()
                  .filter(x -> x.target() == at.line() && x.rules().contains(f.ruleId()))
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
      if (!hit.isEmpty() && d.reason().isEmpty()) {
        invalid.add(InvalidSuppression.noReason(d.location(), String.join(", ", d.rules()), HOW));
      }
      for (String rule : d.rules()) {
        if (!knownRules.contains(rule)) {
          invalid.add(InvalidSuppression.unknownRule(d.location(), rule));
        } else if (!hit.contains(rule)) {
          invalid.add(InvalidSuppression.unused(d.location(), rule, "on line " + d.target()));
        }
      }
    }
    return out;
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
