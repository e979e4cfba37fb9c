/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report;

import io.gatelint.LintResult;
import io.gatelint.finding.Finding;
import io.gatelint.model.Notice;
import java.io.IOException;
import java.io.Writer;

/** GitHub Actions workflow commands: an annotation per unsuppressed finding on the pull request. */
public final class GithubReporter implements Reporter {

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    for (Finding f : result.active()) {
      String command =
          switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "notice";
          };
      StringBuilder b =
          new StringBuilder("::")
              .append(command)
              .append(" file=")
              .append(property(f.location().file()));
      if (f.location().line() > 0) b.append(",line=").append(f.location().line());
      if (f.location().column() > 0) b.append(",col=").append(f.location().column());
      b.append(",title=").append(property(f.ruleId() + " " + f.rule().name()));
      String message = f.message();
      for (Finding.Related r : f.related())
        message += "\nrelated: " + r.location().display() + ": " + r.message();
      message += "\nfix: " + f.rule().remediation().replaceAll("\\s+", " ").strip();
      b.append("::").append(data(message)).append('\n');
      out.write(b.toString());
    }
    // a notice concerns the run, not a line: an annotation without a file
    for (Notice n : result.notices()) {
      out.write(
          "::notice title="
              + property("gatelint: " + n.code())
              + "::"
              + data(n.message() + "\nfix: " + n.fix())
              + "\n");
    }
  }

  /**
   * Workflow-command data: {@code %}, CR and LF percent-encoded as the runner decodes them
   * (actions/toolkit, packages/core/src/command.ts, escapeData); every other control character,
   * which the runner would pass to the log raw, as a visible escape.
   */
  static String data(String s) {
    return PlainText.escapeKeepingLineBreaks(s)
        .replace("%", "%25")
        .replace("\r", "%0D")
        .replace("\n", "%0A");
  }

  /** A workflow-command property: as data, and {@code :} and {@code ,} percent-encoded. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
