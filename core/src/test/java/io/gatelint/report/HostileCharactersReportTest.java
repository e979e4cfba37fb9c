/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.gatelint.LintRequest;
import io.gatelint.LintResult;
import io.gatelint.Linter;
import io.gatelint.finding.Finding;
import io.gatelint.finding.RuleInfo;
import io.gatelint.finding.Severity;
import io.gatelint.model.Location;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;

/**
 * Issue 11: a value from an input file carries characters a format cannot hold, or that the reader
 * of the output would take for something else. Each report stays what it claims to be.
 */
class HostileCharactersReportTest {

  @TempDir Path temp;

  /** A template whose load balancer's logical id is {@code logicalId} (YAML double-quoted). */
  private LintResult lintLoadBalancerNamed(String logicalId) throws IOException {
    Path tree = Files.createDirectories(temp.resolve("tree"));
    Files.writeString(
        tree.resolve("api.yaml"),
        """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          "%s":
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes:
                - Key: idle_timeout.timeout_seconds
                  Value: "4500"
        """
            .formatted(logicalId));
    LintResult result = new Linter().lint(LintRequest.of(tree));
    assertThat(result.findings())
        .as("the load balancer is linted (otherwise the test proves nothing)")
        .anyMatch(f -> f.ruleId().equals("GL002"));
    return result;
  }

  /** XML 1.0 excludes U+FFFE and U+FFFF (Extensible Markup Language 1.0, section 2.2, Char). */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"junit", "html"})
  void nonCharactersKeepXmlReportsWellFormed(String format) throws IOException {
    LintResult result = lintLoadBalancerNamed("Api\\uFFFE\\uFFFFLb");

    String xml = ReportFixtures.write(Reporter.forFormat(format, false, "test"), result);

    assertThat(xml).contains("GL002");
    assertThatCode(
            () ->
                DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(new InputSource(new StringReader(xml))))
        .as("the %s report is well-formed XML", format)
        .doesNotThrowAnyException();
  }

  /**
   * A value with a newline, a GitHub workflow command, an escape sequence and a carriage return
   * must not forge a finding line or a {@code ::error} annotation, nor reach the terminal raw.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"text", "github"})
  void controlCharactersAreEscapedInPlainText(String format) throws IOException {
    LintResult result =
        lintLoadBalancerNamed("Lb\\n::error file=forged.yaml,line=1::forged finding\\e[2J\\r");

    String out = ReportFixtures.write(Reporter.forFormat(format, false, "test"), result);

    assertThat(out).contains("GL002");
    assertThat(out.lines()).noneMatch(line -> line.startsWith("::error file=forged.yaml"));
    assertThat(out).doesNotContain("\u001b").doesNotContain("\r");
  }

  @Test
  void javascriptFactUrlIsNotALinkInHtml() {
    RuleInfo rule =
        new RuleInfo(
            "GL991",
            "hostile-link",
            Severity.WARNING,
            "test",
            "A rule with a javascript fact URL",
            "Description.",
            "Remediation.",
            "https://example.com/rules#gl991",
            List.of(new RuleInfo.Fact("A fact.", "A source", "javascript:alert(document.domain)")));
    Finding finding =
        new Finding(
            rule,
            Severity.WARNING,
            Location.of("infra/api.yaml", 3, 3),
            "load balancer Lb",
            List.of(),
            "Lb",
            null);
    LintResult result =
        new LintResult(List.of(finding), List.of(rule), List.of(), List.of(), List.of(), 1);

    String html = ReportFixtures.write(Reporter.forFormat("html", false, "test"), result);

    assertThat(html).contains("GL991").contains("A source");
    assertThat(html.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", ""))
        .as("only http and https URLs become links")
        .doesNotContain("href=\"javascript:")
        .doesNotContain("href='javascript:")
        .doesNotContain("href=javascript:");
  }
}
