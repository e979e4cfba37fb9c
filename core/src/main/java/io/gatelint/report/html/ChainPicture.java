/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report.html;

import io.gatelint.finding.Finding;
import io.gatelint.model.Chain;
import io.gatelint.model.Value;
import io.gatelint.report.Markup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request chain as an inline SVG: the hops left to right (client → load balancer → target group
 * → nginx → Node or Lambda) and every timeout of the chain on one time axis shared by all hops, so
 * that an ordering reads as higher or lower. The axis is logarithmic: a 1 s health-check timeout
 * and a 4000 s idle timeout both stay readable. A value set in the files is a solid dot, a platform
 * default a hollow one, each with the word; an unknown value is not placed on the axis but listed
 * under its hop. An ordering a finding says is broken is a red line between its two values,
 * labelled with the rule id. A table of the same values follows the picture, for readers without
 * it.
 */
public final class ChainPicture {

  /** A timeout of the chain as drawn: its setting and value (never null). */
  record Mark(Setting setting, Value<Duration> value) {
    boolean onAxis() {
      return value.isKnown() && !value.isSensitive() && value.millis() > 0;
    }

    String state() {
      return value.isUnknown() ? "unknown" : value.isDefault() ? "default" : "explicit";
    }
  }

  static final String RED = "#c62828";
  private static final int WIDTH = 1040;
  private static final int AXIS = 80;
  private static final int CLIENT_WIDTH = 120;
  private static final int TOP = 92;
  private static final int BOTTOM = 392;
  private static final double[] TICKS = {
    0.01, 0.1, 0.5, 1, 5, 10, 30, 60, 300, 900, 3600, 14400, 86400
  };

  private ChainPicture() {}

  /** The hops the chain has, left to right. */
  static List<Hop> hops(Chain c) {
    List<Hop> hops = new ArrayList<>(List.of(Hop.CLIENT, Hop.LOAD_BALANCER, Hop.TARGET_GROUP));
    if (c.getProxyServer() != null) hops.add(Hop.NGINX);
    if (c.getAppServer() != null) hops.add(Hop.NODE);
    if (c.getLambdaFunction() != null) hops.add(Hop.LAMBDA);
    return hops;
  }

  /** The chain's timeouts, in hop order; settings of hops the chain does not have are left out. */
  static List<Mark> marks(Chain c) {
    List<Mark> marks = new ArrayList<>();
    for (Setting s : Setting.values()) {
      Value<Duration> v = s.read(c);
      if (v != null) marks.add(new Mark(s, v));
    }
    return marks;
  }

  /** The figure for chain number {@code n} (1-based): the SVG, the broken orderings, the table. */
  public static String figure(int n, Chain c, List<Finding> findings) {
    List<Hop> hops = hops(c);
    List<Mark> marks = marks(c);
    List<Orderings.Broken> broken = Orderings.broken(c, findings);
    String id = "chain-" + n;
    StringBuilder b = new StringBuilder();
    b.append("<figure class=\"chain\" id=\"").append(id).append("\">\n");
    b.append(svg(id, n, c, hops, marks, broken));
    b.append("<figcaption>").append(esc(c.describe())).append("</figcaption>\n");
    if (!broken.isEmpty()) {
      b.append("<ul class=\"broken\">");
      for (Orderings.Broken x : broken) {
        b.append("<li data-rule=\"")
            .append(esc(x.finding().ruleId()))
            .append("\"><a class=\"rule\" href=\"#")
            .append(esc(x.finding().ruleId().toLowerCase(Locale.ROOT)))
            .append("\">")
            .append(esc(x.finding().ruleId()))
            .append("</a> ")
            .append(esc(pairText(c, x)))
            .append("</li>");
      }
      b.append("</ul>\n");
    }
    b.append(
        "<table class=\"timeouts\"><thead><tr><th>hop</th><th>setting</th><th>value</th>"
            + "<th>set</th><th>from</th></tr></thead><tbody>\n");
    for (Mark m : marks) {
      b.append("<tr data-setting=\"")
          .append(m.setting().id())
          .append("\"><td>")
          .append(esc(m.setting().hop().label()))
          .append("</td><td>")
          .append(esc(m.setting().label()))
          .append("</td><td>")
          .append(esc(valueText(m.value())))
          .append("</td><td>")
          .append(m.state())
          .append("</td><td class=\"where\">")
          .append(esc(m.value().origin().describe()))
          .append("</td></tr>\n");
    }
    b.append("</tbody></table>\n</figure>\n");
    return b.toString();
  }

