/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.model.Alarm;
import io.gatelint.model.LoadBalancer;
import io.gatelint.model.Model;
import io.gatelint.model.Resource;
import io.gatelint.model.TargetGroup;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which resources the AWS/ApplicationELB alarms watch, and which dimensions dangle (GL040–GL044).
 */
class AlarmCoverageTest {

  private static final String FIVE_XX =
      "HTTPCode_Target_5XX_Count,HTTPCode_ELB_5XX_Count,HTTPCode_ELB_502_Count,HTTPCode_ELB_504_Count";
  private static final String HOSTS = "UnHealthyHostCount,HealthyHostCount";

  @TempDir Path dir;

  @Test
  void goodFixtureLinksFullNamesAndLiteralsByNameAndLeavesComputedValuesUnchecked() {
    Model model = FixtureModels.fixture("network-alarms/good");
    AlarmCoverage coverage = FixtureModels.facts(model).getAlarmCoverage();

    assertThat(coverage.getReferences())
        .extracting(AlarmReference::toString)
        .containsExactly(
            "Api5xxAlarm LoadBalancer dimension ApiLoadBalancer.LoadBalancerFullName: LINKED (links to ApiLoadBalancer)",
            "ApiUnhealthyAlarm LoadBalancer dimension app/api/50dc6c495c0c9188: LINKED (names ApiLoadBalancer)",
            "ApiUnhealthyAlarm TargetGroup dimension targetgroup/api-tg/73e2d6bc24d8a067: LINKED (names ApiTargetGroup)",
            "AdminHealthyAlarm LoadBalancer dimension ApiLoadBalancer.LoadBalancerFullName: LINKED (links to ApiLoadBalancer)",
            "AdminHealthyAlarm TargetGroup dimension AdminTargetGroup.TargetGroupFullName: LINKED (links to AdminTargetGroup)",
            // !Select [1, !Split ["loadbalancer/", !Ref Lb]] cannot be evaluated before deploy
            "ApiLatencyAlarm LoadBalancer dimension unknown: UNCHECKED (unknown)");
    LoadBalancer lb = model.getLoadBalancers().get(0);
    assertThat(coverage.watching(lb, FIVE_XX))
        .extracting(Resource::getId)
        .containsExactly("Api5xxAlarm");
    assertThat(coverage.watching(lb, "TargetResponseTime"))
        .extracting(Resource::getId)
        .containsExactly("ApiLatencyAlarm");
    assertThat(coverage.getHealthCheckedTargetGroups())
        .extracting(Resource::getId)
        .containsExactly("ApiTargetGroup", "AdminTargetGroup");
    assertThat(coverage.getHealthCheckedTargetGroups())
        .allSatisfy(tg -> assertThat(coverage.watching(tg, HOSTS)).hasSize(1));
  }

  @Test
  void badFixtureDanglesOnArnsNamesCapitalisationAndTargetGroupAlone() {
    Model model = FixtureModels.fixture("network-alarms/bad");
    AlarmCoverage coverage = FixtureModels.facts(model).getAlarmCoverage();

    assertThat(coverage.getDanglingReferences())
        .extracting(
            r ->
                r.getAlarm().getId()
                    + " "
                    + r.getPart()
                    + " line "
                    + r.getValue().location().line())
        .containsExactly(
            "Api5xxAlarm LoadBalancer dimension line 89",
            "ApiUnhealthyAlarm metric name line 113",
            "ApiHealthyAlarm TargetGroup dimension line 132",
            "ApiHostsByArnAlarm LoadBalancer dimension line 146",
            "ApiHostsByArnAlarm TargetGroup dimension line 148");
    TargetGroup apiTg = model.getTargetGroups().get(0);
    assertThat(apiTg.getId()).isEqualTo("ApiTargetGroup");
    assertThat(coverage.watching(apiTg, HOSTS)).isEmpty();
    LoadBalancer api = model.getLoadBalancers().get(0);
    assertThat(coverage.watching(api, FIVE_XX))
        .extracting(Resource::getId)
        .containsExactly("ApiTarget5xxAlarm");
    // a metric-math MetricStat with a literal app/api/… that names the load balancer
    assertThat(coverage.watching(api, "TargetResponseTime"))
        .extracting(Resource::getId)
        .containsExactly("ApiLatencyAlarm");
    Alarm latency =
        model.getAlarms().stream()
            .filter(a -> a.getId().equals("ApiLatencyAlarm"))
            .findFirst()
            .orElseThrow();
    assertThat(coverage.reads(latency, "TargetResponseTime")).isTrue();
    assertThat(coverage.metricsRead(latency)).isEqualTo("TargetResponseTime");
  }

