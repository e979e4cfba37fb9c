/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.LintRequest;
import io.gatelint.LintResult;
import io.gatelint.Linter;
import io.gatelint.RepoPaths;
import io.gatelint.config.Config;
import io.gatelint.model.Chain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which backend answers which target group, and the evidence the linker gives for each hop. */
class LinkerTest {

  private static LintResult lint(Path dir) {
    return new Linter().lint(LintRequest.of(dir));
  }

  private static Chain only(LintResult result) {
    assertThat(result.chains()).hasSize(1);
    return result.chains().get(0);
  }

  @Test
  void ecsServiceNginxAndExpressAreLinkedByPorts() {
    LintResult result = lint(RepoPaths.fixtures().resolve("ecs-nginx-express/good"));
    Chain c = only(result);
    assertThat(c.describe())
        .isEqualTo(
            "Lb → OrdersTargetGroup → ECS service Service → nginx server "
                + "deploy/nginx/nginx.conf:14 → upstream orders_app → express server app/server.js:13");
    assertThat(c.getEvidence())
        .containsExactly(
            "OrdersTargetGroup is forwarded to by a listener of Lb",
            "ECS service Service registers container nginx port 80 (infra/service.yaml:106) with OrdersTargetGroup",
            "port 80: ECS service Service container port (infra/service.yaml:106) = nginx listen (deploy/nginx/nginx.conf:15)",
            "port 3000: nginx upstream orders_app server (deploy/nginx/nginx.conf:9) = Node listen (app/server.js:13)");
    assertThat(c.getProxyLocation().getPath()).isEqualTo("/");
    assertThat(result.unlinked()).isEmpty();
  }

  @Test
  void fastifyAnswersTheLoadBalancerOnTheContainerPort() {
    Chain c = only(lint(RepoPaths.fixtures().resolve("ecs-fastify-ts/good")));
    assertThat(c.describe())
        .isEqualTo(
            "Lb → CatalogTargetGroup → ECS service Service → fastify server src/server.ts:5");
    assertThat(c.getEvidence())
        .contains(
            "port 3000: ECS service Service container port (infra/service.yaml:102) = Node listen (src/server.ts:16)");
    assertThat(c.hasProxy()).isFalse();
  }

  @Test
  void lambdaTargetIsLinkedThroughHandlerAndCodeUri() {
    Chain c = only(lint(RepoPaths.fixtures().resolve("lambda-target/good")));
    assertThat(c.describe())
        .isEqualTo("Lb → QuotesTargetGroup → Lambda QuotesFunction → handler src/index.js:5");
    assertThat(c.getEvidence())
        .containsExactly(
            "QuotesTargetGroup is forwarded to by a listener of Lb",
            "QuotesTargetGroup registers Lambda QuotesFunction (infra/template.yaml:62)",
            "Lambda QuotesFunction Handler index.handler = export handler of src/index.js (src/index.js:5)");
  }

  @Test
  void terraformEcsServiceIsLinkedByThePlansContainerPort() {
    LintResult result = lint(RepoPaths.fixtures().resolve("ecs-nginx-express-terraform/good"));
    Chain c = only(result);
    assertThat(c.describe())
        .isEqualTo(
            "aws_lb.orders → aws_lb_target_group.orders → ECS service aws_ecs_service.orders"
                + " → nginx server deploy/nginx/nginx.conf:14 → upstream orders_app → express server app/server.js:13");
    assertThat(c.getEvidence())
        .containsExactly(
            "aws_lb_target_group.orders is forwarded to by a listener of aws_lb.orders",
            "ECS service aws_ecs_service.orders registers container nginx port 80 (infra/main.tf:155) with aws_lb_target_group.orders",
            "port 80: ECS service aws_ecs_service.orders container port (infra/main.tf:155) = nginx listen (deploy/nginx/nginx.conf:15)",
            "port 3000: nginx upstream orders_app server (deploy/nginx/nginx.conf:9) = Node listen (app/server.js:13)");
    assertThat(result.unlinked()).isEmpty();
  }

  @Test
  void terraformLambdaIsLinkedThroughTheAttachmentAndTheHandlersModuleInTheTree() {
    LintResult result = lint(RepoPaths.fixtures().resolve("lambda-target-terraform/good"));
    Chain c = only(result);
    assertThat(c.describe())
        .isEqualTo(
            "aws_lb.quotes → aws_lb_target_group.quotes → Lambda aws_lambda_function.quotes → handler src/index.js:5");
    assertThat(c.getEvidence())
        .containsExactly(
            "aws_lb_target_group.quotes is forwarded to by a listener of aws_lb.quotes",
            "aws_lb_target_group.quotes registers Lambda aws_lambda_function.quotes (main.tf:108)",
            "Lambda aws_lambda_function.quotes Handler index.handler, code build/handler.zip (main.tf:112): the only source"
                + " of module index exporting handler under ./ is src/index.js (src/index.js:5)");
    assertThat(result.unlinked()).isEmpty();
  }

