/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The HTML page is well-formed, escapes what it prints, and carries every finding with its position
 * and fix.
 */
class HtmlReporterTest {

  private static Document parse(String html) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
  }

  private static String byClass(Element e, String cls) {
    NodeList ps = e.getElementsByTagName("p");
    for (int i = 0; i < ps.getLength(); i++) {
      Element p = (Element) ps.item(i);
      if (p.getAttribute("class").equals(cls)) return p.getTextContent();
    }
    return null;
  }

  @Test
  void everyFindingIsAListItemWithRuleLineMessageAndFix() throws Exception {
    var result = ReportFixtures.albBasicBad();
    Document doc = parse(ReportFixtures.write(new HtmlReporter("0.0.0-test"), result));
    NodeList items = doc.getElementsByTagName("li");
    java.util.List<String> findings = new java.util.ArrayList<>();
    for (int i = 0; i < items.getLength(); i++) {
      Element li = (Element) items.item(i);
      if (!li.getAttribute("class").startsWith("finding")) continue;
      findings.add(li.getAttribute("data-rule") + ":" + li.getAttribute("data-line"));
      assertThat(byClass(li, "fix")).startsWith("fix: ");
      assertThat(byClass(li, "message")).isNotBlank();
    }
    assertThat(findings).containsExactly("GL002:7", "GL001:15", "GL003:25", "GL020:49", "GL023:51");
    assertThat(
            doc.getElementById("summary") == null
                ? summaryText(doc)
                : doc.getElementById("summary").getTextContent())
        .contains("3 error(s)")
        .contains("1 warning(s)")
        .contains("1 note(s)");
  }

  private static String summaryText(Document doc) {
    NodeList ps = doc.getElementsByTagName("p");
    for (int i = 0; i < ps.getLength(); i++) {
      Element p = (Element) ps.item(i);
      if (p.getAttribute("class").equals("summary")) return p.getTextContent();
    }
    return "";
  }

  @Test
  void markupInMessagesIsEscaped() throws Exception {
    String html = ReportFixtures.write(new HtmlReporter("<script>"), ReportFixtures.awkward());
    parse(html);
    assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
  }

  private static java.util.List<Element> byTag(Element scope, String tag, String cls) {
    java.util.List<Element> out = new java.util.ArrayList<>();
    NodeList all = scope.getElementsByTagName(tag);
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (cls == null || java.util.List.of(e.getAttribute("class").split(" ")).contains(cls))
        out.add(e);
    }
    return out;
  }

  private static Element byId(Document doc, String tag, String id) {
    return byTag(doc.getDocumentElement(), tag, null).stream()
        .filter(e -> e.getAttribute("id").equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static io.gatelint.LintResult demoResult() {
    return new io.gatelint.Linter()
        .lint(
            io.gatelint.LintRequest.of(
                ReportFixtures.repoRoot().resolve("fixtures/ecs-nginx-express/bad")));
  }

  private static Document demo() throws Exception {
    return page(demoResult());
  }

  private static Document page(io.gatelint.LintResult result) throws Exception {
    return parse(
        ReportFixtures.write(
            new HtmlReporter(
                "0.0.0-test",
                java.nio.file.Path.of("/repo"),
                java.time.Clock.fixed(
                    java.time.Instant.parse("2026-01-02T03:04:05Z"), java.time.ZoneOffset.UTC)),
            result));
  }

  @Test
  void theDemoChainIsDrawnWithItsHopsTimeoutsAndBrokenOrderingsInRed() throws Exception {
    Document doc = demo();
    java.util.List<Element> svgs = byTag(doc.getDocumentElement(), "svg", null);
    assertThat(svgs).hasSize(1);
    Element svg = svgs.get(0);
    assertThat(byTag(svg, "title", null).get(0).getTextContent())
        .startsWith("Request chain 1: Lb → OrdersTargetGroup");
    assertThat(byTag(svg, "desc", null).get(0).getTextContent())
        .contains("Hops: client → load balancer → target group → nginx → Node.")
        .contains("Broken (GL010)");
    assertThat(byTag(svg, "g", "hop").stream().map(g -> g.getAttribute("data-hop")))
        .containsExactly("client", "load-balancer", "target-group", "nginx", "node");
    assertThat(
            byTag(svg, "g", "mark").stream()
                .map(g -> g.getAttribute("data-setting") + "=" + g.getAttribute("data-state")))
        .containsExactlyInAnyOrder(
            "lb-idle-timeout=explicit",
            "health-check-interval=explicit",
            "health-check-timeout=explicit",
            "nginx-keepalive-timeout=explicit",
            "proxy-read-timeout=explicit",
            "upstream-keepalive-timeout=default",
            "node-keepalive-timeout=default",
            "node-headers-timeout=default",
            "node-request-timeout=default",
            "node-socket-timeout=default");
    // the socket timeout is 0 (none): listed below the axis, not placed on it
    assertThat(
            byTag(svg, "g", "off-axis").stream()
                .map(g -> g.getAttribute("data-setting") + ":" + g.getTextContent()))
        .containsExactly("node-socket-timeout:socket timeout: 0 (off)");
    assertThat(
            byTag(svg, "g", "broken").stream()
                .map(
                    g ->
                        g.getAttribute("data-rule")
                            + " "
                            + g.getAttribute("data-at")
                            + " "
                            + g.getAttribute("data-other")))
        .containsExactlyInAnyOrder(
            "GL010 nginx-keepalive-timeout lb-idle-timeout",
            "GL014 proxy-read-timeout lb-idle-timeout",
            "GL015 upstream-keepalive-timeout node-keepalive-timeout");
    for (Element g : byTag(svg, "g", "broken")) {
      assertThat(byTag(g, "line", null).get(0).getAttribute("stroke")).isEqualTo("#c62828");
      assertThat(byTag(g, "text", "broken-label").get(0).getTextContent())
          .isEqualTo(g.getAttribute("data-rule"));
    }
    // the same values as a table, for readers without the picture
    assertThat(
            byTag(doc.getDocumentElement(), "tr", null).stream()
                .filter(tr -> tr.getAttribute("data-setting").equals("nginx-keepalive-timeout"))
                .map(Element::getTextContent))
        .containsExactly("nginxkeepalive_timeout30sexplicitdeploy/nginx/nginx.conf:15");
  }

  @Test
  void thePageStatesRootTimeAndVersionAndFiltersWithoutScript() throws Exception {
    Document doc = demo();
    assertThat(byId(doc, "code", "root").getTextContent()).isEqualTo("/repo");
    assertThat(byId(doc, "time", "run-time").getAttribute("datetime"))
        .isEqualTo("2026-01-02T03:04:05Z");
    assertThat(byTag(doc.getDocumentElement(), "p", "tool").get(0).getTextContent())
        .startsWith("gatelint 0.0.0-test");
    assertThat(
            byTag(doc.getDocumentElement(), "input", null).stream()
                .map(i -> i.getAttribute("id") + ":" + i.getAttribute("checked")))
        .containsExactly(
            "f-sev-error:checked",
            "f-sev-warning:checked",
            "f-rule-gl010:checked",
            "f-rule-gl014:checked",
            "f-rule-gl015:checked",
            "f-rule-gl021:checked");
    assertThat(byTag(doc.getDocumentElement(), "style", null).get(0).getTextContent())
        .contains(
            "body:has(#f-rule-gl010:not(:checked)) li.finding[data-rule=\"GL010\"] { display: none; }");
    assertThat(byTag(doc.getDocumentElement(), "script", null)).isEmpty();
  }

  @Test
  void unlinkedEntriesAreListedWithTheirReasons() throws Exception {
    var result =
        new io.gatelint.LintResult(
            java.util.List.of(),
            java.util.List.of(),
            java.util.List.of(),
            java.util.List.of("target group Tg: no backend answers on port 8080"),
            java.util.List.of(),
            1);
    Document doc = parse(ReportFixtures.write(new HtmlReporter("0.0.0-test"), result));
    assertThat(byTag(doc.getDocumentElement(), "ul", "unlinked").get(0).getTextContent())
        .isEqualTo("target group Tg: no backend answers on port 8080");
  }

  @Test
  void aFindingOnAnotherTargetGroupAtTheSameLineIsNotDrawnInThisChain() throws Exception {
    var demo = demoResult();
    var findings = new java.util.ArrayList<>(demo.findings());
    io.gatelint.finding.Finding gl010 =
        findings.stream().filter(f -> f.ruleId().equals("GL010")).findFirst().orElseThrow();
    // a second target group in front of the same nginx gets its own finding at the same line
    findings.add(
        new io.gatelint.finding.Finding(
            gl010.rule(),
            gl010.severity(),
            gl010.location(),
            gl010.message(),
            gl010.related(),
            "OtherTargetGroup",
            null));
    var result =
        new io.gatelint.LintResult(
            findings,
            demo.rules(),
            demo.chains(),
            demo.unlinked(),
            demo.errors(),
            demo.filesRead());
    Element svg = byTag(page(result).getDocumentElement(), "svg", null).get(0);
    assertThat(byTag(svg, "g", "broken").stream().map(g -> g.getAttribute("data-rule")))
        .containsExactlyInAnyOrder("GL010", "GL014", "GL015");
  }
}
