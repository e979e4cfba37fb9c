/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatelint.cli.MainTest.Run;
import org.junit.jupiter.api.Test;

/**
 * A notice ends the text report; with a machine format on standard output it goes to standard
 * error, and it never changes the exit code.
 */
class NoticeOutputTest {

  private static final String NGINX =
      MainTest.FIXTURES.resolve("ecs-nginx-express/bad/deploy/nginx/nginx.conf").toString();
  private static final String SERVER =
      MainTest.FIXTURES.resolve("ecs-nginx-express/bad/app/server.js").toString();

  @Test
  void partialInputEndsTheTextReportWithANoticeAndExitsZero() {
    Run r = MainTest.run("lint", MainTest.ROOT, NGINX, SERVER, "--fail-on", "note");

    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out())
        .endsWith(
            "0 error(s), 0 warning(s), 0 note(s) in 2 file(s)\n"
                + "notice: the linted files hold 1 nginx server(s) and 1 Node.js server(s) but no"
                + " load balancer or target group: the cross-layer rules (load balancer → nginx →"
                + " Node.js) could not run\n"
                + "  fix: lint the repository root, or name the folder of the CloudFormation"
                + " templates or Terraform plan JSON beside these files\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void withJsonOnStandardOutputTheNoticeGoesToStandardError() throws Exception {
    Run r = MainTest.run("lint", MainTest.ROOT, NGINX, SERVER, "--format", "json");

    assertThat(r.exit()).isEqualTo(0);
    assertThat(new ObjectMapper().readTree(r.out()).at("/notices/0/code").asText())
        .isEqualTo("no-load-balancer");
    assertThat(r.err()).startsWith("notice: the linted files hold 1 nginx server(s)");
  }

  @Test
  void aCompleteDemoHasNoNotice() {
    Run r =
        MainTest.run(
            "lint", MainTest.ROOT, MainTest.FIXTURES.resolve("ecs-nginx-express/bad").toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).doesNotContain("notice:");
    assertThat(r.err()).isEmpty();
  }
}