  @Test
  void archiveHandlerIsFoundByModuleAmongOtherHandlers(@TempDir Path dir) throws IOException {
    copy(RepoPaths.fixtures().resolve("lambda-target-terraform/good"), dir);
    Files.writeString(
        dir.resolve("src/admin.js"), "exports.handler = async () => ({ statusCode: 204 });\n");
    LintResult result = lint(dir);
    assertThat(only(result).getLambdaHandler().getFile()).isEqualTo("src/index.js");
    assertThat(result.unlinked())
        .containsExactly(
            "Lambda handler src/admin.js export handler: no Lambda function behind a target group names it");
  }

  @Test
  void twoSourcesOfTheArchivesModuleAreNotGuessed(@TempDir Path dir) throws IOException {
    copy(RepoPaths.fixtures().resolve("lambda-target-terraform/good"), dir);
    Files.createDirectories(dir.resolve("legacy"));
    Files.writeString(
        dir.resolve("legacy/index.js"), "exports.handler = async () => ({ statusCode: 200 });\n");
    LintResult result = lint(dir);
    Chain c = only(result);
    assertThat(c.getLambdaFunction()).isNotNull();
    assertThat(c.getLambdaHandler()).isNull();
    assertThat(result.unlinked())
        .anyMatch(
            u -> u.startsWith("Lambda aws_lambda_function.quotes: no handler found for Handler"));
  }

  @Test
  void aLambdaInAnotherRuntimeIsNotAnalysedRatherThanMissingItsHandler(@TempDir Path dir)
      throws IOException {
    copy(RepoPaths.fixtures().resolve("lambda-target/good"), dir);
    Files.delete(dir.resolve("src/index.js"));
    Path template = dir.resolve("infra/template.yaml");
    Files.writeString(
        template,
        Files.readString(template)
            .replace("Runtime: nodejs22.x", "Runtime: python3.12")
            .replace("Handler: index.handler", "Handler: index.lambda_handler"));
    LintResult result = lint(dir);
    assertThat(result.unlinked())
        .contains(
            "Lambda QuotesFunction: runtime python3.12 (infra/template.yaml:65) is not analysed"
                + " (only Node.js handlers are read)")
        .noneMatch(u -> u.contains("no handler found"));
  }

  @Test
  void anEmptyContainerNameIsSaidSoNotPrintedEmpty(@TempDir Path dir) throws IOException {
    copy(RepoPaths.fixtures().resolve("ecs-nginx-express/good"), dir);
    Path template = dir.resolve("infra/service.yaml");
    Files.writeString(
        template,
        Files.readString(template).replace("ContainerName: nginx", "ContainerName: \"\""));
    assertThat(lint(dir).chains())
        .flatMap(Chain::getEvidence)
        .filteredOn(e -> e.contains(" registers "))
        .containsExactly(
            "ECS service Service registers a container with an empty ContainerName port 80"
                + " (infra/service.yaml:106) with OrdersTargetGroup");
  }

  @Test
  void nginxOnlyChainStopsAtTheUpstream() {
    Chain c = only(lint(RepoPaths.fixtures().resolve("ec2-nginx/good")));
    assertThat(c.describe())
        .isEqualTo(
            "Lb → ReportsTargetGroup → nginx server nginx/conf.d/reports.conf:6 → upstream reports_backend");
    assertThat(c.hasApp()).isFalse();
  }

  @Test
  void backendsOnPortsNoTargetGroupUsesAreReportedNotGuessed(@TempDir Path dir) throws IOException {
    twoServers(dir);
    LintResult result = lint(dir);
    assertThat(only(result).hasBackend()).isFalse();
    assertThat(result.unlinked())
        .containsExactly(
            "target group ReportsTargetGroup: no nginx or Node server in the tree listens on its traffic port 80 (infra/stack.yaml:70)",
            "nginx server nginx/conf.d/a.conf:1 (listen 8081): no target group sends traffic to these ports",
            "nginx server nginx/conf.d/b.conf:1 (listen 8082): no target group sends traffic to these ports");
  }

