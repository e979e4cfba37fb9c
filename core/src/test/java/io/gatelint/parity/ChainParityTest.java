/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parity;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.LintRequest;
import io.gatelint.LintResult;
import io.gatelint.Linter;
import io.gatelint.RepoPaths;
import io.gatelint.finding.Finding;
import io.gatelint.model.Chain;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stacks whose backends sit behind a load balancer, written once as a CloudFormation template
 * and once as Terraform (.tf sources and the plan of them), with the same nginx, Node and handler
 * sources: the linker builds chains of the same shape, and the cross-layer rules fire with the same
 * ids on the same logical resources. Infrastructure is compared through an explicit table of
 * CloudFormation logical id ↔ Terraform address; backends are the same files in both trees.
 */
class ChainParityTest {

  private static final Map<String, String> ECS_NGINX_EXPRESS =
      Map.ofEntries(
          Map.entry("AlarmTopic", "aws_sns_topic.alerts"),
          Map.entry("LbSecurityGroup", "aws_security_group.lb"),
          Map.entry("TaskSecurityGroup", "aws_security_group.tasks"),
          Map.entry("Lb", "aws_lb.orders"),
          Map.entry("HttpsListener", "aws_lb_listener.https"),
          Map.entry("OrdersTargetGroup", "aws_lb_target_group.orders"),
          Map.entry("TaskDefinition", "aws_ecs_task_definition.orders"),
          Map.entry("Service", "aws_ecs_service.orders"),
          Map.entry("Target5xxAlarm", "aws_cloudwatch_metric_alarm.target_5xx"),
          Map.entry("UnhealthyHostsAlarm", "aws_cloudwatch_metric_alarm.unhealthy_hosts"),
          Map.entry("LatencyAlarm", "aws_cloudwatch_metric_alarm.latency"));

  private static final Map<String, String> ECS_FASTIFY_TS =
      Map.ofEntries(
          Map.entry("AlarmTopic", "aws_sns_topic.alerts"),
          Map.entry("LbSecurityGroup", "aws_security_group.lb"),
          Map.entry("TaskSecurityGroup", "aws_security_group.tasks"),
          Map.entry("Lb", "aws_lb.catalog"),
          Map.entry("HttpsListener", "aws_lb_listener.https"),
          Map.entry("CatalogTargetGroup", "aws_lb_target_group.catalog"),
          Map.entry("TaskDefinition", "aws_ecs_task_definition.catalog"),
          Map.entry("Service", "aws_ecs_service.catalog"),
          Map.entry("Target5xxAlarm", "aws_cloudwatch_metric_alarm.target_5xx"),
          Map.entry("UnhealthyHostsAlarm", "aws_cloudwatch_metric_alarm.unhealthy_hosts"),
          Map.entry("LatencyAlarm", "aws_cloudwatch_metric_alarm.latency"));

  private static final Map<String, String> EC2_NGINX =
      Map.ofEntries(
          Map.entry("AlarmTopic", "aws_sns_topic.alerts"),
          Map.entry("LbSecurityGroup", "aws_security_group.lb"),
          Map.entry("InstanceSecurityGroup", "aws_security_group.instances"),
          Map.entry("Lb", "aws_lb.reports"),
          Map.entry("HttpsListener", "aws_lb_listener.https"),
          Map.entry("ReportsTargetGroup", "aws_lb_target_group.reports"),
          Map.entry("LaunchTemplate", "aws_launch_template.reports"),
          Map.entry("ReportsGroup", "aws_autoscaling_group.reports"),
          Map.entry("Target5xxAlarm", "aws_cloudwatch_metric_alarm.target_5xx"),
          Map.entry("UnhealthyHostsAlarm", "aws_cloudwatch_metric_alarm.unhealthy_hosts"),
          Map.entry("LatencyAlarm", "aws_cloudwatch_metric_alarm.latency"));