  @Test
  void terraformArnSuffixLinksAndArnOrNameDangles() {
    assertThat(
            FixtureModels.facts(FixtureModels.plan("sg-terraform-style/good"))
                .getAlarmCoverage()
                .getDanglingReferences())
        .isEmpty();
    assertThat(
            FixtureModels.facts(FixtureModels.plan("sg-terraform-style/bad"))
                .getAlarmCoverage()
                .getReferences())
        .extracting(AlarmReference::toString)
        .containsExactly(
            "aws_cloudwatch_metric_alarm.api_elb_5xx LoadBalancer dimension aws_lb.api.arn: DANGLING "
                + "(aws_lb.api.arn is an ARN; the value must be app/NAME/ID (LoadBalancerFullName, arn_suffix))",
            "aws_cloudwatch_metric_alarm.api_target_5xx LoadBalancer dimension aws_lb.api.arn_suffix: LINKED (links to aws_lb.api)",
            "aws_cloudwatch_metric_alarm.api_unhealthy LoadBalancer dimension aws_lb.api.arn_suffix: LINKED (links to aws_lb.api)",
            "aws_cloudwatch_metric_alarm.api_unhealthy TargetGroup dimension aws_lb_target_group.api.name: DANGLING "
                + "(aws_lb_target_group.api.name is a name; the value must be targetgroup/NAME/ID (TargetGroupFullName, arn_suffix))",
            "aws_cloudwatch_metric_alarm.api_latency LoadBalancer dimension aws_lb.api.arn_suffix: LINKED (links to aws_lb.api)");
  }

  @Test
  void everyConditionVariantOfATargetGroupIsWatchedByOneAlarm() {
    Model model =
        FixtureModels.template(
            dir,
            template("Value: !GetAtt Lb.LoadBalancerFullName")
                    .replace(
                        "      Port: 8080\n",
                        "      Port: 8080\n      HealthCheckIntervalSeconds: !If [IsProd, 30, 10]\n")
                    .replace(
                        "Resources:\n",
                        "Conditions:\n  IsProd: !Equals [!Ref Env, prod]\nResources:\n")
                    .replace(
                        "Parameters:\n",
                        "Parameters:\n  Env:\n    Type: String\n    Default: dev\n")
                + """
          Hosts:
            Type: AWS::CloudWatch::Alarm
            Properties:
              Namespace: AWS/ApplicationELB
              MetricName: UnHealthyHostCount
              Dimensions:
                - {Name: LoadBalancer, Value: !GetAtt Lb.LoadBalancerFullName}
                - {Name: TargetGroup, Value: !GetAtt Tg.TargetGroupFullName}
        """);

    assertThat(model.getTargetGroups()).hasSize(2);
    assertThat(FixtureModels.facts(model).getAlarmCoverage().getHealthCheckedTargetGroups())
        .hasSize(2)
        .allSatisfy(
            tg ->
                assertThat(FixtureModels.facts(model).getAlarmCoverage().watching(tg, HOSTS))
                    .extracting(Resource::getId)
                    .containsExactly("Hosts"));
  }

  @Test
  void aLiteralNamingAnotherLoadBalancerDoesNotWatchButIsNotDangling() {
    Model model = FixtureModels.template(dir, template("Value: app/other/50dc6c495c0c9188"));

    assertThat(FixtureModels.facts(model).getAlarmCoverage().getDanglingReferences()).isEmpty();
    assertThat(
            FixtureModels.facts(model)
                .getAlarmCoverage()
                .watching(model.getLoadBalancers().get(0), FIVE_XX))
        .isEmpty();
  }

  @Test
  void aLiteralMayWatchALoadBalancerWhoseNameIsGenerated() {
    Model model =
        FixtureModels.template(
            dir, template("Value: app/other/50dc6c495c0c9188").replace("      Name: api\n", ""));

    assertThat(
            FixtureModels.facts(model)
                .getAlarmCoverage()
                .watching(model.getLoadBalancers().get(0), FIVE_XX))
        .hasSize(1);
  }

  @Test
  void nameIdAndTargetGroupFullNameInTheLoadBalancerDimensionDangle() {
    for (String value :
        List.of(
            "Value: !GetAtt Lb.LoadBalancerName",
            "Value: !GetAtt Tg.TargetGroupFullName",
            "Value: !GetAtt Lb.LoadBalancerArn",
            "Value: loadbalancer/app/api/1")) {
      Model model = FixtureModels.template(dir, template(value));
      assertThat(FixtureModels.facts(model).getAlarmCoverage().getDanglingReferences())
          .as(value)
          .hasSize(1);
      assertThat(
              FixtureModels.facts(model)
                  .getAlarmCoverage()
                  .watching(model.getLoadBalancers().get(0), FIVE_XX))
          .as(value)
          .isEmpty();
    }
  }