  private static String svg(
      String id, int n, Chain c, List<Hop> hops, List<Mark> marks, List<Orderings.Broken> broken) {
    Map<Hop, Integer> column = new EnumMap<>(Hop.class);
    for (int i = 0; i < hops.size(); i++) column.put(hops.get(i), i);
    // the client holds no timeout: a narrow column, the rest share the width
    double colWidth = (WIDTH - AXIS - 8 - CLIENT_WIDTH) / (double) (hops.size() - 1);
    double[] colX = new double[hops.size()];
    double[] colW = new double[hops.size()];
    for (int i = 0; i < hops.size(); i++) {
      colX[i] = i == 0 ? AXIS + 8 : AXIS + 8 + CLIENT_WIDTH + (i - 1) * colWidth;
      colW[i] = i == 0 ? CLIENT_WIDTH : colWidth;
    }
    double lo = 1;
    double hi = 4000;
    for (Mark m : marks) {
      if (!m.onAxis()) continue;
      lo = Math.min(lo, m.value().millis() / 1000.0);
      hi = Math.max(hi, m.value().millis() / 1000.0);
    }
    Scale scale = new Scale(Math.log10(lo), Math.log10(hi));
    Map<Hop, List<Mark>> off = new EnumMap<>(Hop.class);
    for (Mark m : marks)
      if (!m.onAxis()) off.computeIfAbsent(m.setting().hop(), k -> new ArrayList<>()).add(m);
    int offRows = off.values().stream().mapToInt(List::size).max().orElse(0);
    // labels pushed apart may run below the plot: the unknown values start under the lowest label
    Map<Hop, List<Mark>> placed = new EnumMap<>(Hop.class);
    double lowest = BOTTOM;
    for (Hop h : hops) {
      List<Mark> inHop =
          marks.stream()
              .filter(m -> m.setting().hop() == h && m.onAxis())
              .sorted(
                  (p, q) ->
                      Double.compare(scale.y(secondsOf(p.value())), scale.y(secondsOf(q.value()))))
              .toList();
      placed.put(h, inHop);
      double[] ys = labelYs(inHop, scale);
      if (ys.length > 0) lowest = Math.max(lowest, ys[ys.length - 1] + 17);
    }
    double offTop = lowest + 30;
    int height = (int) Math.ceil(offRows > 0 ? offTop + 16 * (offRows - 1) + 10 : lowest + 14);

    StringBuilder b = new StringBuilder();
    b.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chain-svg\" role=\"img\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\" aria-labelledby=\"")
        .append(id)
        .append("-title ")
        .append(id)
        .append("-desc\">\n");
    b.append("<title id=\"")
        .append(id)
        .append("-title\">Request chain ")
        .append(n)
        .append(": ")
        .append(esc(c.describe()))
        .append("</title>\n");
    b.append("<desc id=\"").append(id).append("-desc\">").append(esc(desc(c, hops, marks, broken)));
    b.append("</desc>\n");

    // the time axis and its grid, shared by every hop
    b.append("<g class=\"axis\">");
    b.append(line(AXIS, TOP, AXIS, BOTTOM, "#555", 1));
    b.append(text(AXIS - 8, TOP - 14, "end", "axis-title", "time (log)"));
    for (double t : TICKS) {
      if (t < lo / 1.0001 || t > hi * 1.0001) continue;
      double y = scale.y(t);
      b.append(line(AXIS, y, WIDTH - 8, y, "#e3e6ea", 1));
      b.append(text(AXIS - 6, y + 4, "end", "tick", tickLabel(t)));
    }
    b.append("</g>\n");

