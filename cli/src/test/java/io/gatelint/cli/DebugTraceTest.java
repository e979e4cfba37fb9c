/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.cli;

import static io.gatelint.cli.MainTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --debug} and {@code gatelint test} say which 'when' entry did not hold. */
class DebugTraceTest {

  @TempDir Path tmp;

  private static final String GOOD = "fixtures/ecs-nginx-express/good";

  @Test
  void lintDebugNamesTheFailedWhenEntryOnStandardErrorOnly() {
    MainTest.Run r =
        run(
            "lint",
            MainTest.ROOT,
            MainTest.REPO.resolve(GOOD).toString(),
            "--debug",
            "--format",
            "json",
            "--fail-on",
            "never");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("{").doesNotContain("debug:");
    assertThat(r.err().lines())
        .contains(
            "debug: GL010 chain Lb → OrdersTargetGroup → ECS service Service → nginx server "
                + GOOD
                + "/deploy/nginx/nginx.conf:14 → upstream orders_app → express server "
                + GOOD
                + "/app/server.js:13: 'when' entry 3 of 3 does not hold:"
                + " atMost(c.proxyServer.keepaliveTimeout, c.loadBalancer.idleTimeout)",
            "debug: GL020 AWS::ElasticLoadBalancingV2::TargetGroup OrdersTargetGroup: 'when' does"
                + " not hold: number(tg.healthCheck.timeout) && number(tg.healthCheck.interval)"
                + " && tg.healthCheck.timeout.num() >= tg.healthCheck.interval.num()"
                + " && !isFalse(tg.healthCheck.enabled)");
  }

  @Test
  void withoutDebugNothingIsTraced() {
    MainTest.Run r =
        run(
            "lint",
            MainTest.ROOT,
            MainTest.REPO.resolve(GOOD).toString(),
            "--format",
            "json",
            "--fail-on",
            "never");
    assertThat(r.err()).doesNotContain("debug:");
  }

  @Test
  void debugBeforeTheCommandNameCountsToo() {
    MainTest.Run r =
        run(
            "--debug",
            "lint",
            MainTest.ROOT,
            MainTest.REPO.resolve(GOOD).toString(),
            "--format",
            "compact");
    assertThat(r.err()).contains("debug: GL020 AWS::ElasticLoadBalancingV2::TargetGroup");
  }

  @Test
  void aMissingFindingInTestSaysWhichEntryDidNotHold() throws IOException {
    String dir = tmp.resolve("rules").toString();
    run("new-rule", "ACME001", "--dir", dir);
    Path bad = tmp.resolve("rules/fixtures/ACME001/bad/template.yaml");
    Files.writeString(bad, Files.readString(bad).replace("Seconds: 30", "Seconds: 5"));
    MainTest.Run t = run("test", "--rules", dir);
    assertThat(t.exit()).isEqualTo(1);
    assertThat(t.out())
        .contains("missing: ACME001 at " + bad + ":12\n")
        .contains(
            "    not reported: ACME001 AWS::ElasticLoadBalancingV2::TargetGroup AppTargetGroup:"
                + " 'when' does not hold: number(tg.healthCheck.interval) &&"
                + " tg.healthCheck.interval.num() > 10\n");
  }
}
