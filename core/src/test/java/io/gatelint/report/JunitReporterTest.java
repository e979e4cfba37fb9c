/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.StringReader;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The JUnit XML output against the schema the Jenkins xUnit plugin checks JUnit reports with. */
class JunitReporterTest {

  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    URL xsd = JunitReporterTest.class.getResource("/schemas/junit-10.xsd");
    assertThat(xsd).as("schemas/junit-10.xsd on the test class path").isNotNull();
    schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
  }

  private static void validate(String xml) throws Exception {
    schema.newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  @Test
  void lintOfBadFixtureIsValidJunitXml() {
    String xml = ReportFixtures.write(new JunitReporter(), ReportFixtures.albBasicBad());
    assertThatCode(() -> validate(xml)).doesNotThrowAnyException();
  }

  @Test
  void awkwardFindingsAreValidJunitXml() {
    String xml = ReportFixtures.write(new JunitReporter(), ReportFixtures.awkward());
    assertThatCode(() -> validate(xml)).doesNotThrowAnyException();
  }

  @Test
  void schemaRejectsATestCaseWithoutName() {
    String xml =
        "<testsuites><testsuite tests=\"1\"><testcase classname=\"GL001\"/></testsuite></testsuites>";
    assertThatCode(() -> validate(xml)).hasMessageContaining("name");
  }

  @Test
  void oneSuitePerRuleAndOneFailingCasePerFinding() throws Exception {
    var result = ReportFixtures.albBasicBad();
    Document doc = parse(ReportFixtures.write(new JunitReporter(), result));
    Element root = doc.getDocumentElement();
    // one passing case per rule without findings, one failing case per finding (5 rules fire once
    // each)
    int rules = result.rules().size();
    assertThat(root.getAttribute("tests")).isEqualTo(String.valueOf(rules));
    assertThat(root.getAttribute("failures")).isEqualTo("5");
    NodeList suites = doc.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(rules);
    NodeList failures = doc.getElementsByTagName("failure");
    assertThat(failures.getLength()).isEqualTo(5);
    Element gl020 = (Element) failures.item(3).getParentNode();
    assertThat(gl020.getAttribute("classname")).isEqualTo("GL020");
    assertThat(gl020.getAttribute("file")).isEqualTo("infra/api.yaml");
    assertThat(gl020.getAttribute("line")).isEqualTo("49");
  }

  @Test
  void suppressedFindingsAreSkippedCasesAndTextIsEscaped() throws Exception {
    Document doc = parse(ReportFixtures.write(new JunitReporter(), ReportFixtures.awkward()));
    assertThat(doc.getElementsByTagName("skipped").getLength()).isEqualTo(2);
    assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(2);
    Element gl010 = (Element) doc.getElementsByTagName("failure").item(1);
    assertThat(gl010.getAttribute("message"))
        .isEqualTo(
            "keepalive_timeout 50s < idle timeout 60s (100% of <requests> & \"quotes\")\nsecond line");
  }

  @Test
  void findingsBelowTheFailOnThresholdAreNotFailures() throws Exception {
    var result = ReportFixtures.albBasicBad();
    String xml =
        ReportFixtures.write(new JunitReporter(io.gatelint.finding.Severity.ERROR), result);
    assertThatCode(() -> validate(xml)).doesNotThrowAnyException();
    Document doc = parse(xml);
    long errors =
        result.active().stream()
            .filter(f -> f.severity() == io.gatelint.finding.Severity.ERROR)
            .count();
    assertThat(errors).as("the fixture has errors and findings below them").isBetween(1L, 4L);
    assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo((int) errors);
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo(String.valueOf(errors));
    assertThat(doc.getElementsByTagName("system-out").getLength()).isEqualTo(5 - (int) errors);
  }

  @Test
  void failOnNeverHasNoFailures() throws Exception {
    String xml = ReportFixtures.write(new JunitReporter(null), ReportFixtures.albBasicBad());
    assertThatCode(() -> validate(xml)).doesNotThrowAnyException();
    Document doc = parse(xml);
    assertThat(doc.getElementsByTagName("failure").getLength()).isZero();
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("0");
    assertThat(doc.getElementsByTagName("system-out").getLength()).isEqualTo(5);
  }
}
