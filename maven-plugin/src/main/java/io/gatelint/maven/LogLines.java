/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.maven;

import io.gatelint.LintResult;
import io.gatelint.finding.Finding;
import io.gatelint.finding.Severity;
import java.util.Map;
import java.util.stream.Collectors;

/** What the goal writes to the build log, as text. */
final class LogLines {

  private LogLines() {}

  /** One finding as a build log line: {@code file:line:col severity ID message}. */
  static String finding(Finding f) {
    return f.location().file()
        + ":"
        + f.location().line()
        + ":"
        + f.location().column()
        + " "
        + f.severity().label()
        + " "
        + f.ruleId()
        + " "
        + f.message();
  }

  /** {@code 3 finding(s): 2 error(s), 1 warning(s), 0 note(s), 4 suppressed or in the baseline}. */
  static String summary(LintResult result) {
    Map<Severity, Long> counts =
        result.active().stream()
            .collect(Collectors.groupingBy(Finding::severity, Collectors.counting()));
    long suppressed = result.findings().size() - (long) result.active().size();
    return result.active().size()
        + " finding(s): "
        + counts.getOrDefault(Severity.ERROR, 0L)
        + " error(s), "
        + counts.getOrDefault(Severity.WARNING, 0L)
        + " warning(s), "
        + counts.getOrDefault(Severity.NOTE, 0L)
        + " note(s)"
        + (suppressed > 0 ? ", " + suppressed + " suppressed or in the baseline" : "");
  }
}
