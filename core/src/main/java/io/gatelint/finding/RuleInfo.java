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
    List<Fact> facts) {

  /** A fact a rule rests on and where it is documented. */
  public record Fact(String claim, String source, String url) {}

  public RuleInfo {
    facts = List.copyOf(facts);
  }
}
