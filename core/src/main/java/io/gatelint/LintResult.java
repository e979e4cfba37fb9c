package io.gatelint;

import io.gatelint.finding.Finding;
import io.gatelint.finding.RuleInfo;
import io.gatelint.finding.Severity;
import io.gatelint.model.Chain;
import java.util.List;

/**
 * The outcome of a run: every finding in a deterministic order (suppressed ones included, marked),
 * the rules that ran, the chains the linker built, and rule evaluation errors.
 */
public record LintResult(
    List<Finding> findings,
    List<RuleInfo> rules,
    List<Chain> chains,
    List<String> unlinked,
    List<io.gatelint.finding.EvaluationError> errors,
    int filesRead) {

  /** Findings that are not suppressed. */
  public List<Finding> active() {
    return findings.stream().filter(f -> !f.isSuppressed()).toList();
  }

  /** True when an unsuppressed finding is at or above the threshold (null: never). */
  public boolean fails(Severity threshold) {
    return threshold != null && active().stream().anyMatch(f -> f.severity().atLeast(threshold));
  }
}
