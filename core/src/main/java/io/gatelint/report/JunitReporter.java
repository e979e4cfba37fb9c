/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report;

import io.gatelint.LintResult;
import io.gatelint.finding.Finding;
import io.gatelint.finding.RuleInfo;
import io.gatelint.finding.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * JUnit XML for CI systems that show test reports: one test suite per rule, one failing test case
 * per finding at or above the run's {@code --fail-on} threshold, and a passing case for a rule
 * without findings. A finding below the threshold is a passing case that carries the finding as
 * {@code <system-out>}, so that a green job does not show a red test tab. Suppressed findings are
 * skipped cases.
 */
public final class JunitReporter implements Reporter {

  /** The lowest severity that fails; null: none does ({@code --fail-on never}). */
  private final Severity failOn;

  /** Every unsuppressed finding is a failure. */
  public JunitReporter() {
    this(Severity.NOTE);
  }

  /** Findings at or above {@code failOn} are failures; null: none is. */
  public JunitReporter(Severity failOn) {
    this.failOn = failOn;
  }

  private boolean fails(Finding f) {
    return !f.isSuppressed() && failOn != null && f.severity().atLeast(failOn);
  }

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    List<Finding> all = result.findings();
    long failures = all.stream().filter(this::fails).count();
    int tests = 0;
    for (RuleInfo r : result.rules())
      tests += Math.max(1, (int) all.stream().filter(f -> f.ruleId().equals(r.id())).count());
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    // <testsuites> has no skipped attribute in the JUnit schema Jenkins checks against; each suite
    // carries its own.
    out.write(
        "<testsuites name=\"gatelint\" tests=\""
            + tests
            + "\" failures=\""
            + failures
            + "\" errors=\"0\">\n");
    for (RuleInfo r : result.rules()) {
      List<Finding> mine = all.stream().filter(f -> f.ruleId().equals(r.id())).toList();
      long fail = mine.stream().filter(this::fails).count();
      long skipped = mine.stream().filter(Finding::isSuppressed).count();
      out.write(
          "  <testsuite name=\""
              + attr(r.id() + " " + r.name())
              + "\" tests=\""
              + Math.max(1, mine.size())
              + "\" failures=\""
              + fail
              + "\" errors=\"0\" skipped=\""
              + skipped
              + "\">\n");
      if (mine.isEmpty()) {
        out.write(
            "    <testcase classname=\"" + attr(r.id()) + "\" name=\"" + attr(r.name()) + "\"/>\n");
      }
      for (Finding f : mine) {
        out.write(
            "    <testcase classname=\""
                + attr(r.id())
                + "\" name=\""
                + attr(f.location().toString())
                + "\" file=\""
                + attr(f.location().file())
                + "\" line=\""
                + Math.max(1, f.location().line())
                + "\">\n");
        if (f.isSuppressed()) {
          out.write(
              "      <skipped message=\""
                  + attr("suppressed: " + f.suppression().reason())
                  + "\"/>\n");
        } else if (fails(f)) {
          out.write(
              "      <failure type=\""
                  + f.severity().label()
                  + "\" message=\""
                  + attr(f.message())
                  + "\">"
                  + esc(detail(f))
                  + "</failure>\n");
        } else {
          out.write(
              "      <system-out>"
                  + esc(f.severity().label() + ": " + detail(f))
                  + "</system-out>\n");
        }
        out.write("    </testcase>\n");
      }
      out.write("  </testsuite>\n");
    }
    out.write("</testsuites>\n");
  }

  private static String detail(Finding f) {
    return f.location()
        + " "
        + f.ruleId()
        + " "
        + f.message()
        + "\nfix: "
        + f.rule().remediation().strip();
  }

  /**
   * An attribute value: as {@link #esc} and with line breaks and tabs as character references,
   * which XML parsers would otherwise turn into spaces (attribute-value normalization).
   */
  static String attr(String s) {
    return esc(s).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;");
  }

  static String esc(String s) {
    return Markup.escape(s);
  }
}
