/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report;

import io.gatelint.LintResult;
import io.gatelint.finding.Finding;
import io.gatelint.finding.RuleInfo;
import io.gatelint.finding.Severity;
import io.gatelint.model.Location;
import io.gatelint.model.Notice;
import io.gatelint.report.html.ChainsSection;
import io.gatelint.report.html.Filter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A single self-contained HTML page: the run's root, time and version, a summary, a filter by
 * severity and rule, each request chain drawn with its timeouts on one time axis, the findings
 * grouped by file with the other end of each cross-layer finding and the fix, and the rules that
 * fired with their sources. No scripts, no external resources; every text is escaped, and the
 * markup is well-formed XML so it can be checked by any parser as well as rendered by a browser.
 */
public final class HtmlReporter implements Reporter {

  private final String version;
  private final Path root;
  private final Clock clock;

  /** A reporter for a run rooted at the working directory, dated when the page is written. */
  public HtmlReporter(String version) {
    this(version, Path.of("").toAbsolutePath(), Clock.systemUTC());
  }

  /** A reporter for a run rooted at {@code root}, dated by {@code clock} when written. */
  public HtmlReporter(String version, Path root, Clock clock) {
    this.version = version;
    this.root = root;
    this.clock = clock;
  }

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    List<Finding> active = result.active();
    Map<String, List<Finding>> byFile = new LinkedHashMap<>();
    for (Finding f : result.findings())
      byFile.computeIfAbsent(f.location().file(), k -> new java.util.ArrayList<>()).add(f);
    long errors = active.stream().filter(f -> f.severity() == Severity.ERROR).count();
    long warnings = active.stream().filter(f -> f.severity() == Severity.WARNING).count();
    long notes = active.stream().filter(f -> f.severity() == Severity.NOTE).count();

    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
    out.write(
        "<title>gatelint report</title>\n<style>\n"
            + CSS
            + ChainsSection.CSS
            + Filter.STYLE
            + Filter.css(result.findings())
            + "</style>\n</head>\n<body>\n");
    out.write(
        "<header><h1>gatelint report</h1><p class=\"tool\">gatelint "
            + esc(version)
            + " · "
            + result.filesRead()
            + " file(s) read</p>\n");
    out.write(
        "<p class=\"run\">root <code id=\"root\">"
            + esc(root.toString())
            + "</code> · <time id=\"run-time\" datetime=\""
            + esc(
                DateTimeFormatter.ISO_INSTANT.format(
                    clock.instant().truncatedTo(ChronoUnit.SECONDS)))
            + "\">"
            + esc(
                DateTimeFormatter.ISO_INSTANT.format(
                    clock.instant().truncatedTo(ChronoUnit.SECONDS)))
            + "</time></p>\n");
    out.write(
        "<p class=\"summary\" id=\"summary\"><span class=\"error\">"
            + errors
            + " error(s)</span> <span class=\"warning\">"
            + warnings
            + " warning(s)</span> <span class=\"note\">"
            + notes
            + " note(s)</span>"
            + (result.findings().size() > active.size()
                ? " <span class=\"suppressed\">"
                    + (result.findings().size() - active.size())
                    + " suppressed</span>"
                : "")
            + "</p>"
            + Filter.form(result.findings())
            + "</header>\n<main>\n");
    if (!result.notices().isEmpty()) {
      out.write("<section class=\"notices\" id=\"notices\"><h2>Not checked</h2>\n<ul>\n");
      for (Notice n : result.notices()) {
        out.write(
            "<li class=\"notice\" data-code=\""
                + esc(n.code())
                + "\"><p class=\"message\">"
                + esc(n.message())
                + "</p><p class=\"fix\">fix: "
                + esc(n.fix())
                + "</p></li>\n");
      }
      out.write("</ul></section>\n");
    }
    out.write(ChainsSection.html(result));
    if (result.findings().isEmpty())
      out.write("<p class=\"clean\" id=\"clean\">No findings.</p>\n");
    for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
      out.write(
          "<section class=\"file\"><h2>" + esc(file.getKey()) + "</h2>\n<ol class=\"findings\">\n");
      for (Finding f : file.getValue()) {
        String cls = f.isSuppressed() ? "finding suppressed" : "finding " + f.severity().label();
        out.write(
            "<li class=\""
                + cls
                + "\" data-severity=\""
                + Filter.severity(f)
                + "\" data-rule=\""
                + esc(f.ruleId())
                + "\" data-line=\""
                + f.location().line()
                + "\">");
        out.write(
            "<p class=\"head\"><span class=\"where\">"
                + esc(where(f.location()))
                + "</span> <span class=\"sev\">"
                + f.severity().label()
                + "</span> <a class=\"rule\" href=\"#"
                + esc(f.ruleId().toLowerCase())
                + "\">"
                + esc(f.ruleId() + " " + f.rule().name())
                + "</a></p>");
        out.write("<p class=\"message\">" + esc(f.message()) + "</p>");
        if (!f.location().pointer().isEmpty())
          out.write("<p class=\"pointer\">at " + esc(f.location().pointer()) + "</p>");
        for (Finding.Related r : f.related()) {
          out.write(
              "<p class=\"related\">related: <span class=\"where\">"
                  + esc(where(r.location()))
                  + "</span> "
                  + esc(r.message())
                  + "</p>");
        }
        if (f.isSuppressed()) {
          out.write(
              "<p class=\"suppression\">suppressed ("
                  + esc(f.suppression().kind())
                  + ")"
                  + (f.suppression().reason().isEmpty() ? "" : ": " + esc(f.suppression().reason()))
                  + "</p>");
        }
        out.write("<p class=\"fix\">fix: " + esc(oneLine(f.rule().remediation())) + "</p></li>\n");
      }
      out.write("</ol></section>\n");
    }
    List<RuleInfo> fired =
        result.rules().stream()
            .filter(r -> result.findings().stream().anyMatch(f -> f.ruleId().equals(r.id())))
            .toList();
    if (!fired.isEmpty()) {
      out.write("<section class=\"rules\"><h2>Rules</h2>\n");
      for (RuleInfo r : fired) {
        out.write(
            "<article id=\""
                + esc(r.id().toLowerCase())
                + "\"><h3>"
                + esc(r.id() + " " + r.name())
                + "</h3><p>"
                + esc(r.title())
                + "</p><p>"
                + esc(oneLine(r.description()))
                + "</p><ul>");
        for (RuleInfo.Fact fact : r.facts()) {
          String source =
              Markup.isWebLink(fact.url())
                  ? "<a href=\"" + esc(fact.url()) + "\">" + esc(fact.source()) + "</a>"
                  : esc(fact.source()) + " (" + esc(fact.url()) + ")";
          out.write("<li>" + esc(oneLine(fact.claim())) + " — " + source + "</li>");
        }
        out.write("</ul></article>\n");
      }
      out.write("</section>\n");
    }
    out.write("</main>\n</body>\n</html>\n");
  }

  private static String where(Location l) {
    return l.line() > 0 ? l.file() + ":" + l.line() + ":" + l.column() : l.display();
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  static String esc(String s) {
    return Markup.escape(s);
  }

  private static final String CSS =
      """
      body { font: 14px/1.45 system-ui, sans-serif; margin: 0; color: #1d2328; background: #f6f7f9; }
      header { background: #1d2328; color: #fff; padding: 16px 24px; }
      header h1 { margin: 0; font-size: 20px; }
      .tool { margin: 4px 0 8px; opacity: .75; }
      .summary span { display: inline-block; margin-right: 12px; padding: 2px 8px; border-radius: 10px; }
      .summary .error { background: #c62828; } .summary .warning { background: #b26a00; }
      .summary .note { background: #1565c0; } .summary .suppressed { background: #555; }
      main { padding: 8px 24px 32px; max-width: 1100px; }
      h2 { font-size: 16px; font-family: ui-monospace, monospace; margin: 24px 0 8px; }
      ol.findings { list-style: none; padding: 0; margin: 0; }
      .finding { background: #fff; border-left: 4px solid #999; margin: 8px 0; padding: 8px 12px; border-radius: 4px; }
      .finding.error { border-color: #c62828; } .finding.warning { border-color: #b26a00; }
      .finding.note { border-color: #1565c0; } .finding.suppressed { opacity: .6; }
      .finding p { margin: 4px 0; }
      .where, .pointer { font-family: ui-monospace, monospace; }
      .sev { text-transform: uppercase; font-size: 11px; font-weight: 600; }
      .fix { color: #2e7d32; } .related { color: #444; }
      .rules article { background: #fff; padding: 8px 12px; margin: 8px 0; border-radius: 4px; }
      .clean { font-size: 16px; color: #2e7d32; }
      .run { margin: 0 0 8px; opacity: .85; } .run code { font-family: ui-monospace, monospace; }
      .notices ul { list-style: none; padding: 0; }
      .notice { background: #fff; border-left: 4px solid #1565c0; margin: 8px 0; padding: 8px 12px; border-radius: 4px; }
      .notice p { margin: 4px 0; }
      """;
}
