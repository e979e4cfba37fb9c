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
}
