/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint;

import io.gatelint.baseline.Baseline;
import io.gatelint.finding.Finding;
import io.gatelint.finding.RuleInfo;
import io.gatelint.finding.Severity;
import io.gatelint.model.Chain;
import io.gatelint.model.Notice;
import java.util.List;

/**
 * The outcome of a run: every finding in a deterministic order (suppressed ones included, marked),
 * the rules that ran, the chains the linker built, rule evaluation errors, and the files read (each
 * as what) and left out (each with why), one line each, path order, for {@code --list-files}, and
 * the notices saying which cross-layer checks could not run and why (they never fail a run), and
 * what the baseline did (null without one).
 */
public record LintResult(
    List<Finding> findings,
    List<RuleInfo> rules,
    List<Chain> chains,
    List<String> unlinked,
    List<io.gatelint.finding.EvaluationError> errors,
    int filesRead,
    List<String> fileListing,
    List<Notice> notices,
    io.gatelint.finding.SourceLines sources,
    Baseline.Applied baseline) {

  public LintResult {
    sources = sources == null ? io.gatelint.finding.SourceLines.NONE : sources;
  }

  public LintResult(
      List<Finding> findings,
      List<RuleInfo> rules,
      List<Chain> chains,
      List<String> unlinked,
      List<io.gatelint.finding.EvaluationError> errors,
      int filesRead,
      List<String> fileListing,
      List<Notice> notices) {
    this(
        findings,
        rules,
        chains,
        unlinked,
        errors,
        filesRead,
        fileListing,
        notices,
        io.gatelint.finding.SourceLines.NONE,
        null);
  }

  public LintResult(
      List<Finding> findings,
      List<RuleInfo> rules,
      List<Chain> chains,
      List<String> unlinked,
      List<io.gatelint.finding.EvaluationError> errors,
      int filesRead,
      List<String> fileListing) {
    this(findings, rules, chains, unlinked, errors, filesRead, fileListing, List.of());
  }

  public LintResult(
      List<Finding> findings,
      List<RuleInfo> rules,
      List<Chain> chains,
      List<String> unlinked,
      List<io.gatelint.finding.EvaluationError> errors,
      int filesRead) {
    this(findings, rules, chains, unlinked, errors, filesRead, List.of());
  }

  /** Findings that are not suppressed. */
  public List<Finding> active() {
    return findings.stream().filter(f -> !f.isSuppressed()).toList();
  }

  /** True when an unsuppressed finding is at or above the threshold (null: never). */
  public boolean fails(Severity threshold) {
    return threshold != null && active().stream().anyMatch(f -> f.severity().atLeast(threshold));
  }
}
