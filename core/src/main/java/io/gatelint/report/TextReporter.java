/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report;

import io.gatelint.LintResult;
import io.gatelint.finding.Finding;
import io.gatelint.finding.Severity;
import io.gatelint.model.Notice;
import java.io.IOException;
import java.io.Writer;

/**
 * Human-readable output: {@code file:line:column: severity GL020 name}, the message, the other end
 * of a cross-layer finding, and the fix; colored on a terminal, plain otherwise.
 */
public final class TextReporter implements Reporter {

  private final boolean color;

  public TextReporter(boolean color) {
    this.color = color;
  }

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    int errors = 0;
    int warnings = 0;
    int notes = 0;
    int suppressed = 0;
    for (Finding f : result.findings()) {
      if (f.isSuppressed()) {
        suppressed++;
        continue;
      }
      switch (f.severity()) {
        case ERROR -> errors++;
        case WARNING -> warnings++;
        case NOTE -> notes++;
      }
      out.write(
          paint(bold(), esc(f.location().toString()))
              + ": "
              + paint(colorOf(f.severity()), f.severity().label())
              + " "
              + esc(f.ruleId())
              + " "
              + esc(f.rule().name())
              + "\n");
      out.write("  " + esc(f.message()) + "\n");
      if (!f.location().pointer().isEmpty())
        out.write("  at " + esc(f.location().pointer()) + "\n");
      for (Finding.Related r : f.related()) {
        out.write("  related: " + esc(r.location().display()) + ": " + esc(r.message()) + "\n");
      }
      out.write("  fix: " + esc(f.rule().remediation().replaceAll("\\s+", " ")) + "\n\n");
    }
    out.write(
        String.format(
            "%d error(s), %d warning(s), %d note(s)%s in %d file(s)%n",
            errors,
            warnings,
            notes,
            suppressed > 0 ? ", " + suppressed + " suppressed" : "",
            result.filesRead()));
    // after the summary: what the run could not check (never a failure)
    out.write(notices(result));
    for (var e : result.errors()) {
      out.write(
          "internal: rule "
              + esc(e.ruleId())
              + " ("
              + esc(e.file())
              + ") failed on "
              + esc(e.message())
              + "\n");
    }
  }

  /**
   * The run's notices, two lines each ({@code notice: …} and {@code fix: …}), as the text report
   * ends with them; the command line prints the same on standard error when no text report goes to
   * the terminal.
   */
  public static String notices(LintResult result) {
    StringBuilder b = new StringBuilder();
    for (Notice n : result.notices()) {
      b.append("notice: ").append(esc(n.message())).append('\n');
      b.append("  fix: ").append(esc(n.fix())).append('\n');
    }
    return b.toString();
  }

  /** A value as the terminal must show it: no control character reaches it raw. */
  private static String esc(String s) {
    return PlainText.escape(s);
  }

  private String paint(String code, String text) {
    return color ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }

  private static String bold() {
    return "1";
  }

  private static String colorOf(Severity s) {
    return switch (s) {
      case ERROR -> "31";
      case WARNING -> "33";
      case NOTE -> "36";
    };
  }
}
