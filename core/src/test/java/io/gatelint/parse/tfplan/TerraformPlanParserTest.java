/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.RepoPaths;
import io.gatelint.model.Alarm;
import io.gatelint.model.AutoScalingGroup;
import io.gatelint.model.Listener;
import io.gatelint.model.LoadBalancer;
import io.gatelint.model.Location;
import io.gatelint.model.Model;
import io.gatelint.model.Origin;
import io.gatelint.model.Problem;
import io.gatelint.model.Ref;
import io.gatelint.model.Resource;
import io.gatelint.model.SecurityGroup;
import io.gatelint.model.SecurityGroupRule;
import io.gatelint.model.TargetGroup;
import io.gatelint.model.Value;
import io.gatelint.parse.ParseContext;
import io.gatelint.source.SourceFile;
import io.gatelint.source.SourceKind;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerraformPlanParserTest {

  private static final String PLAN = "modules/plan.json";
  private static final String API_TF = "modules/modules/api/main.tf";
  private static final String ROOT_TF = "modules/main.tf";
  private static final String TG_TF = "modules/modules/api/tg/main.tf";
  private static final String LB = "module.api.aws_lb.this";

  @TempDir Path temp;

  // ---------------------------------------------------------------- modules, references, .tf
  // positions

  @Test
  void referencesInsideModulesAreRelativeToTheModuleAtDepthTwo() {
    Model model = parseFixture(true);
    String scope = PLAN;

    Listener listener = only(model.getListeners());
    assertThat(listener.getId()).isEqualTo("module.api.aws_lb_listener.http");
    assertThat(listener.getScope()).isEqualTo(scope);
    assertThat(listener.getLoadBalancer().raw())
        .isEqualTo(new Ref(scope, LB, Ref.Attribute.ARN, "arn"));
    assertThat(listener.getForwards())
        .extracting(Value::raw)
        .containsExactly(
            new Ref(
                scope, "module.api.module.tg.aws_lb_target_group.this", Ref.Attribute.ARN, "arn"));
    assertThat(listener.getForwards().get(0).location())
        .isEqualTo(
            new Location(
                API_TF,
                19,
                5,
                "module.api.aws_lb_listener.http /resource_changes/3/change/after_unknown/default_action/0/target_group_arn"));
    assertThat(model.resolve(listener.getLoadBalancer(), LoadBalancer.class))
        .extracting(Resource::getId)
        .containsExactly(LB);
    assertThat(model.resolve(listener.getForwards().get(0), TargetGroup.class))
        .extracting(Resource::getId)
        .containsExactly("module.api.module.tg.aws_lb_target_group.this");

    Alarm alarm = only(model.getAlarms());
    Value<Object> dimension = alarm.getDimensions().get("LoadBalancer");
    assertThat(alarm.getDimensions()).containsOnlyKeys("LoadBalancer");
    assertThat(dimension.raw())
        .isEqualTo(new Ref(scope, LB, Ref.Attribute.FULL_NAME, "arn_suffix"));
    assertThat(dimension.location().file()).isEqualTo(ROOT_TF);
    assertThat(dimension.location().line()).isEqualTo(12);

    SecurityGroupRule fromLb = only(model.getSecurityGroupRules());
    assertThat(fromLb.getDirection()).isEqualTo("ingress");
    assertThat(fromLb.getPeerGroup().raw())
        .isEqualTo(new Ref(scope, "module.api.aws_security_group.lb", Ref.Attribute.ID, "id"));
    assertThat(fromLb.getPeerGroup().location().line()).isEqualTo(38);
    assertThat(fromLb.getGroup().raw())
        .isEqualTo("sg-0app"); // var.app_sg: a constant in the module call
    assertThat(fromLb.getFromPort().raw()).isEqualTo(8080);

    LoadBalancer lb = loadBalancer(model);
    assertThat(lb.getSecurityGroups())
        .extracting(Value::raw)
        .containsExactly(
            new Ref(scope, "module.api.aws_security_group.lb", Ref.Attribute.ID, "id"));
    assertThat(lb.getSecurityGroupsDeclared().raw()).isEqualTo(true);

    AutoScalingGroup asg = only(model.getAutoScalingGroups());
    assertThat(asg.getTargetGroups())
        .extracting(Value::raw)
        .containsExactly(new Ref(scope, "aws_lb_target_group.blue[0]", Ref.Attribute.ARN, "arn"));
    assertThat(model.getTargetGroups())
        .extracting(Resource::getId)
        .containsExactly(
            "aws_lb_target_group.blue[0]",
            "aws_lb_target_group.blue[1]",
            "module.api.module.tg.aws_lb_target_group.this");
    assertThat(model.getProblems()).isEmpty();
  }

  @Test
  void aResourceOnlyBeingDeletedIsNotInTheModel() {
    Model model = parseFixture(true);
    assertThat(model.getLoadBalancers()).extracting(Resource::getId).containsExactly(LB);
  }

  @Test
  void afterUnknownLeavesAreUnknownAndAConfigurationWithoutEgressDeclaresNone() {
    Model model = parseFixture(true);
    LoadBalancer lb = loadBalancer(model);
    assertThat(lb.getClientKeepAlive().isUnknown()).isTrue();
    assertThat(lb.getClientKeepAlive().origin().kind()).isEqualTo(Origin.Kind.UNKNOWN);
    assertThat(lb.getDesyncMitigationMode().isUnknown()).isTrue();

    SecurityGroup sg = only(model.getSecurityGroups());
    assertThat(sg.isDefaultEgressKept()).isFalse();
    assertThat(sg.getEgressDeclared().raw()).isEqualTo(false);
    assertThat(sg.getRules()).hasSize(1);
    SecurityGroupRule https = sg.getRules().get(0);
    assertThat(https.getDirection()).isEqualTo("ingress");
    assertThat(https.getCidrIpv4().raw()).isEqualTo("0.0.0.0/0");
    assertThat(https.getFromPort().raw()).isEqualTo(443);
    assertThat(https.getFromPort().location().line()).isEqualTo(29);
  }

  @Test
  void valuesThePlanMarksSensitiveAreSensitive() {
    LoadBalancer lb = loadBalancer(parseFixture(true));
    assertThat(lb.getAccessLogsBucket().raw()).isEqualTo("logs");
    assertThat(lb.getAccessLogsBucket().isSensitive()).isTrue();
    assertThat(lb.getAccessLogsBucket().display()).isEqualTo("(sensitive)");
    assertThat(lb.getIdleTimeout().isSensitive()).isFalse();
  }

  @Test
  void argumentsNotWrittenTakeTheTerraformDefault() {
    Model model = parseFixture(true);
    LoadBalancer lb = loadBalancer(model);
    Location block =
        new Location(API_TF, 2, 1, LB + " /planned_values/root_module/child_modules/0/resources/0");
    assertThat(lb.getLocation()).isEqualTo(block);
    assertThat(lb.getAccessLogsEnabled().raw()).isEqualTo(false);
    String values = LB + " /planned_values/root_module/child_modules/0/resources/0/values";
    // a default applies to the innermost block written: access_logs { bucket } without enabled
    assertThat(lb.getAccessLogsEnabled().origin())
        .isEqualTo(
            Origin.byDefault(
                new Location(API_TF, 6, 3, values + "/access_logs/0/enabled"),
                "Terraform default: access logs off even when bucket is set"));
    // and the resource block when the argument's block is not written at all
    assertThat(lb.getDropInvalidHeaderFields().origin())
        .isEqualTo(
            Origin.byDefault(
                new Location(API_TF, 2, 1, values + "/drop_invalid_header_fields"),
                "Terraform default"));
    assertThat(lb.getType().raw()).isEqualTo("application");
    assertThat(lb.getType().isDefault()).isTrue();
    assertThat(lb.getIdleTimeout().isDefault()).isFalse();
    assertThat(lb.getIdleTimeout().unit()).isEqualTo(Value.Unit.SECONDS);
    assertThat(lb.getIdleTimeout().millis()).isEqualTo(30_000);

    TargetGroup tg = model.getTargetGroups().get(2);
    Location tgBlock =
        new Location(
            TG_TF,
            1,
            1,
            "module.api.module.tg.aws_lb_target_group.this /planned_values/root_module/child_modules/0/child_modules/0/resources/0");
    assertThat(tg.getLocation()).isEqualTo(tgBlock);
    assertThat(tg.getHealthCheck().getInterval().describe())
        .isEqualTo("30 s (Terraform default; not set at " + TG_TF + ":7)");
    assertThat(tg.getHealthCheck().getPath().raw()).isEqualTo("/");
    assertThat(tg.getHealthCheck().getPath().isDefault()).isTrue();
    assertThat(tg.getHealthCheck().getTimeout().raw()).isEqualTo(Duration.ofSeconds(5));
    assertThat(tg.getHealthCheck().getTimeout().isDefault()).isFalse();
    assertThat(tg.getHealthCheck().getTimeout().location())
        .isEqualTo(
            new Location(
                TG_TF,
                7,
                18,
                "module.api.module.tg.aws_lb_target_group.this"
                    + " /planned_values/root_module/child_modules/0/child_modules/0/resources/0/values/health_check/0/timeout"));
    assertThat(tg.getPort().raw()).isEqualTo(8080);
    assertThat(tg.getPort().location().line()).isEqualTo(3);
    assertThat(tg.getDeregistrationDelay().isDefault()).isTrue();

    // a target group with no health_check block: the provider sends no health-check setting, so
    // AWS's defaults apply (thresholds 5/2, timeout by protocol), not the block's 3/3
    TargetGroup blue = model.getTargetGroups().get(0);
    assertThat(blue.getHealthCheck().getInterval().raw()).isEqualTo(Duration.ofSeconds(30));
    assertThat(blue.getHealthCheck().getHealthyThreshold().raw()).isEqualTo(5);
    assertThat(blue.getHealthCheck().getHealthyThreshold().origin().note())
        .isEqualTo("AWS default healthy threshold 5 (no health_check block)");
    assertThat(blue.getHealthCheck().getMatcher().raw()).isEqualTo("200");
    assertThat(blue.getHealthCheck().getTimeout().raw()).isEqualTo(Duration.ofSeconds(6));
    assertThat(blue.getTargetType().raw()).isEqualTo("instance");
    assertThat(blue.getLocation().line()).isEqualTo(16);
  }

  @Test
  void withoutTheTfSourcesValuesPointIntoThePlan() {
    Model model = parseFixture(false);
    LoadBalancer lb = loadBalancer(model);
    assertThat(lb.getIdleTimeout().location())
        .isEqualTo(
            new Location(
                PLAN,
                107,
                25,
                LB
                    + " /planned_values/root_module/child_modules/0/resources/0/values/idle_timeout"));
    assertThat(lb.getLocation())
        .isEqualTo(
            new Location(
                PLAN, 100, 7, LB + " /planned_values/root_module/child_modules/0/resources/0"));
    assertThat(only(model.getAlarms()).getDimensions().get("LoadBalancer").location().pointer())
        .isEqualTo(
            "aws_cloudwatch_metric_alarm.api_5xx /resource_changes/0/change/after_unknown/dimensions/LoadBalancer");
  }

  // ---------------------------------------------------------------- inline security group rules

  private static final String SG_PLAN = "sg-inline/plan.json";
  private static final String SG_TF = "sg-inline/main.tf";
  private static final String SG_MODULE_TF = "sg-inline/modules/app/main.tf";

  @Test
  void inlineBlocksNameTheGroupsTheirSourceReferencesAtTheBlockLine() {
    Model model = parse(fixtures(), SG_PLAN, SG_TF, SG_MODULE_TF);
    SecurityGroup app = group(model, "aws_security_group.app");

    SecurityGroupRule fromLb = rule(app, "ingress", 8080);
    assertThat(fromLb.getPeerGroup().raw())
        .isEqualTo(new Ref(SG_PLAN, "aws_security_group.lb", Ref.Attribute.ID, "id"));
    assertThat(fromLb.getPeerGroup().location())
        .isEqualTo(
            new Location(
                SG_TF,
                36,
                5,
                "aws_security_group.app /resource_changes/0/change/after_unknown/ingress/1/security_groups"));
    assertThat(fromLb.getLocation().line()).isEqualTo(32);
    assertThat(model.resolve(fromLb.getPeerGroup(), SecurityGroup.class))
        .extracting(Resource::getId)
        .containsExactly("aws_security_group.lb");

    SecurityGroupRule ssh = rule(app, "ingress", 22);
    assertThat(ssh.getPeerGroup()).isNull();
    assertThat(ssh.getCidrIpv4().raw()).isEqualTo("192.0.2.0/24");
    assertThat(ssh.getLocation().line()).isEqualTo(25);

    SecurityGroupRule self = rule(app, "egress", 0);
    assertThat(self.isSelf()).isTrue();
    assertThat(self.getLocation().line()).isEqualTo(39);
  }

  /**
   * A group written with {@code dynamic "ingress"} over a list: the plan has the rules but not the
   * peer group (known after apply) and its configuration leaves dynamic blocks out; the element of
   * the for_each whose port writes the rule names it, and the rules point at the dynamic block.
   */
  @Test
  void dynamicIngressBlocksNameTheGroupsTheirForEachElementReferences() {
    Model model =
        parse(
            RepoPaths.fixtures().resolve("sg-dynamic-terraform/good/infra"),
            "plan.json",
            "main.tf");
    SecurityGroup app = group(model, "aws_security_group.app");

    SecurityGroupRule fromLb = rule(app, "ingress", 8080);
    assertThat(fromLb.getPeerGroup().raw())
        .isEqualTo(new Ref("plan.json", "aws_security_group.lb", Ref.Attribute.ID, "id"));
    assertThat(fromLb.getPeerGroup().location().line()).isEqualTo(55);
    assertThat(fromLb.getLocation().line()).isEqualTo(55);
    assertThat(model.resolve(fromLb.getPeerGroup(), SecurityGroup.class))
        .extracting(Resource::getId)
        .containsExactly("aws_security_group.lb");

    SecurityGroupRule ssh = rule(app, "ingress", 22);
    assertThat(ssh.getPeerGroup()).isNull();
    assertThat(ssh.getCidrIpv4().raw()).isEqualTo("192.0.2.0/24");
    assertThat(ssh.getLocation().line()).isEqualTo(55);
    assertThat(rule(app, "egress", 0).getLocation().line()).isEqualTo(67);
  }

  @Test
  void inlineBlocksInAModuleResolveRelativeToItAndThroughItsVariables() {
    Model model = parse(fixtures(), SG_PLAN, SG_TF, SG_MODULE_TF);
    SecurityGroup inModule = group(model, "module.app.aws_security_group.this");

    List<SecurityGroupRule> app =
        inModule.getRules().stream().filter(r -> r.getFromPort().num() == 8080).toList();
    assertThat(app)
        .extracting(r -> r.getPeerGroup().raw())
        .containsExactlyInAnyOrder(
            new Ref(SG_PLAN, "aws_security_group.lb", Ref.Attribute.ID, "id"),
            new Ref(SG_PLAN, "module.app.aws_security_group.peer", Ref.Attribute.ID, "id"));
    assertThat(app).extracting(r -> r.getPeerGroup().location().file()).containsOnly(SG_MODULE_TF);
    assertThat(app)
        .extracting(r -> r.getPeerGroup().location().line())
        .containsExactlyInAnyOrder(18, 25);

    List<SecurityGroupRule> other =
        inModule.getRules().stream().filter(r -> r.getFromPort().num() == 9000).toList();
    assertThat(other)
        .extracting(r -> r.getPeerGroup().raw())
        .containsExactly(
            new Ref(SG_PLAN, "module.app.aws_security_group.peer", Ref.Attribute.ID, "id"),
            "sg-0123456789abcdef0");
    assertThat(other).extracting(r -> r.getPeerGroup().location().line()).containsOnly(32);
    assertThat(other).extracting(r -> r.getLocation().line()).containsOnly(28);
  }

  @Test
  void withoutTheSourcesTheOnlyGroupReferencedGoesToTheOnlyRuleWithUnknownGroups() {
    Model model = parse(fixtures(), SG_PLAN);

    SecurityGroupRule fromLb = rule(group(model, "aws_security_group.app"), "ingress", 8080);
    assertThat(fromLb.getPeerGroup().raw())
        .isEqualTo(new Ref(SG_PLAN, "aws_security_group.lb", Ref.Attribute.ID, "id"));
    assertThat(fromLb.getPeerGroup().location().file()).isEqualTo(SG_PLAN);
    assertThat(fromLb.getPeerGroup().location().pointer())
        .isEqualTo(
            "aws_security_group.app /resource_changes/0/change/after_unknown/ingress/1/security_groups");

    // two groups referenced, three rules with unknown groups: no guess
    SecurityGroup inModule = group(model, "module.app.aws_security_group.this");
    assertThat(inModule.getRules())
        .hasSize(3)
        .allSatisfy(
            r -> {
              assertThat(r.getPeerGroup()).isNull();
              assertThat(r.getCidrIpv4()).isNull();
            });
  }

  // ---------------------------------------------------------------- encodings, wrapper text, bad
  // JSON

  private static final String SMALL =
      """
      {"format_version":"1.2","planned_values":{"root_module":{"resources":[{"address":"aws_lb.a","mode":"managed",\
      "type":"aws_lb","name":"a","values":{"name":"a","idle_timeout":120}}]}}}""";

  @Test
  void readsUtf16WithByteOrderMark() throws IOException {
    Path file = temp.resolve("utf16.json");
    byte[] body = SMALL.getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    Files.write(file, bytes);
    Model model = parse(temp, "utf16.json");
    assertThat(model.getProblems()).isEmpty();
    assertThat(loadBalancer(model).getIdleTimeout().raw()).isEqualTo(Duration.ofSeconds(120));
  }

  @Test
  void readsUtf8WithByteOrderMark() throws IOException {
    Files.write(temp.resolve("bom.json"), ("\uFEFF" + SMALL).getBytes(StandardCharsets.UTF_8));
    Model model = parse(temp, "bom.json");
    assertThat(model.getProblems()).isEmpty();
    assertThat(loadBalancer(model).getIdleTimeout().raw()).isEqualTo(Duration.ofSeconds(120));
  }

  @Test
  void skipsTerraformWrapperTextAroundTheJson() throws IOException {
    Files.writeString(
        temp.resolve("wrapped.json"),
        "[command]/tmp/terraform-bin show -json plan.tfplan\n"
            + SMALL
            + "%0A\n::set-output name=stderr::\n::set-output name=exitcode::0\n");
    Model model = parse(temp, "wrapped.json");
    assertThat(model.getProblems()).isEmpty();
    assertThat(loadBalancer(model).getIdleTimeout().location().line()).isEqualTo(2);
  }

  @Test
  void invalidJsonIsAProblemWithLineAndColumnAndOtherPlansAreStillRead() throws IOException {
    Files.writeString(
        temp.resolve("bad.json"),
        "{\"format_version\": \"1.2\",\n  \"planned_values\": {\n"
            + "    \"root_module\": [}\n}\n");
    Files.writeString(temp.resolve("good.json"), SMALL);
    Model model = parse(temp, "bad.json", "good.json");
    Problem problem = only(model.getProblems());
    assertThat(problem.location()).isEqualTo(Location.of("bad.json", 3, 21));
    assertThat(problem.message()).startsWith("invalid JSON: Unexpected close marker '}'");
    assertThat(model.getLoadBalancers()).extracting(Resource::getId).containsExactly("aws_lb.a");
  }

  @Test
  void contentAfterThePlanObjectIsAProblem() throws IOException {
    Files.writeString(temp.resolve("extra.json"), SMALL + "\n}},\n");
    Model model = parse(temp, "extra.json");
    assertThat(only(model.getProblems()).location().line()).isEqualTo(2);
    assertThat(model.getLoadBalancers()).isEmpty();
  }

  // ---------------------------------------------------------------- helpers

  /**
   * A plan is JSON, which has no comments: the parser records it as a file without directives, so
   * suppressions never read its text (a plan can be hundreds of megabytes) looking for them.
   */
  @Test
  void aPlanIsRecordedAsAFileWithoutDirectives() {
    Path root = fixtures();
    ParseContext context = ParseContext.of(root);
    new TerraformPlanParser()
        .parse(
            List.of(new SourceFile(root.resolve(PLAN), PLAN, SourceKind.TERRAFORM_PLAN)),
            context,
            new Model());
    assertThat(context.directives().covers(PLAN)).isTrue();
    assertThat(context.directives().of(PLAN)).isEmpty();
  }

  private static Model parseFixture(boolean withSources) {
    Path root = fixtures();
    List<String> files = withSources ? List.of(PLAN, ROOT_TF, API_TF, TG_TF) : List.of(PLAN);
    return parse(root, files.toArray(String[]::new));
  }

  static Model parse(Path root, String... relative) {
    List<SourceFile> files =
        Stream.of(relative)
            .map(
                r ->
                    new SourceFile(
                        root.resolve(r),
                        r,
                        r.endsWith(".tf")
                            ? SourceKind.TERRAFORM_SOURCE
                            : SourceKind.TERRAFORM_PLAN))
            .toList();
    Model model = new Model();
    new TerraformPlanParser().parse(files, ParseContext.of(root), model);
    return model;
  }

  private static Path fixtures() {
    try {
      return Path.of(TerraformPlanParserTest.class.getResource("/tfplan").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static LoadBalancer loadBalancer(Model model) {
    return only(model.getLoadBalancers());
  }

  private static SecurityGroup group(Model model, String address) {
    return only(model.getSecurityGroups().stream().filter(g -> g.getId().equals(address)).toList());
  }

  private static SecurityGroupRule rule(SecurityGroup group, String direction, int fromPort) {
    return only(
        group.getRules().stream()
            .filter(r -> r.getDirection().equals(direction) && r.getFromPort().num() == fromPort)
            .toList());
  }

  private static <T> T only(List<T> items) {
    assertThat(items).hasSize(1);
    return items.get(0);
  }
}
