/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report.html;

import io.gatelint.finding.Finding;
import io.gatelint.report.Markup;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * A filter of the findings by severity and rule made of checkboxes and CSS alone: a cleared box
 * hides the findings it names through {@code :has()}. Every box starts checked, so a reader without
 * CSS, or with a browser that lacks {@code :has()}, sees every finding; the page holds no script.
 */
public final class Filter {

  static final List<String> SEVERITIES = List.of("error", "warning", "note", "suppressed");

  private Filter() {}

  /** The form, empty when there is nothing to filter. */
  public static String form(List<Finding> findings) {
    if (findings.isEmpty()) return "";
    StringBuilder b = new StringBuilder("<form class=\"filter\" id=\"filter\"><span>Show:</span>");
    for (String s : SEVERITIES) {
      if (findings.stream().noneMatch(f -> severity(f).equals(s))) continue;
      b.append(box("sev-" + s, s));
    }
    b.append("<span class=\"sep\">rules:</span>");
    for (String r : rules(findings)) b.append(box("rule-" + r.toLowerCase(Locale.ROOT), r));
    return b.append("</form>\n").toString();
  }

  /** The rules that hide what a cleared box names. */
  public static String css(List<Finding> findings) {
    StringBuilder b = new StringBuilder();
    for (String s : SEVERITIES)
      b.append("body:has(#f-sev-")
          .append(s)
          .append(":not(:checked)) li.finding[data-severity=\"")
          .append(s)
          .append("\"] { display: none; }\n");
    for (String r : rules(findings)) {
      String id = r.toLowerCase(Locale.ROOT);
      b.append("body:has(#f-rule-")
          .append(id)
          .append(":not(:checked)) li.finding[data-rule=\"")
          .append(r)
          .append("\"] { display: none; }\n");
    }
    return b.toString();
  }

  /** The severity a finding is filtered by: {@code suppressed} for a suppressed one. */
  public static String severity(Finding f) {
    return f.isSuppressed() ? "suppressed" : f.severity().label();
  }

  private static TreeSet<String> rules(List<Finding> findings) {
    TreeSet<String> ids = new TreeSet<>();
    for (Finding f : findings) if (f.ruleId().matches("[A-Za-z0-9_-]+")) ids.add(f.ruleId());
    return ids;
  }

  private static String box(String id, String label) {
    return "<label><input type=\"checkbox\" id=\"f-"
        + id
        + "\" checked=\"checked\"/> "
        + Markup.escape(label)
        + "</label>";
  }

  public static final String STYLE =
      """
      .filter { margin: 12px 0 0; display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: center; }
      .filter label { font-family: ui-monospace, monospace; font-size: 12.5px; cursor: pointer; }
      .filter .sep { margin-left: 8px; }
      """;
}
