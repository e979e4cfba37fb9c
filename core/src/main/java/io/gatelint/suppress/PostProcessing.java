/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.suppress;

import io.gatelint.baseline.Baseline;
import io.gatelint.config.Config;
import io.gatelint.config.RuleNames;
import io.gatelint.finding.Finding;
import io.gatelint.finding.RuleInfo;
import io.gatelint.model.Resource;
import io.gatelint.parse.InlineDirectives;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * What happens to the rules' findings before they are reported, in this order: findings that differ
 * only by resource instance grouped into one → inline suppressions → CloudFormation {@code
 * Metadata} ignores → the configuration's per-rule settings and {@code ignore} → the baseline. The
 * suppressions found wanting by the first two steps become findings of {@value
 * #INVALID_SUPPRESSION} before the configuration step, so that rule can be configured and baselined
 * like any other. Grouping comes first because suppressions and the baseline act on what is
 * reported: one inline suppression at a {@code for_each} block's line then covers the one grouped
 * finding, and the baseline fingerprints the grouped message, which stays the same while the
 * instances do.
 */
public final class PostProcessing {

  /** The rule a suppression without a reason, of an unknown rule, or suppressing nothing gets. */
  public static final String INVALID_SUPPRESSION = "GL004";

  private final RuleInfo invalidSuppression;
  private final Config config;
  private final Baseline baseline;
  private final Path root;
  private final InlineDirectives directives;
  private final List<Resource> resources;
  private final LocalDate today;
  private final RuleNames names;

  /**
   * @param rules the rules that ran; must include {@value #INVALID_SUPPRESSION}
   * @param config the configuration file's settings
   * @param baseline the findings accepted earlier; null when none
   * @param root the directory findings' paths are relative to
   * @param directives the inline suppressions the parsers met
   * @param resources the model's resources, with the ignores they declare
   */
  public PostProcessing(
      List<RuleInfo> rules,
      Config config,
      Baseline baseline,
      Path root,
      InlineDirectives directives,
      List<Resource> resources) {
    this(rules, config, baseline, root, directives, resources, LocalDate.now(ZoneOffset.UTC));
  }

  /**
   * @param today the day suppressions' expiry ({@code until}) is compared with
   */
  public PostProcessing(
      List<RuleInfo> rules,
      Config config,
      Baseline baseline,
      Path root,
      InlineDirectives directives,
      List<Resource> resources,
      LocalDate today) {
    this.today = today;
    this.invalidSuppression =
        rules.stream()
            .filter(i -> i.id().equals(INVALID_SUPPRESSION))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the built-in rule " + INVALID_SUPPRESSION + " is missing"));
    this.names = new RuleNames(rules);
    this.config = config;
    this.baseline = baseline;
    this.root = root;
    this.directives = directives;
    this.resources = resources;
  }

  /** The findings after every step, sorted; suppressed ones are kept, marked. */
  public List<Finding> apply(List<Finding> findings) {
    return run(findings).findings();
  }

  /**
   * The findings after every step, and what the baseline did (null without one): how many findings
   * it hid and how many of its entries no longer occur.
   */
  public record Outcome(List<Finding> findings, Baseline.Applied baseline) {}

  /** Every step, keeping the baseline's counts. */
  public Outcome run(List<Finding> findings) {
    InlineSuppressions inline = new InlineSuppressions(root, directives, names, today);
    MetadataSuppressions metadata = new MetadataSuppressions(resources, names);
    List<Finding> grouped = new InstanceGrouping().apply(findings);
    List<Finding> out = new ArrayList<>(metadata.apply(inline.apply(grouped)));
    for (InvalidSuppression s : inline.invalid()) out.add(finding(s));
    for (InvalidSuppression s : metadata.invalid()) out.add(finding(s));
    out = new ConfigSettings(config, root, today).apply(out, this::finding);
    // sorted before the baseline: of findings sharing a fingerprint, the first ones are the old
    out.sort(null);
    if (baseline == null) return new Outcome(out, null);
    Baseline.Applied applied = baseline.apply(out, root);
    return new Outcome(applied.findings(), applied);
  }

  private Finding finding(InvalidSuppression s) {
    return new Finding(
        invalidSuppression,
        invalidSuppression.severity(),
        s.location(),
        s.message(),
        List.of(),
        "",
        null);
  }
}
