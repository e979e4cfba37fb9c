/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.LintRequest;
import io.gatelint.LintResult;
import io.gatelint.Linter;
import io.gatelint.config.Config;
import io.gatelint.model.Notice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run says when the cross-layer rules could not run: each kind of notice on the smallest input
 * that shows it, and none on a complete stack.
 */
class NoticesTest {

  private static final Path REPO =
      Path.of(System.getProperty("gatelint.repoRoot", "..")).toAbsolutePath().normalize();
  private static final Path DEMO = REPO.resolve("fixtures/ecs-nginx-express/bad");

  @TempDir Path tmp;

  private static LintResult lint(Path root, Config config, Path... paths) {
    return new Linter().lint(new LintRequest(List.of(paths), root, config, List.of()));
  }

  private static List<String> codes(LintResult result) {
    return result.notices().stream().map(Notice::code).toList();
  }

  @Test
  void changedFilesWithoutTheInfrastructureSayTheLoadBalancerIsMissing() {
    LintResult r =
        lint(
            DEMO,
            Config.empty(),
            DEMO.resolve("deploy/nginx/nginx.conf"),
            DEMO.resolve("app/server.js"));

    assertThat(codes(r)).containsExactly(Notices.NO_LOAD_BALANCER);
    Notice n = r.notices().get(0);
    assertThat(n.message())
        .isEqualTo(
            "the linted files hold 1 nginx server(s) and 1 Node.js server(s) but no load balancer"
                + " or target group: the cross-layer rules (load balancer → nginx → Node.js) could"
                + " not run");
    assertThat(n.fix()).startsWith("lint the repository root");
  }

  @Test
  void terraformSourcesWithoutAPlanSayHowToMakeOne() throws IOException {
    Path module = Files.createDirectories(tmp.resolve("infra"));
    Files.writeString(
        module.resolve("main.tf"), "resource \"aws_lb\" \"web\" {\n  idle_timeout = 120\n}\n");

    LintResult r = lint(tmp, Config.empty(), tmp);

    assertThat(codes(r)).containsExactly(Notices.TERRAFORM_WITHOUT_PLAN);
    assertThat(r.notices().get(0).message())
        .isEqualTo(
            "1 Terraform file(s) (.tf) in infra but no plan JSON: Terraform resources are read"
                + " from the plan, so these were not linted");
    assertThat(r.notices().get(0).fix()).contains("terraform show -json plan > plan.json");
  }

  @Test
  void nothingReadSaysSo() throws IOException {
    Files.writeString(tmp.resolve("README.md"), "# nothing to lint\n");

    LintResult r = lint(tmp, Config.empty(), tmp);

    assertThat(codes(r)).containsExactly(Notices.NOTHING_READ);
    assertThat(r.notices().get(0).message())
        .isEqualTo(
            "nothing was linted: . holds no CloudFormation template, Terraform plan JSON, nginx"
                + " configuration or Node.js source");
  }

  @Test
  void anIncludePatternThatMatchesNothingIsNamed() throws IOException {
    Files.writeString(tmp.resolve("gatelint.yml"), "include:\n  - 'infra/**/*.yml'\n");
    Path infra = Files.createDirectories(tmp.resolve("infra"));
    Files.copy(DEMO.resolve("infra/service.yaml"), infra.resolve("service.yaml"));

    LintResult r = lint(tmp, Config.load(tmp.resolve("gatelint.yml")), tmp);

    // the template is infra/service.yaml, not .yml: the pattern matches nothing
    assertThat(codes(r)).containsExactly(Notices.INCLUDE_MATCHES_NOTHING, Notices.NOTHING_READ);
    assertThat(r.notices().get(0).message())
        .isEqualTo(
            "the include pattern 'infra/**/*.yml' in gatelint.yml matches no file gatelint reads");
  }

  @Test
  void aLoadBalancerWithoutAnyBackendInTheTreeAsksForTheApplicationCode() {
    LintResult r = lint(DEMO, Config.empty(), DEMO.resolve("infra"));

    assertThat(codes(r)).containsExactly(Notices.NO_BACKEND_REACHED);
    assertThat(r.notices().get(0).message())
        .isEqualTo(
            "1 load balancer(s) forward to target groups, but the linted files hold no nginx"
                + " server or Node.js server: Lb (infra/service.yaml:35); the chain rules did not"
                + " run for them");
  }

  @Test
  void aLoadBalancerWhoseBackendCannotBeLinkedAsksForAServicesEntry() throws IOException {
    Path infra = Files.createDirectories(tmp.resolve("infra"));
    Files.copy(DEMO.resolve("infra/service.yaml"), infra.resolve("service.yaml"));
    Path app = Files.createDirectories(tmp.resolve("app"));
    // two servers on ports no target group sends to: neither a port nor the single-chain rule
    // links one
    Files.writeString(
        app.resolve("server.js"),
        "const express = require('express');\nconst app = express();\napp.listen(9999);\n");
    Path worker = Files.createDirectories(tmp.resolve("worker"));
    Files.writeString(
        worker.resolve("server.js"),
        "const http = require('http');\nhttp.createServer((q, s) => s.end()).listen(9998);\n");

    LintResult r = lint(tmp, Config.empty(), tmp);

    assertThat(codes(r)).containsExactly(Notices.NO_BACKEND_REACHED);
    assertThat(r.notices().get(0).message())
        .isEqualTo(
            "1 load balancer(s) forward only to target groups that no nginx or Node.js server in"
                + " the linted files could be linked to: Lb (infra/service.yaml:35); the chain"
                + " rules did not run for them");
    assertThat(r.notices().get(0).fix()).contains("services:");
  }

  @Test
  void aLoadBalancerWhoseListenersAreDefinedElsewhereSaysItForwardsNowhere() throws IOException {
    // the load balancer alone; a deploy script creates its listener rule (as real repositories do)
    Files.writeString(
        tmp.resolve("ecs.yml"),
        """
        Resources:
          Lb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Scheme: internet-facing
        """);
    Files.writeString(
        tmp.resolve("server.js"),
        "const http = require('http');\nhttp.createServer((q, s) => s.end()).listen(3000);\n");

    LintResult r = lint(tmp, Config.empty(), tmp);

    assertThat(codes(r)).containsExactly(Notices.NO_TARGET_GROUP);
    assertThat(r.notices().get(0).message())
        .isEqualTo(
            "1 load balancer(s) forward to no target group in the linted files: Lb (ecs.yml:2);"
                + " the chain rules did not run for them");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ecs-nginx-express/bad",
        "ecs-nginx-express/good",
        "ecs-nginx-express-terraform/bad",
        "ecs-nginx-express-terraform/good",
        "ec2-nginx/bad",
        "ecs-fastify-ts/bad",
        "lambda-target/bad"
      })
  void aCompleteStackGetsNoNotice(String fixture) {
    Path dir = REPO.resolve("fixtures").resolve(fixture);

    assertThat(lint(dir, Config.empty(), dir).notices()).isEmpty();
  }
}