  @Test
  void configuredServiceLinksWhatPortsCannot(@TempDir Path dir) throws IOException {
    twoServers(dir);
    Config config =
        new Config(
            List.of(),
            List.of(),
            Optional.empty(),
            OptionalInt.empty(),
            Map.of(),
            Map.of(),
            List.of(new Config.Service("reports", "ReportsTargetGroup", "nginx/conf.d/b.conf", "")),
            List.of(),
            List.of());
    LintResult result = new Linter().lint(new LintRequest(List.of(dir), dir, config, List.of()));
    Chain c = only(result);
    assertThat(c.getProxyServer().getId()).isEqualTo("nginx/conf.d/b.conf:1");
    assertThat(c.getEvidence())
        .contains("configuration: service ReportsTargetGroup proxy nginx/conf.d/b.conf");
    assertThat(result.unlinked())
        .containsExactly(
            "nginx server nginx/conf.d/a.conf:1 (listen 8081): no target group sends traffic to these ports");
  }

  @Test
  void configuredServicePathsAreRelativeToTheConfigFileNotTheRoot(@TempDir Path dir)
      throws IOException {
    Path project = dir.resolve("project");
    twoServers(project);
    Path file = project.resolve("gatelint.yml");
    Files.writeString(
        file,
        """
        services:
          - name: reports
            targetGroup: ReportsTargetGroup
            proxy: nginx/conf.d/b.conf
        """);
    LintResult result =
        new Linter().lint(new LintRequest(List.of(project), dir, Config.load(file), List.of()));
    Chain c = only(result);
    assertThat(c.getProxyServer().getId()).isEqualTo("project/nginx/conf.d/b.conf:1");
    assertThat(c.getEvidence())
        .contains("configuration: service ReportsTargetGroup proxy project/nginx/conf.d/b.conf");
  }

  @Test
  void singleTargetGroupAndSingleBackendAreLinkedWhenPortsDoNotTell(@TempDir Path dir)
      throws IOException {
    copy(RepoPaths.fixtures().resolve("ecs-fastify-ts/good"), dir);
    Path server = dir.resolve("src/server.ts");
    Files.writeString(
        server, Files.readString(server).replace("port: PORT", "port: Number(process.env.PORT)"));
    LintResult result = lint(dir);
    Chain c = only(result);
    assertThat(c.hasApp()).isTrue();
    assertThat(c.getEvidence())
        .contains(
            "single chain: CatalogTargetGroup is the only target group and fastify server src/server.ts:5 the only Node server");
    assertThat(result.unlinked()).isEmpty();
  }

  @Test
  void nestedStackPassesTheListenerAsAParameter() {
    Chain c = only(lint(RepoPaths.fixtures().resolve("nested-stack/bad")));
    assertThat(c.describe())
        .isEqualTo("Lb → OrdersTargetGroup → ECS service Service → express server app/server.js:7");
    assertThat(c.getEvidence())
        .contains(
            "parameter ListenerArn of infra/service.yaml = passed by nested stack OrdersStack of"
                + " infra/parent.yaml (infra/parent.yaml:19)");
  }

  @Test
  void parameterOnlyListenerStillLinksTheBackendAndSaysWhichConfigKeyResolvesIt() {
    LintResult result = lint(RepoPaths.fixtures().resolve("parameter-listener/good"));
    Chain c = only(result);
    assertThat(c.describe())
        .isEqualTo(
            "(load balancer not in the tree) → OrdersTargetGroup → ECS service Service → express"
                + " server app/server.js:7");
    assertThat(result.unlinked())
        .singleElement()
        .asString()
        .startsWith("load balancer of target group OrdersTargetGroup")
        .contains("set parameters: ListenerArn: TEMPLATE#LogicalId in gatelint.yml");
  }

  @Test
  void eachProjectOfAMonorepoLinksInsideItselfOnTheSharedPort() {
    LintResult result = lint(RepoPaths.fixtures().resolve("monorepo-same-port/good"));
    assertThat(result.chains())
        .extracting(Chain::describe)
        .containsExactlyInAnyOrder(
            "Lb → AppTargetGroup → ECS service Service → express server blog/app/server.js:6",
            "Lb → AppTargetGroup → ECS service Service → express server shop/app/server.js:6");
    for (Chain c : result.chains()) {
      String project = c.getTargetGroup().getScope().split("/")[0];
      assertThat(c.getAppServer().getLocation().file()).startsWith(project + "/");
    }
    assertThat(result.unlinked()).isEmpty();
  }

  @Test
  void theContainerImageNamesWhichOfTwoAppsOnOnePortTheServiceRuns() {
    LintResult result = lint(RepoPaths.fixtures().resolve("docker-image-context/good"));
    Chain c = only(result);
    assertThat(c.getAppServer().getLocation().file()).isEqualTo("apps/orders/server.js");
    assertThat(c.getEvidence())
        .anyMatch(
            e -> e.endsWith("image orders matches apps/orders/Dockerfile, which runs server.js"));
    assertThat(result.unlinked())
        .containsExactly(
            "express server apps/billing/server.js:7 (listen 3000): the target groups or nginx"
                + " locations forwarding to this port were linked to the servers their container"
                + " images name (or nearer servers) or left ambiguous; name this one in the"
                + " configuration's services if it answers one");
  }

