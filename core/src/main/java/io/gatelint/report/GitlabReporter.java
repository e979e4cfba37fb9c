/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatelint.LintResult;
import io.gatelint.finding.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.Set;

/**
 * GitLab Code Quality JSON (the {@code artifacts:reports:codequality} report): an array with one
 * issue per unsuppressed finding — {@code description}, {@code check_name}, {@code fingerprint},
 * {@code severity} and {@code location.path} / {@code location.lines.begin}, the fields GitLab
 * reads (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format). Suppressed
 * findings and notices are left out: the format has no place for them.
 */
public final class GitlabReporter implements Reporter {

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    ArrayNode issues = JsonTree.array();
    Set<String> fingerprints = new HashSet<>();
    for (Finding f : result.active()) {
      ObjectNode n = issues.addObject();
      n.put("description", f.ruleId() + " " + f.rule().name() + ": " + f.message());
      n.put("check_name", f.ruleId());
      n.put("fingerprint", unique(f.fingerprint(), fingerprints));
      // the mapping other linters use for this report (eslint-formatter-gitlab: error → major,
      // warning → minor), so that a pipeline mixing tools ranks their issues alike
      n.put(
          "severity",
          switch (f.severity()) {
            case ERROR -> "major";
            case WARNING -> "minor";
            case NOTE -> "info";
          });
      ObjectNode location = n.putObject("location");
      location.put("path", f.location().file());
      location.putObject("lines").put("begin", Math.max(1, f.location().line()));
    }
    JsonTree.write(issues, out);
    out.write("\n");
  }

  /**
   * GitLab takes two issues with one fingerprint for one: a second finding whose fingerprint
   * repeats (the same message on another line) gets a derived one, stable across runs.
   */
  private static String unique(String fingerprint, Set<String> seen) {
    String candidate = fingerprint;
    for (int i = 2; !seen.add(candidate); i++) candidate = fingerprint + "-" + i;
    return candidate;
  }
}
