/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.finding;

import java.util.List;

/**
 * What reporters and docs need to know about a rule: its stable id and name, default severity, and
 * the text that explains it.
 *
 * @param facts the facts the rule rests on, each with its source
 * @param since the gatelint version the rule first appeared in; empty when not stated
 * @param examples a bad and a good snippet per input format the rule reads
 */
public record RuleInfo(
    String id,
    String name,
    Severity severity,
    String category,
    String title,
    String description,
    String remediation,
    String helpUri,
    List<Fact> facts,
    String since,
    List<Example> examples) {

  /** A fact a rule rests on and where it is documented. */
  public record Fact(String claim, String source, String url) {}

  /**
   * A snippet that fires the rule and its fixed twin, in one input format ({@code cloudformation},
   * {@code terraform}, {@code nginx} or {@code node}).
   */
  public record Example(String format, String bad, String good) {}

  public RuleInfo {
    facts = List.copyOf(facts);
    since = since == null ? "" : since;
    examples = examples == null ? List.of() : List.copyOf(examples);
  }

  /** A rule that states neither when it appeared nor examples (a test's or an old caller's). */
  public RuleInfo(
      String id,
      String name,
      Severity severity,
      String category,
      String title,
      String description,
      String remediation,
      String helpUri,
      List<Fact> facts) {
    this(
        id,
        name,
        severity,
        category,
        title,
        description,
        remediation,
        helpUri,
        facts,
        "",
        List.of());
  }
}