  private static final Map<String, String> LAMBDA_TARGET =
      Map.ofEntries(
          Map.entry("AlarmTopic", "aws_sns_topic.alerts"),
          Map.entry("LbSecurityGroup", "aws_security_group.lb"),
          Map.entry("Lb", "aws_lb.quotes"),
          Map.entry("HttpsListener", "aws_lb_listener.https"),
          Map.entry("QuotesTargetGroup", "aws_lb_target_group.quotes"),
          Map.entry("QuotesFunction", "aws_lambda_function.quotes"),
          Map.entry("QuotesInvokePermission", "aws_lambda_permission.quotes_from_lb"),
          Map.entry("Target5xxAlarm", "aws_cloudwatch_metric_alarm.target_5xx"),
          Map.entry("UnhealthyHostsAlarm", "aws_cloudwatch_metric_alarm.unhealthy_hosts"),
          Map.entry("LatencyAlarm", "aws_cloudwatch_metric_alarm.latency"));

  /**
   * The module fixture: for_each target groups and dynamic listener actions in a module, security
   * groups from a counted module, in Terraform; plain resources in CloudFormation.
   */
  private static final Map<String, String> MODULES =
      Map.ofEntries(
          Map.entry("AlarmTopic", "aws_sns_topic.alerts"),
          Map.entry("LbSecurityGroup", "module.sg_lb.aws_security_group.this[0]"),
          Map.entry("LbHttpsIngress", "aws_security_group_rule.lb_https"),
          Map.entry("TaskSecurityGroup", "module.sg_tasks.aws_security_group.this[0]"),
          Map.entry("OrdersPublicIngress", "aws_security_group_rule.orders_public"),
          Map.entry("AdminSecurityGroup", "module.sg_admin.aws_security_group.this[0]"),
          Map.entry("Lb", "module.alb.aws_lb.this"),
          Map.entry("HttpsListener", "module.alb.aws_lb_listener.https"),
          Map.entry("AdminRule", "module.alb.aws_lb_listener_rule.this[\"admin\"]"),
          Map.entry("OrdersTargetGroup", "module.alb.aws_lb_target_group.this[\"orders\"]"),
          Map.entry("AdminTargetGroup", "module.alb.aws_lb_target_group.this[\"admin\"]"),
          Map.entry("OrdersTaskDefinition", "aws_ecs_task_definition.orders"),
          Map.entry("OrdersService", "aws_ecs_service.orders"),
          Map.entry("AdminTaskDefinition", "aws_ecs_task_definition.admin"),
          Map.entry("AdminService", "aws_ecs_service.admin"),
          Map.entry("Target5xxAlarm", "aws_cloudwatch_metric_alarm.target_5xx"),
          Map.entry("LatencyAlarm", "aws_cloudwatch_metric_alarm.latency"));