    // the hops, left to right
    for (int i = 0; i < hops.size(); i++) {
      Hop h = hops.get(i);
      double x = colX[i];
      double w = colW[i] - 24;
      b.append("<g class=\"hop\" data-hop=\"").append(h.id()).append("\">");
      b.append("<title>").append(esc(h.label() + ": " + hopName(c, h, false))).append("</title>");
      b.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"10\" width=\"%.1f\" height=\"46\" rx=\"6\" class=\"hop-box\"/>",
              x,
              w));
      b.append(text(x + 10, 29, "start", "hop-label", h.label()));
      b.append(text(x + 10, 47, "start", "hop-name", hopName(c, h, true)));
      if (i + 1 < hops.size()) {
        double ax = x + w;
        b.append(line(ax + 2, 33, ax + 20, 33, "#555", 1.5));
        b.append(
            String.format(
                Locale.ROOT,
                "<path d=\"M%.1f 28 L%.1f 33 L%.1f 38 Z\" fill=\"#555\"/>",
                ax + 15,
                ax + 21,
                ax + 15));
      }
      b.append("</g>\n");
    }

    // the values on the axis, each hop in its column; labels pushed apart where values are close
    Map<Setting, double[]> at = new EnumMap<>(Setting.class);
    for (Hop h : hops) {
      double x = colX[column.get(h)] + 14;
      List<Mark> inHop = placed.get(h);
      double[] ys = labelYs(inHop, scale);
      for (int k = 0; k < inHop.size(); k++) {
        Mark m = inHop.get(k);
        double y = scale.y(secondsOf(m.value()));
        double ly = ys[k];
        at.put(m.setting(), new double[] {x, y});
        b.append("<g class=\"mark ")
            .append(m.state())
            .append("\" data-setting=\"")
            .append(m.setting().id())
            .append("\" data-state=\"")
            .append(m.state())
            .append("\" data-seconds=\"")
            .append(fmt(secondsOf(m.value())))
            .append("\">");
        b.append("<title>")
            .append(esc(m.setting().label() + " " + m.value().describe()))
            .append("</title>");
        b.append(
            String.format(
                Locale.ROOT,
                "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" stroke=\"#1d2328\" stroke-width=\"2\""
                    + " fill=\"%s\"/>",
                x,
                y,
                m.state().equals("default") ? "#ffffff" : "#1d2328"));
        if (ly != y) b.append(line(x + 6, y, x + 12, ly - 4, "#999", 1));
        b.append(text(x + 12, ly + 4, "start", "mark-label", m.setting().label()));
        b.append(
            text(
                x + 12,
                ly + 17,
                "start",
                "mark-value " + m.state(),
                valueText(m.value()) + " · " + m.state()));
        b.append("</g>\n");
      }
      List<Mark> unplaced = off.getOrDefault(h, List.of());
      for (int k = 0; k < unplaced.size(); k++) {
        Mark m = unplaced.get(k);
        b.append("<g class=\"mark off-axis ")
            .append(m.state())
            .append("\" data-setting=\"")
            .append(m.setting().id())
            .append("\" data-state=\"")
            .append(m.state())
            .append("\">");
        b.append(
            text(
                x - 6,
                offTop + 16 * k,
                "start",
                "off-label",
                m.setting().label() + ": " + valueText(m.value())));
        b.append("</g>\n");
      }
    }
    if (offRows > 0) b.append(text(AXIS - 6, offTop, "end", "tick", "not on axis"));

    // the broken orderings, in red, each with its rule id
    Map<String, Integer> labelsAt = new LinkedHashMap<>();
    for (Orderings.Broken x : broken) {
      double[] p = at.get(x.at());
      double[] q = at.get(x.other());
      if (p == null || q == null) continue;
      String rule = x.finding().ruleId();
      b.append("<g class=\"broken\" data-rule=\"")
          .append(esc(rule))
          .append("\" data-at=\"")
          .append(x.at().id())
          .append("\" data-other=\"")
          .append(x.other().id())
          .append("\"><title>")
          .append(esc(rule + ": " + pairText(c, x)))
          .append("</title>");
      double lx;
      double ly;
      if (p[0] == q[0]) {
        // same hop: a bracket left of the dots
        double bx = p[0] - 12;
        b.append(
            String.format(
                Locale.ROOT,
                "<path d=\"M%.1f %.1f H%.1f V%.1f H%.1f\" fill=\"none\" stroke=\"%s\""
                    + " stroke-width=\"2.5\"/>",
                p[0] - 7,
                p[1],
                bx,
                q[1],
                q[0] - 7,
                RED));
        lx = bx - 4;
        ly = (p[1] + q[1]) / 2 + 4;
      } else {
        b.append(line(p[0], p[1], q[0], q[1], RED, 2.5));
        lx = (p[0] + q[0]) / 2;
        ly = (p[1] + q[1]) / 2 - 6;
      }
      String key = Math.round(lx) + ":" + Math.round(ly);
      int seen = labelsAt.merge(key, 1, Integer::sum) - 1;
      ly += 14 * seen;
      for (double[] end : List.of(p, q))
        b.append(
            String.format(
                Locale.ROOT,
                "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"9\" fill=\"none\" stroke=\"%s\""
                    + " stroke-width=\"2\"/>",
                end[0],
                end[1],
                RED));
      b.append(text(lx, ly, p[0] == q[0] ? "end" : "middle", "broken-label", rule));
      b.append("</g>\n");
    }
    b.append("</svg>\n");
    return b.toString();
  }

  /** Where each label goes: at its dot, or pushed down below the label above it. */
  private static double[] labelYs(List<Mark> sortedTopDown, Scale scale) {
    double[] ys = new double[sortedTopDown.size()];
    double last = -1e9;
    for (int k = 0; k < ys.length; k++) {
      ys[k] = Math.max(scale.y(secondsOf(sortedTopDown.get(k).value())), last + 27);
      last = ys[k];
    }
    return ys;
  }

  /** The picture in words, for the SVG's {@code <desc>}. */
  private static String desc(
      Chain c, List<Hop> hops, List<Mark> marks, List<Orderings.Broken> broken) {
    StringBuilder b = new StringBuilder("Hops: ");
    b.append(String.join(" → ", hops.stream().map(Hop::label).toList())).append(". Timeouts: ");
    List<String> values = new ArrayList<>();
    for (Mark m : marks)
      values.add(
          m.setting().hop().label()
              + " "
              + m.setting().label()
              + " "
              + valueText(m.value())
              + (m.value().isUnknown() ? "" : " (" + m.state() + ")"));
    b.append(String.join("; ", values)).append('.');
    if (broken.isEmpty()) b.append(" No ordering is reported broken.");
    for (Orderings.Broken x : broken)
      b.append(" Broken (").append(x.finding().ruleId()).append("): ").append(pairText(c, x));
    return b.toString();
  }

  private static String pairText(Chain c, Orderings.Broken x) {
    return x.at().hop().label()
        + " "
        + x.at().label()
        + " "
        + valueText(x.at().read(c))
        + " against "
        + x.other().hop().label()
        + " "
        + x.other().label()
        + " "
        + valueText(x.other().read(c))
        + " — "
        + x.finding().rule().title();
  }

  private static String hopName(Chain c, Hop h, boolean shortName) {
    String name =
        switch (h) {
          case CLIENT -> "request";
          case LOAD_BALANCER ->
              c.getLoadBalancer() == null ? "(not linked)" : c.getLoadBalancer().getLabel();
          case TARGET_GROUP -> c.getTargetGroup().getLabel();
          case NGINX -> c.getProxyServer().getLocation().display();
          case NODE ->
              c.getAppServer().getFramework() + " " + c.getAppServer().getLocation().display();
          case LAMBDA -> c.getLambdaFunction().getLabel();
        };
    if (!shortName) return name;
    int slash = name.lastIndexOf('/');
    String shorter =
        slash < 0
            ? name
            : (h == Hop.NODE ? c.getAppServer().getFramework() + " " : "")
                + name.substring(slash + 1);
    return shorter.length() <= 24 ? shorter : shorter.substring(0, 23) + "…";
  }

  static String valueText(Value<Duration> v) {
    if (v.isUnknown()) return "unknown";
    if (v.isSensitive()) return v.display();
    long ms = v.millis();
    if (ms == 0) return "0 (off)";
    if (ms % 1000 == 0) return (ms / 1000) + "s";
    if (ms < 1000) return ms + "ms";
    return fmt(ms / 1000.0) + "s";
  }

  private static double secondsOf(Value<Duration> v) {
    return v.millis() / 1000.0;
  }

  private static String tickLabel(double t) {
    if (t >= 3600 && t % 3600 == 0) return (long) (t / 3600) + " h";
    if (t >= 60 && t % 60 == 0) return (long) (t / 60) + " min";
    return fmt(t) + " s";
  }

  private static String fmt(double d) {
    if (d == Math.rint(d)) return Long.toString((long) d);
    return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  private static String line(double x1, double y1, double x2, double y2, String c, double w) {
    return String.format(
        Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%s\"/>",
        x1,
        y1,
        x2,
        y2,
        c,
        fmt(w));
  }

  private static String text(double x, double y, String anchor, String cls, String s) {
    return String.format(
        Locale.ROOT,
        "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" class=\"%s\">%s</text>",
        x,
        y,
        anchor,
        cls,
        esc(s));
  }

  private static String esc(String s) {
    return Markup.escape(s);
  }

  /** Seconds to a height on the plot, logarithmic; the top is the longest time. */
  private record Scale(double logLo, double logHi) {
    double y(double seconds) {
      double span = Math.max(logHi - logLo, 1e-9);
      return BOTTOM - (Math.log10(seconds) - logLo) / span * (BOTTOM - TOP);
    }
  }
}
