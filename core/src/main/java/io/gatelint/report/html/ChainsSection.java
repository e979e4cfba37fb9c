/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report.html;

import io.gatelint.LintResult;
import io.gatelint.model.Chain;
import io.gatelint.report.Markup;

/**
 * The page's section on request chains: one picture per linked chain, then what stayed unlinked.
 */
public final class ChainsSection {

  private ChainsSection() {}

  public static String html(LintResult result) {
    if (result.chains().isEmpty() && result.unlinked().isEmpty()) return "";
    StringBuilder b = new StringBuilder();
    b.append("<section class=\"chains\" id=\"chains\"><h2>Request chains (")
        .append(result.chains().size())
        .append(")</h2>\n");
    b.append(
        "<p class=\"legend\">Time runs up, on a logarithmic axis shared by every hop."
            + " <span class=\"dot explicit\"></span> set in the files,"
            + " <span class=\"dot default\"></span> platform default,"
            + " <span class=\"red\">red</span>: an ordering a finding reports broken, with its"
            + " rule. Unknown values are listed below the axis.</p>\n");
    int n = 0;
    for (Chain c : result.chains()) b.append(ChainPicture.figure(++n, c, result.findings()));
    if (!result.unlinked().isEmpty()) {
      b.append("<h3>Unlinked (")
          .append(result.unlinked().size())
          .append(")</h3>\n<ul class=\"unlinked\">");
      for (String u : result.unlinked()) b.append("<li>").append(Markup.escape(u)).append("</li>");
      b.append("</ul>\n");
    }
    return b.append("</section>\n").toString();
  }

  public static final String CSS =
      """
      .chains h2 { font-family: system-ui, sans-serif; }
      .chains figure { background: #fff; margin: 12px 0; padding: 12px; border-radius: 4px; overflow-x: auto; }
      .chains figcaption { font-family: ui-monospace, monospace; font-size: 12px; margin: 6px 0; color: #444; }
      .chain-svg { display: block; max-width: 100%; height: auto; font: 12px system-ui, sans-serif; }
      .chain-svg .hop-box { fill: #eef2f6; stroke: #9aa5b1; }
      .chain-svg .hop-label { font-weight: 600; font-size: 13px; fill: #1d2328; }
      .chain-svg .hop-name { font-family: ui-monospace, monospace; font-size: 11px; fill: #444; }
      .chain-svg .tick, .chain-svg .axis-title { font-size: 11px; fill: #555; }
      .chain-svg .mark-label { font-size: 11.5px; fill: #1d2328; }
      .chain-svg .mark-value { font-size: 11px; fill: #444; font-weight: 600; }
      .chain-svg .mark-value.default { font-weight: 400; font-style: italic; fill: #6b7480; }
      .chain-svg .off-label { font-size: 11.5px; font-style: italic; fill: #6b7480; }
      .chain-svg .broken-label { font-weight: 700; font-size: 12px; fill: #c62828;
        paint-order: stroke; stroke: #fff; stroke-width: 3px; }
      .legend .dot { display: inline-block; width: 9px; height: 9px; border-radius: 50%; border: 2px solid #1d2328; vertical-align: middle; }
      .legend .dot.explicit { background: #1d2328; } .legend .dot.default { background: #fff; }
      .legend .red, ul.broken a { color: #c62828; font-weight: 600; }
      ul.broken { margin: 6px 0; padding-left: 18px; color: #c62828; }
      table.timeouts { border-collapse: collapse; margin-top: 8px; font-size: 12.5px; }
      table.timeouts th, table.timeouts td { text-align: left; padding: 2px 10px 2px 0; border-bottom: 1px solid #eceff2; }
      ul.unlinked li { font-family: ui-monospace, monospace; font-size: 12.5px; }
      """;
}