  static Stream<Arguments> twins() {
    return Stream.of(
        Arguments.of(
            "ecs-nginx-express/bad",
            "ecs-nginx-express-terraform/bad",
            ECS_NGINX_EXPRESS,
            List.of(
                "GL010 aws_lb_target_group.orders", "GL014 aws_lb_target_group.orders",
                "GL015 aws_lb_target_group.orders", "GL021 aws_lb_target_group.orders")),
        Arguments.of(
            "ecs-nginx-express/good",
            "ecs-nginx-express-terraform/good",
            ECS_NGINX_EXPRESS,
            List.of()),
        Arguments.of(
            "ecs-fastify-ts/bad",
            "ecs-fastify-ts-terraform/bad",
            ECS_FASTIFY_TS,
            List.of(
                "GL011 aws_lb_target_group.catalog",
                "GL014 aws_lb_target_group.catalog",
                "GL022 aws_lb_target_group.catalog")),
        Arguments.of(
            "ecs-fastify-ts/good", "ecs-fastify-ts-terraform/good", ECS_FASTIFY_TS, List.of()),
        Arguments.of(
            "ec2-nginx/bad",
            "ec2-nginx-terraform/bad",
            EC2_NGINX,
            List.of("GL013 reports_backend", "GL022 aws_lb_target_group.reports")),
        Arguments.of("ec2-nginx/good", "ec2-nginx-terraform/good", EC2_NGINX, List.of()),
        Arguments.of(
            "lambda-target/bad",
            "lambda-target-terraform/bad",
            LAMBDA_TARGET,
            List.of(
                "GL040 aws_lb.quotes",
                "GL050 aws_lb_target_group.quotes",
                "GL051 aws_lambda_function.quotes")),
        Arguments.of(
            "lambda-target/good", "lambda-target-terraform/good", LAMBDA_TARGET, List.of()),
        Arguments.of(
            "tf-modules-cloudformation/bad",
            "tf-modules-terraform/bad",
            MODULES,
            List.of(
                "GL010 module.alb.aws_lb_target_group.this[\"orders\"]",
                "GL014 module.alb.aws_lb_target_group.this[\"orders\"]",
                "GL015 module.alb.aws_lb_target_group.this[\"orders\"]",
                "GL030 module.sg_tasks.aws_security_group.this[0]",
                "GL031 module.sg_admin.aws_security_group.this[0]",
                "GL041 module.alb.aws_lb_target_group.this[\"admin\"]",
                "GL041 module.alb.aws_lb_target_group.this[\"orders\"]")),
        Arguments.of(
            "tf-modules-cloudformation/good", "tf-modules-terraform/good", MODULES, List.of()));
  }

  @ParameterizedTest(name = "{0} ↔ {1}")
  @MethodSource("twins")
  void sameRulesOnTheSameResources(
      String cfn, String terraform, Map<String, String> table, List<String> expected) {
    LintResult template = lint(cfn);
    LintResult plan = lint(terraform);
    List<String> fromTemplate = findings(template, id -> translate(table, id));
    List<String> fromPlan = findings(plan, UnaryOperator.identity());
    assertThat(fromPlan).containsExactlyInAnyOrderElementsOf(fromTemplate);
    assertThat(kinds(fromPlan)).containsExactlyInAnyOrderElementsOf(expected);
  }

  @ParameterizedTest(name = "{0} ↔ {1}")
  @MethodSource("twins")
  void chainsOfTheSameShape(
      String cfn, String terraform, Map<String, String> table, List<String> expected) {
    LintResult template = lint(cfn);
    LintResult plan = lint(terraform);
    assertThat(template.chains()).as("chains of " + cfn).isNotEmpty();
    List<List<String>> fromTemplate =
        template.chains().stream().map(c -> shape(c, id -> translate(table, id))).toList();
    List<List<String>> fromPlan =
        plan.chains().stream().map(c -> shape(c, UnaryOperator.identity())).toList();
    assertThat(fromPlan).containsExactlyInAnyOrderElementsOf(fromTemplate);
    for (Chain c : plan.chains()) {
      assertThat(c.getEvidence())
          .as("evidence for " + c.describe())
          .hasSameSizeAs(
              template.chains().stream()
                  .filter(
                      t ->
                          shape(t, id -> translate(table, id))
                              .equals(shape(c, UnaryOperator.identity())))
                  .findFirst()
                  .orElseThrow()
                  .getEvidence());
    }
    assertThat(plan.unlinked().stream().map(ChainParityTest::withoutLocation).toList())
        .as("unlinked in " + terraform)
        .isEqualTo(
            template.unlinked().stream()
                .map(u -> withoutLocation(translateWords(table, u)))
                .toList());
    // the module fixture's admin container is not in the tree: its target group reaches no backend
    // in either format
    if (table != MODULES) assertThat(plan.unlinked()).as("unlinked in " + terraform).isEmpty();
  }

