/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.suppress;

import io.gatelint.config.Config;
import io.gatelint.finding.Finding;
import io.gatelint.model.Location;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Step 3: the configuration file's {@code ignore} entries, by rule and optionally resource, which
 * mark a finding suppressed ("config") wherever it is located; then its per-rule settings — a
 * disabled rule's findings are dropped, a severity override replaces the rule's. An entry without a
 * reason, one that suppresses nothing and one past its {@code until} day are reported like an
 * inline suppression would be; an expired entry no longer applies.
 */
public final class ConfigSettings {

  private static final String HOW = "as 'reason:' in the configuration's ignore entry";

  private final Config config;
  private final Path root;
  private final LocalDate today;
  private final List<InvalidSuppression> invalid = new ArrayList<>();

  /** Settings without a file or a day: no entry expires. */
  public ConfigSettings(Config config) {
    this(config, Path.of(""), LocalDate.MIN);
  }

  /**
   * @param root the directory findings' paths are relative to: the configuration file's entries are
   *     located relative to it
   * @param today the day {@code until} is compared with
   */
  public ConfigSettings(Config config, Path root, LocalDate today) {
    this.config = config;
    this.root = root.toAbsolutePath().normalize();
    this.today = today;
  }

  /** The configuration's ignore entries found wanting by the last {@link #apply}. */
  public List<InvalidSuppression> invalid() {
    return List.copyOf(invalid);
  }

  /**
   * The findings with the ignore entries applied; the entries found wanting, as findings made by
   * {@code asFinding}, go through the per-rule settings too.
   */
  public List<Finding> apply(
      List<Finding> findings, java.util.function.Function<InvalidSuppression, Finding> asFinding) {
    invalid.clear();
    Set<Config.Ignore> used = new HashSet<>();
    List<Finding> ignored = new ArrayList<>();
    for (Finding f : findings) {
      for (Config.Ignore ignore : config.ignore()) {
        if (!ignore.rule().equals(f.ruleId())) continue;
        if (!ignore.resource().isEmpty() && !ignore.resource().equals(f.resource())) continue;
        if (expired(ignore)) continue;
        used.add(ignore);
        if (!f.isSuppressed()) {
          f = f.suppressed(new Finding.Suppression("config", location(ignore), ignore.reason()));
        }
      }
      ignored.add(f);
    }
    for (Config.Ignore ignore : config.ignore()) {
      Location at = location(ignore);
      String what = ignore.rule() + (ignore.resource().isEmpty() ? "" : " on " + ignore.resource());
      if (expired(ignore)) {
        invalid.add(InvalidSuppression.expired(at, what, ignore.until().orElseThrow()));
      } else if (!used.contains(ignore)) {
        invalid.add(
            InvalidSuppression.unused(
                at,
                ignore.rule(),
                ignore.resource().isEmpty() ? "anywhere" : "on " + ignore.resource()));
      } else if (ignore.reason().isBlank()) {
        invalid.add(InvalidSuppression.noReason(at, what, HOW));
      }
    }
    for (InvalidSuppression s : invalid) ignored.add(asFinding.apply(s));
    List<Finding> out = new ArrayList<>();
    for (Finding f : ignored) {
      if (f == null) continue;
      Config.RuleSetting setting = config.rules().get(f.ruleId());
      if (setting != null && !setting.enabled()) continue;
      if (setting != null && setting.severity().isPresent())
        f = f.withSeverity(setting.severity().get());
      out.add(f);
    }
    return out;
  }

  /** The findings with the settings applied; entries found wanting are not reported. */
  public List<Finding> apply(List<Finding> findings) {
    return apply(findings, s -> null);
  }

  private boolean expired(Config.Ignore ignore) {
    return ignore.until().isPresent() && today.isAfter(ignore.until().get());
  }

  /** Where an entry is written: its configuration file's line, relative to the root if inside. */
  private Location location(Config.Ignore ignore) {
    String file =
        config
            .file()
            .map(
                f ->
                    f.startsWith(root)
                        ? root.relativize(f).toString().replace('\\', '/')
                        : f.toString())
            .orElse("gatelint.yml");
    return Location.of(file, Math.max(1, ignore.line()), 1);
  }
}
