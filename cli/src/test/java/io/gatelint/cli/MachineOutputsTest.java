/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatelint.cli.MainTest.Run;
import java.io.StringReader;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * A machine format on standard output is all standard output holds; format mistakes are usage
 * errors found before any work.
 */
class MachineOutputsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BAD = MainTest.FIXTURES.resolve("alb-basic/bad").toString();
  private static final String CHAINS =
      MainTest.FIXTURES.resolve("ecs-nginx-express/bad").toString();

  @TempDir Path tmp;

  @Test
  void upperCaseSarifIsTheSarifFormat() throws Exception {
    Run r = MainTest.run("lint", MainTest.ROOT, BAD, "--format", "SARIF");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(JSON.readTree(r.out()).get("version").asText()).isEqualTo("2.1.0");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void anUnknownFormatExitsTwoBeforeAnyWork() {
    Path json = tmp.resolve("out.json");
    Run r =
        MainTest.run(
            "lint",
            MainTest.ROOT,
            BAD,
            "--list-files",
            "--format",
            "json=" + json,
            "--format",
            "xml");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo(
            "gatelint: --format: unknown format 'xml' (text, compact, json, sarif, junit, github,"
                + " gitlab, html)");
    assertThat(r.out()).as("nothing was linted, so nothing listed").isEmpty();
    assertThat(json).doesNotExist();
  }

  @Test
  void twoFormatsOnStandardOutputAreAUsageError() {
    Run r = MainTest.run("lint", MainTest.ROOT, BAD, "--format", "json", "--format", "Sarif");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo(
            "gatelint: --format: json and sarif would both go to standard output; give all but"
                + " one a file, as --format sarif=FILE");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void outputAndAFileForTheFirstFormatAreAUsageError() {
    Path a = tmp.resolve("a.json");
    Path b = tmp.resolve("b.json");
    Run r =
        MainTest.run("lint", MainTest.ROOT, BAD, "--format", "json=" + a, "--output", b.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo(
            "gatelint: --output "
                + b
                + " and --format json="
                + a
                + " both name the first format's file (keep one)");
    assertThat(a).doesNotExist();
    assertThat(b).doesNotExist();
  }

  @Test
  void outputTakesTheFirstFormatAndOneOtherMayUseStandardOutput() throws Exception {
    Path sarif = tmp.resolve("out.sarif");
    Run r =
        MainTest.run(
            "lint",
            MainTest.ROOT,
            BAD,
            "--format",
            "sarif",
            "--format",
            "json",
            "--output",
            sarif.toString(),
            "--fail-on",
            "never");
    assertThat(r.exit()).isZero();
    assertThat(JSON.readTree(sarif.toFile()).get("version").asText()).isEqualTo("2.1.0");
    assertThat(JSON.readTree(r.out()).get("schemaVersion").asInt()).isEqualTo(1);
  }

  @Test
  void explainLinksWithJsonOnStandardOutputKeepsItParseable() throws Exception {
    Run r =
        MainTest.run(
            "lint",
            MainTest.ROOT,
            CHAINS,
            "--explain-links",
            "--list-files",
            "--format",
            "json",
            "--fail-on",
            "never");
    assertThat(r.exit()).isZero();
    JsonNode json = JSON.readTree(r.out());
    assertThat(json.get("chains")).hasSize(1);
    assertThat(json.get("chains").get(0).get("evidence")).isNotEmpty();
    assertThat(r.err()).contains("Chains (1):").contains("app/server.js");
  }

  @Test
  void explainLinksWithTextKeepsTheChainsOnStandardOutput() {
    Run r =
        MainTest.run(
            "lint", MainTest.ROOT, CHAINS, "--explain-links", "--no-color", "--fail-on", "never");
    assertThat(r.out()).startsWith("Chains (1):");
    assertThat(r.err()).doesNotContain("Chains");
  }

  @Test
  void junitWithFailOnNeverHasNoFailures() throws Exception {
    Run r = MainTest.run("lint", MainTest.ROOT, BAD, "--format", "junit", "--fail-on", "never");
    assertThat(r.exit()).isZero();
    Document doc = xml(r.out());
    assertThat(doc.getElementsByTagName("failure").getLength()).isZero();
    assertThat(doc.getElementsByTagName("system-out").getLength()).isEqualTo(5);
  }

  @Test
  void junitFailuresFollowFailOn() throws Exception {
    Run r = MainTest.run("lint", MainTest.ROOT, BAD, "--format", "junit", "--fail-on", "warning");
    assertThat(r.exit()).isEqualTo(1);
    // alb-basic/bad: 3 errors, 1 warning, 1 note
    assertThat(xml(r.out()).getElementsByTagName("failure").getLength()).isEqualTo(4);
  }

  @Test
  void gitlabFormatListsEachFinding() throws Exception {
    Path report = tmp.resolve("gl-code-quality-report.json");
    Run r =
        MainTest.run(
            "lint",
            MainTest.ROOT,
            BAD,
            "--format",
            "GitLab",
            "--output",
            report.toString(),
            "--fail-on",
            "never");
    assertThat(r.exit()).isZero();
    JsonNode issues = JSON.readTree(report.toFile());
    assertThat(issues).hasSize(5);
    assertThat(issues.get(0).get("location").get("path").asText())
        .isEqualTo("fixtures/alb-basic/bad/infra/api.yaml");
  }

  private static Document xml(String text) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
  }
}