  /** The hops of a chain: infrastructure by (translated) id, backends by file, line and kind. */
  private static List<String> shape(Chain c, UnaryOperator<String> id) {
    List<String> hops = new ArrayList<>();
    hops.add("load balancer " + id.apply(c.getLoadBalancer().getId()));
    hops.add("target group " + id.apply(c.getTargetGroup().getId()));
    if (c.getEcsService() != null) hops.add("ECS service " + id.apply(c.getEcsService().getId()));
    if (c.getTrafficPort() != null && c.getTrafficPort().isNumber())
      hops.add("traffic port " + c.getTrafficPort().text());
    if (c.getProxyServer() != null)
      hops.add("nginx server " + c.getProxyServer().getLocation().display());
    if (c.getProxyLocation() != null) hops.add("location " + c.getProxyLocation().getPath());
    if (c.getUpstream() != null) hops.add("upstream " + c.getUpstream().getId());
    if (c.getAppServer() != null) {
      hops.add(
          c.getAppServer().getFramework() + " server " + c.getAppServer().getLocation().display());
    }
    if (c.getLambdaFunction() != null)
      hops.add("Lambda " + id.apply(c.getLambdaFunction().getId()));
    if (c.getLambdaHandler() != null) {
      hops.add(
          "handler "
              + c.getLambdaHandler().getFile()
              + " export "
              + c.getLambdaHandler().getExportName());
    }
    return hops;
  }

  /**
   * (rule id, resource) of each active finding — a finding about a chain names its target group or
   * Lambda function — with the file and line when the finding points into a backend source, which
   * is the same file in both trees.
   */
  private static List<String> findings(LintResult result, UnaryOperator<String> id) {
    List<String> out = new ArrayList<>();
    for (Finding f : result.active()) {
      assertThat(f.resource())
          .as("finding " + f.ruleId() + " at " + f.location() + " names its resource")
          .isNotEmpty();
      String file = f.location().file();
      boolean infrastructure = file.endsWith(".yaml") || file.endsWith(".tf");
      // a finding about a backend alone (GL013: an nginx upstream) is named the same in both trees
      String resource = f.ruleId().equals("GL013") ? f.resource() : id.apply(f.resource());
      String at = infrastructure ? "" : " at " + file + ":" + f.location().line();
      // findings that differ only by a module's instance are one finding listing the instances;
      // the template has one finding per resource
      Matcher grouped = INSTANCES.matcher(f.message());
      if (resource.endsWith("[*]") && grouped.find()) {
        for (String instance : grouped.group(1).split(", "))
          out.add(f.ruleId() + " " + instance + at);
        continue;
      }
      out.add(f.ruleId() + " " + resource + at);
    }
    return out;
  }

  /** The instances a grouped finding lists at the end of its message. */
  private static final Pattern INSTANCES = Pattern.compile(" Instances: (.+)\\.$");

  /**
   * "GL010 aws_lb_target_group.orders at deploy/nginx/nginx.conf:15" → "GL010
   * aws_lb_target_group.orders".
   */
  private static List<String> kinds(List<String> findings) {
    return findings.stream().map(f -> f.replaceFirst(" at .*$", "")).toList();
  }

  /** A text with every logical id of the table, as a whole word, replaced by its twin address. */
  private static String translateWords(Map<String, String> table, String text) {
    String out = text;
    for (Map.Entry<String, String> e : table.entrySet()) {
      out =
          out.replaceAll(
              "\\b" + Pattern.quote(e.getKey()) + "\\b", Matcher.quoteReplacement(e.getValue()));
    }
    return out;
  }

  /** "… (infra/main.tf:164)" → "…": the file and line differ between the twins. */
  private static String withoutLocation(String unlinked) {
    return unlinked.replaceFirst(" \\([^()]+:\\d+\\)$", "");
  }

  private static String translate(Map<String, String> table, String logicalId) {
    assertThat(table).as("the twin table knows " + logicalId).containsKey(logicalId);
    return table.get(logicalId);
  }

  private static LintResult lint(String fixture) {
    Path dir = RepoPaths.fixtures().resolve(fixture);
    LintResult result = new Linter().lint(LintRequest.of(dir));
    assertThat(result.errors()).as("rule evaluation errors in " + dir).isEmpty();
    return result;
  }
}
