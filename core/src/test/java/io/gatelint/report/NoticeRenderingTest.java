/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatelint.LintResult;
import io.gatelint.finding.Severity;
import io.gatelint.model.Notice;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every format carries the run's notices, and none turns them into a failure. */
class NoticeRenderingTest {

  private static final Notice NOTICE =
      new Notice(
          "no-load-balancer",
          "the linted files hold 1 nginx server(s) but no load balancer or target group",
          "lint the repository root");

  private static final LintResult RESULT =
      new LintResult(
          List.of(), List.of(), List.of(), List.of(), List.of(), 1, List.of(), List.of(NOTICE));

  @Test
  void textEndsWithTheNoticeAfterTheSummary() {
    String text = ReportFixtures.write(new TextReporter(false), RESULT);

    assertThat(text)
        .isEqualTo(
            "0 error(s), 0 warning(s), 0 note(s) in 1 file(s)\n"
                + "notice: the linted files hold 1 nginx server(s) but no load balancer or target"
                + " group\n"
                + "  fix: lint the repository root\n");
    assertThat(RESULT.fails(Severity.NOTE)).isFalse();
  }

  @Test
  void jsonListsNotices() throws Exception {
    JsonNode json =
        new ObjectMapper()
            .readTree(ReportFixtures.write(new JsonReporter(ReportFixtures.VERSION), RESULT));

    assertThat(json.at("/notices/0/code").asText()).isEqualTo("no-load-balancer");
    assertThat(json.at("/notices/0/message").asText()).isEqualTo(NOTICE.message());
    assertThat(json.at("/notices/0/fix").asText()).isEqualTo("lint the repository root");
  }

  @Test
  void sarifHasANoteNotificationAndTheRunStaysSuccessful() throws Exception {
    JsonNode invocation =
        new ObjectMapper()
            .readTree(ReportFixtures.write(new SarifReporter(ReportFixtures.VERSION), RESULT))
            .at("/runs/0/invocations/0");

    assertThat(invocation.at("/executionSuccessful").asBoolean()).isTrue();
    JsonNode n = invocation.at("/toolExecutionNotifications/0");
    assertThat(n.at("/level").asText()).isEqualTo("note");
    assertThat(n.at("/message/text").asText())
        .isEqualTo(NOTICE.message() + ". Fix: lint the repository root");
    assertThat(n.at("/properties/code").asText()).isEqualTo("no-load-balancer");
  }

  @Test
  void githubAnnotatesTheRunWithoutAFile() {
    assertThat(ReportFixtures.write(new GithubReporter(), RESULT))
        .isEqualTo(
            "::notice title=gatelint%3A no-load-balancer::"
                + NOTICE.message()
                + "%0Afix: lint the repository root\n");
  }

  @Test
  void htmlHasANoticesSection() {
    assertThat(ReportFixtures.write(new HtmlReporter(ReportFixtures.VERSION), RESULT))
        .contains("<section class=\"notices\" id=\"notices\"><h2>Not checked</h2>")
        .contains(
            "<li class=\"notice\" data-code=\"no-load-balancer\"><p class=\"message\">"
                + NOTICE.message()
                + "</p><p class=\"fix\">fix: lint the repository root</p></li>");
  }
}