  @Test
  void importedAndParameterValuesWithoutDefaultAreUncheckedAndCountAsWatching() {
    for (String value :
        List.of("Value: !ImportValue shared-lb-full-name", "Value: !Ref LbFullName")) {
      Model model = FixtureModels.template(dir, template(value));
      assertThat(FixtureModels.facts(model).getAlarmCoverage().getDanglingReferences())
          .as(value)
          .isEmpty();
      assertThat(
              FixtureModels.facts(model)
                  .getAlarmCoverage()
                  .watching(model.getLoadBalancers().get(0), FIVE_XX))
          .as(value)
          .hasSize(1);
    }
  }

  @Test
  void aTemplateWithoutLoadBalancersHasNoTargetGroupsToWatch() {
    Model model =
        FixtureModels.template(
            dir,
            """
        Resources:
          Alarm:
            Type: AWS::CloudWatch::Alarm
            Properties:
              Namespace: AWS/ApplicationELB
              MetricName: HTTPCode_ELB_5XX_Count
              Dimensions: [{Name: LoadBalancer, Value: app/api/1}]
        """);

    assertThat(FixtureModels.facts(model).getAlarmCoverage().getHealthCheckedTargetGroups())
        .isEmpty();
    assertThat(FixtureModels.facts(model).getAlarmCoverage().getDanglingReferences()).isEmpty();
  }

  /**
   * A load balancer named api, a target group behind it and one 5xx alarm whose LoadBalancer
   * dimension is given.
   */
  private static String template(String dimensionValue) {
    return """
        Parameters:
          LbFullName:
            Type: String
        Resources:
          Lb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Name: api
          Listener:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              LoadBalancerArn: !Ref Lb
              DefaultActions: [{Type: forward, TargetGroupArn: !Ref Tg}]
          Tg:
            Type: AWS::ElasticLoadBalancingV2::TargetGroup
            Properties:
              Port: 8080
          Alarm:
            Type: AWS::CloudWatch::Alarm
            Properties:
              Namespace: AWS/ApplicationELB
              MetricName: HTTPCode_ELB_5XX_Count
              Dimensions:
                - Name: LoadBalancer
                  %s
        """
        .formatted(dimensionValue);
  }

  @Test
  void targetGroupsBehindAnUnknownListenerNeedTheAlarmUnlessPlaceholderOrNotHttp() {
    Model model =
        FixtureModels.template(
            dir,
            """
            Parameters:
              ListenerArn: {Type: String}
              LoadBalancerFullName: {Type: String}
            Resources:
              Orders:
                Type: AWS::ElasticLoadBalancingV2::TargetGroup
                Properties:
                  Protocol: HTTP
                  Port: 3000
                  TargetType: ip
                  Targets: [{Id: 10.0.0.1}]
              Tcp:
                Type: AWS::ElasticLoadBalancingV2::TargetGroup
                Properties:
                  Protocol: TCP
                  Port: 3000
                  TargetType: ip
                  Targets: [{Id: 10.0.0.2}]
              Dummy:
                Type: AWS::ElasticLoadBalancingV2::TargetGroup
                Properties:
                  Protocol: HTTP
                  Port: 80
              Rule:
                Type: AWS::ElasticLoadBalancingV2::ListenerRule
                Properties:
                  ListenerArn: !Ref ListenerArn
                  Priority: 10
                  Conditions: [{Field: path-pattern, Values: [/orders*]}]
                  Actions: [{Type: forward, TargetGroupArn: !Ref Orders}]
            """);
    AlarmCoverage coverage = FixtureModels.facts(model).getAlarmCoverage();

    // the network load balancer's group reports to AWS/NetworkELB; Dummy has no targets
    assertThat(coverage.getHealthCheckedTargetGroups())
        .extracting(Resource::getId)
        .containsExactly("Orders");
  }

  @Test
  void anAlarmWithAnyLoadBalancerDimensionWatchesAGroupWhoseLoadBalancerIsUnknown() {
    Model model =
        FixtureModels.template(
            dir,
            """
            Parameters:
              ListenerArn: {Type: String}
              LoadBalancerFullName: {Type: String}
            Resources:
              Orders:
                Type: AWS::ElasticLoadBalancingV2::TargetGroup
                Properties:
                  Protocol: HTTP
                  Port: 3000
                  Targets: [{Id: 10.0.0.1}]
              Hosts:
                Type: AWS::CloudWatch::Alarm
                Properties:
                  Namespace: AWS/ApplicationELB
                  MetricName: UnHealthyHostCount
                  Dimensions:
                    - {Name: LoadBalancer, Value: !Ref LoadBalancerFullName}
                    - {Name: TargetGroup, Value: !GetAtt Orders.TargetGroupFullName}
            """);
    AlarmCoverage coverage = FixtureModels.facts(model).getAlarmCoverage();

    TargetGroup orders = model.getTargetGroups().get(0);
    assertThat(coverage.getHealthCheckedTargetGroups()).containsExactly(orders);
    assertThat(coverage.watching(orders, HOSTS))
        .extracting(Resource::getId)
        .containsExactly("Hosts");
  }
}