  @Test
  void aPulledPublicImageNamesNoFolderOfTheRepository(@TempDir Path dir) throws IOException {
    copy(RepoPaths.fixtures().resolve("docker-image-context/good"), dir);
    Path stack = dir.resolve("infra/stack.yaml");
    Files.writeString(
        stack,
        Files.readString(stack)
            .replace(
                "!Sub \"${Repo}/orders:latest\"", "public.ecr.aws/docker/library/orders:latest"));
    LintResult result = lint(dir);
    assertThat(only(result).hasBackend()).isFalse();
    assertThat(result.unlinked()).noneMatch(u -> u.contains("image orders"));
  }

  @Test
  void anImageWhoseFolderRunsNothingOnThePortLeavesTheGroupUnlinkedWithThatReason(@TempDir Path dir)
      throws IOException {
    copy(RepoPaths.fixtures().resolve("docker-image-context/good"), dir);
    Path server = dir.resolve("apps/orders/server.js");
    Files.writeString(server, Files.readString(server).replace("listen(3000)", "listen(4000)"));
    LintResult result = lint(dir);
    assertThat(only(result).hasBackend()).isFalse();
    assertThat(result.unlinked())
        .contains(
            "target group AppTargetGroup: image orders matches apps/orders/Dockerfile, which runs"
                + " server.js, but no nginx or Node server there listens on port 3000; name one in"
                + " the configuration's services");
  }

  @Test
  void blueGreenPairOnOneAppGetsBothChains() {
    LintResult result = lint(RepoPaths.fixtures().resolve("blue-green/bad"));
    assertThat(result.chains())
        .extracting(Chain::describe)
        .containsExactly(
            "Lb → BlueTargetGroup → ECS service BlueService → express server app/server.js:6",
            "Lb → GreenTargetGroup → ECS service GreenService → express server app/server.js:6");
    assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("GL011")).hasSize(2);
    assertThat(result.unlinked()).isEmpty();
  }

  @Test
  void terraformListenerFromAnotherStateIsUnlinkedWithTheRemoteStateAsEvidence() {
    LintResult result = lint(RepoPaths.fixtures().resolve("parameter-listener-terraform/good"));
    Chain c = only(result);
    assertThat(c.describe())
        .isEqualTo(
            "(load balancer not in the tree) → aws_lb_target_group.orders → ECS service"
                + " aws_ecs_service.orders → express server app/server.js:7");
    assertThat(result.unlinked())
        .singleElement()
        .asString()
        .contains(
            "its listener is in another Terraform state (infra/main.tf:51:"
                + " data.terraform_remote_state.environment.outputs.listener_arn is an output of"
                + " another Terraform state)");
  }

  /**
   * A data source's read needs the AWS API, so no plan of it can be made offline: the plan of the
   * remote-state fixture is rewritten to reference {@code data.aws_lb_listener.https}, as a plan
   * records a listener rule on a listener read by that data source.
   */
  @Test
  void terraformListenerFromADataSourceIsUnlinkedWithTheDataSourceAsEvidence(@TempDir Path dir)
      throws IOException {
    copy(RepoPaths.fixtures().resolve("parameter-listener-terraform/good"), dir);
    for (String file : List.of("infra/plan.json", "infra/main.tf")) {
      Path f = dir.resolve(file);
      Files.writeString(
          f,
          Files.readString(f)
              .replace(
                  "data.terraform_remote_state.environment.outputs.listener_arn",
                  "data.aws_lb_listener.https.arn")
              .replace(
                  "data.terraform_remote_state.environment.outputs", "data.aws_lb_listener.https")
              .replace("data.terraform_remote_state.environment", "data.aws_lb_listener.https"));
    }
    LintResult result = lint(dir);
    assertThat(only(result).hasApp()).isTrue();
    assertThat(result.unlinked())
        .singleElement()
        .asString()
        .contains(
            "data.aws_lb_listener.https.arn is a data source reading what another Terraform"
                + " configuration manages");
  }

  /** The EC2 stack, with two nginx servers on ports its target group (80) does not use. */
  private static void twoServers(Path dir) throws IOException {
    copy(RepoPaths.fixtures().resolve("ec2-nginx/good"), dir);
    Files.delete(dir.resolve("nginx/conf.d/reports.conf"));
    Files.writeString(
        dir.resolve("nginx/conf.d/a.conf"),
        "server {\n  listen 8081;\n  location / { return 200; }\n}\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("nginx/conf.d/b.conf"),
        "server {\n  listen 8082;\n  location / { return 200; }\n}\n",
        StandardCharsets.UTF_8);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }
}
