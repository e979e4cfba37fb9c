/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report;

import io.gatelint.LintResult;
import io.gatelint.finding.Finding;
import io.gatelint.finding.Severity;
import io.gatelint.finding.SourceLines;
import io.gatelint.model.Location;
import io.gatelint.model.Notice;
import java.io.IOException;
import java.io.Writer;

/**
 * Human-readable output, per finding: one header {@code file:line:column: severity GL020 name}, the
 * message once, the offending source line with a caret under the column, the other end of a
 * cross-layer finding on one line ({@code ↳ related: nginx.conf:12 keepalive_timeout 75 s …}), and
 * the fix computed from the finding's values; the summary line last. Colored on a terminal, plain
 * otherwise.
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
      // the header shows the pointer where the file has no line; else it is the one thing missing
      if (f.location().line() > 0 && !f.location().pointer().isEmpty())
        out.write("  at " + esc(f.location().pointer()) + "\n");
      out.write(snippet(result.sources(), f.location()));
      for (Finding.Related r : f.related()) {
        out.write(
            "  "
                + paint(dim(), "\u21b3 related:")
                + " "
                + esc(r.location().display())
                + " "
                + esc(withoutOwnLocation(r))
                + "\n");
      }
      out.write("  " + paint(dim(), "fix:") + " " + esc(f.fixText()) + "\n\n");
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

  /**
   * The offending line under a gutter with its number, and a caret under the column: {@code 15 |
   * keepalive_timeout 30s;}. Nothing when the run did not read the file as an input it shows (a
   * plan JSON, whose values may be sensitive) or the location has no line.
   */
  private String snippet(SourceLines sources, Location at) {
    if (at.line() <= 0) return "";
    var line = sources.line(at.file(), at.line());
    if (line.isEmpty() || line.get().isBlank()) return "";
    String text = line.get();
    int column = Math.max(1, Math.min(at.column(), text.length() + 1));
    // a minified or generated line: a window around the column, so the caret stays on screen
    int from = 0;
    int to = text.length();
    if (to > MAX_SNIPPET) {
      from = Math.max(0, Math.min(column - 1 - MAX_SNIPPET / 3, to - MAX_SNIPPET));
      to = Math.min(to, from + MAX_SNIPPET);
    }
    String before = shown(text.substring(from, column - 1));
    String body = shown(text.substring(from, to));
    String lead = from > 0 ? "\u2026" : "";
    String trail = to < text.length() ? "\u2026" : "";
    String number = Integer.toString(at.line());
    String gutter = " ".repeat(number.length());
    return "  "
        + paint(dim(), number + " |")
        + " "
        + lead
        + body.stripTrailing()
        + trail
        + "\n"
        + "  "
        + paint(dim(), gutter + " |")
        + " "
        + " ".repeat(lead.length() + before.length())
        + paint(colorOf(Severity.ERROR), "^")
        + "\n";
  }

  /**
   * The related message without the {@code (file:line)} its value's provenance repeats: the line
   * starts with that location already.
   */
  private static String withoutOwnLocation(Finding.Related r) {
    return r.message().replace(" (" + r.location().display() + ")", "");
  }

  /** The widest part of a source line shown, in characters. */
  private static final int MAX_SNIPPET = 160;

  /** Source text as the terminal shows it: tabs as four spaces, control characters escaped. */
  private static String shown(String s) {
    return esc(s.replace("\t", "    "));
  }

  /** A value as the terminal must show it: no control character reaches it raw. */
  private static String esc(String s) {
    return PlainText.escape(s);
  }

  private String paint(String code, String text) {
    return color ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }

  private static String dim() {
    return "2";
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
