/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** GitHub workflow commands: escaping of data and properties, one line per unsuppressed finding. */
class GithubReporterTest {

  @Test
  void escapesDataAndProperties() {
    assertThat(GithubReporter.data("100% a:b,c\r\nnext")).isEqualTo("100%25 a:b,c%0D%0Anext");
    assertThat(GithubReporter.property("100% a:b,c\r\nnext"))
        .isEqualTo("100%25 a%3Ab%2Cc%0D%0Anext");
    assertThat(GithubReporter.property("%3A"))
        .as("escapes % first, so existing escapes survive")
        .isEqualTo("%253A");
  }

  @Test
  void writesOneAnnotationPerUnsuppressedFinding() {
    String out = ReportFixtures.write(new GithubReporter(), ReportFixtures.awkward());
    assertThat(out.split("\n", -1))
        .containsExactly(
            "::error file=deploy/empty file.yaml,title=GL000 parse-error::the file is empty: nothing to lint"
                + "%0Afix: Remediation of GL000.",
            "::error file=deploy/nginx%2Cprod%3A1/nginx.conf,line=12,col=5,"
                + "title=GL010 nginx-keepalive-not-above-idle-timeout::"
                + "keepalive_timeout 50s < idle timeout 60s (100%25 of <requests> & \"quotes\")%0Asecond line"
                + "%0Arelated: infra/api.yaml:22: idle timeout 60s (ALB default)%0Afix: Remediation of GL010.",
            "");
  }

  @Test
  void lintOfBadFixtureGivesOneAnnotationPerFinding() {
    String out = ReportFixtures.write(new GithubReporter(), ReportFixtures.albBasicBad());
    assertThat(out.lines())
        .hasSize(5)
        .allMatch(
            l ->
                l.matches(
                    "::(error|warning|notice) file=infra/api\\.yaml,line=\\d+,col=\\d+,title=GL0\\d\\d [a-z-]+::.+"));
    assertThat(out.lines())
        .anyMatch(l -> l.startsWith("::notice file=infra/api.yaml,line=25,col=18,title=GL003 "));
  }
}
