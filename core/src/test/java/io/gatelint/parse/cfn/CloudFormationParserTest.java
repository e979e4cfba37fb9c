/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.cfn;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.facts.Admission;
import io.gatelint.facts.Facts;
import io.gatelint.facts.FactsBuilder;
import io.gatelint.facts.NetworkPath;
import io.gatelint.model.Alarm;
import io.gatelint.model.AlarmMetric;
import io.gatelint.model.Container;
import io.gatelint.model.EcsService;
import io.gatelint.model.HealthCheck;
import io.gatelint.model.LambdaFunction;
import io.gatelint.model.Listener;
import io.gatelint.model.ListenerRule;
import io.gatelint.model.LoadBalancer;
import io.gatelint.model.Location;
import io.gatelint.model.Model;
import io.gatelint.model.Origin;
import io.gatelint.model.Problem;
import io.gatelint.model.Ref;
import io.gatelint.model.Resource;
import io.gatelint.model.SecurityGroup;
import io.gatelint.model.SecurityGroupRule;
import io.gatelint.model.Target;
import io.gatelint.model.TargetGroup;
import io.gatelint.model.TaskDefinition;
import io.gatelint.model.Value;
import io.gatelint.parse.ParseContext;
import io.gatelint.source.SourceFile;
import io.gatelint.source.SourceKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** CloudFormation templates into the model: defaults, references, variants, robustness. */
class CloudFormationParserTest {

  private static final String F = "stack.yaml";

  @TempDir Path temp;

  // ------------------------------------------------------------------ helpers

  private Model parse(String name, String text) {
    return parse(name, text.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  private Model parse(String name, String text, Map<String, String> parameters) {
    return parse(name, text.getBytes(StandardCharsets.UTF_8), parameters);
  }

  private Model parse(String name, byte[] bytes, Map<String, String> parameters) {
    try {
      Path file = temp.resolve(name);
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
      ParseContext context = new ParseContext(temp, parameters, OptionalInt.empty());
      Model model = new Model();
      new CloudFormationParser()
          .parse(
              List.of(new SourceFile(file, context.relativize(file), SourceKind.CLOUDFORMATION)),
              context,
              model);
      return model;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T only(List<T> items) {
    assertThat(items).hasSize(1);
    return items.get(0);
  }

  private static <R extends Resource> R byId(List<R> items, String id) {
    return only(items.stream().filter(r -> r.getId().equals(id)).toList());
  }

  private static void isDefault(Value<?> v, Object raw, String note, Location at) {
    assertThat(v.raw()).isEqualTo(raw);
    assertThat(v.origin().kind()).isEqualTo(Origin.Kind.DEFAULT);
    assertThat(v.origin().note()).isEqualTo(note);
    assertThat(v.location()).isEqualTo(at);
  }

  private static void isExplicit(Value<?> v, Object raw, int line, int column) {
    assertThat(v.raw()).isEqualTo(raw);
    assertThat(v.origin().kind()).isEqualTo(Origin.Kind.EXPLICIT);
    assertThat(v.location()).isEqualTo(Location.of(F, line, column));
  }

  private static Location at(int line, int column) {
    return Location.of(F, line, column);
  }

  // ------------------------------------------------------------------ load balancer defaults,
  // parameters, NoValue

  @Test
  void aLoadBalancerWithoutAttributesHasTheAlbDefaults() {
    Model model =
        parse(
            F,
            """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          Lb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Subnets: [subnet-a, subnet-b]
        """);
    LoadBalancer lb = only(model.getLoadBalancers());
    assertThat(lb.getLocation()).isEqualTo(at(3, 3));
    assertThat(lb.getVariant()).isEmpty();
    assertThat(lb.getLabel()).isEqualTo("Lb");
    isDefault(
        lb.getIdleTimeout(), Duration.ofSeconds(60), "ALB default idle timeout 60s", at(3, 3));
    assertThat(lb.getIdleTimeout().unit()).isEqualTo(Value.Unit.SECONDS);
    assertThat(lb.getIdleTimeout().millis()).isEqualTo(60_000L);
    assertThat(lb.getIdleTimeout().describe())
        .isEqualTo("60 s (ALB default idle timeout 60s; not set at stack.yaml:3)");
    isDefault(lb.getAccessLogsEnabled(), false, "ALB default: access logs off", at(3, 3));
    isDefault(
        lb.getDropInvalidHeaderFields(),
        false,
        "ALB default: invalid header fields are forwarded",
        at(3, 3));
    isDefault(
        lb.getClientKeepAlive(),
        Duration.ofSeconds(3600),
        "ALB default client keep-alive 3600s",
        at(3, 3));
    isDefault(lb.getType(), "application", "default type application", at(3, 3));
    isDefault(
        lb.getSecurityGroupsDeclared(),
        false,
        "no SecurityGroups: the VPC's default security group",
        at(3, 3));
    assertThat(lb.getAccessLogsBucket().isKnown()).isFalse();
    assertThat(model.getProblems()).isEmpty();
  }

  @Test
  void attributesAreReadAsWrittenAndADefaultPointsAtTheResourceThatLeavesItOut() {
    Model model =
        parse(
            F,
            """
        Resources:
          Lb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes:
                - Key: idle_timeout.timeout_seconds
                  Value: "120"
                - Key: routing.http.drop_invalid_header_fields.enabled
                  Value: true
        """);
    LoadBalancer lb = only(model.getLoadBalancers());
    isExplicit(lb.getIdleTimeout(), Duration.ofSeconds(120), 7, 18);
    assertThat(lb.getIdleTimeout().millis()).isEqualTo(120_000L);
    isExplicit(lb.getDropInvalidHeaderFields(), true, 9, 18);
    // the attribute list does not set access logs: the default points at the resource, not at it
    isDefault(lb.getAccessLogsEnabled(), false, "ALB default: access logs off", at(2, 3));
  }

  @Test
  void aParameterDefaultAndAConfigOverrideCarryTheirProvenance() {
    String text =
        """
        Parameters:
          IdleTimeoutSeconds:
            Type: Number
            Default: 120
        Resources:
          Lb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes:
                - Key: idle_timeout.timeout_seconds
                  Value: !Ref IdleTimeoutSeconds
        """;
    Value<Duration> byDefault = only(parse(F, text).getLoadBalancers()).getIdleTimeout();
    assertThat(byDefault.raw()).isEqualTo(Duration.ofSeconds(120));
    assertThat(byDefault.origin().kind()).isEqualTo(Origin.Kind.PARAMETER);
    assertThat(byDefault.origin().note()).isEqualTo("parameter IdleTimeoutSeconds default");
    assertThat(byDefault.location()).isEqualTo(at(4, 14));
    assertThat(byDefault.millis()).isEqualTo(120_000L);

    Value<Duration> overridden =
        only(parse(F, text, Map.of("IdleTimeoutSeconds", "300")).getLoadBalancers())
            .getIdleTimeout();
    assertThat(overridden.raw()).isEqualTo(Duration.ofSeconds(300));
    assertThat(overridden.millis()).isEqualTo(300_000L);
    assertThat(overridden.origin().kind()).isEqualTo(Origin.Kind.PARAMETER);
    assertThat(overridden.origin().note())
        .isEqualTo("parameter IdleTimeoutSeconds from gatelint.yml");
    assertThat(overridden.location()).isEqualTo(at(11, 18));
  }

  @Test
  void unknownIntrinsicsLeaveTheSettingUnknownNotDefaulted() {
    Model model =
        parse(
            F,
            """
        Parameters:
          NoDefault:
            Type: Number
          FromSsm:
            Type: AWS::SSM::Parameter::Value<String>
            Default: /lb/idle
        Resources:
          A:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes:
                - {Key: idle_timeout.timeout_seconds, Value: !ImportValue SharedIdle}
                - {Key: access_logs.s3.enabled, Value: !Ref NoDefault}
                - {Key: routing.http.drop_invalid_header_fields.enabled, Value: !Ref FromSsm}
                - {Key: client_keep_alive.seconds, Value: !Ref "AWS::Region"}
        """);
    LoadBalancer lb = only(model.getLoadBalancers());
    assertThat(lb.getIdleTimeout().isKnown()).isFalse();
    assertThat(lb.getIdleTimeout().origin().kind()).isEqualTo(Origin.Kind.UNKNOWN);
    assertThat(lb.getIdleTimeout().millis()).isEqualTo(-1L);
    assertThat(lb.getIdleTimeout().location()).isEqualTo(at(12, 54));
    assertThat(lb.getAccessLogsEnabled().isKnown()).isFalse();
    assertThat(lb.getDropInvalidHeaderFields().isKnown()).isFalse();
    assertThat(lb.getClientKeepAlive().isKnown()).isFalse();
  }

  @Test
  void noValueRemovesThePropertySoItsDefaultAppliesAndRemovesListItems() {
    Model model =
        parse(
            F,
            """
        Resources:
          Lb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              SecurityGroups: [!Ref Sg, !Ref AWS::NoValue]
              LoadBalancerAttributes:
                - Key: idle_timeout.timeout_seconds
                  Value: !Ref AWS::NoValue
                - Key: access_logs.s3.enabled
                  Value: "true"
          Sg:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: lb
              SecurityGroupEgress: !Ref AWS::NoValue
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Timeout: !Ref AWS::NoValue
          Tg:
            Type: AWS::ElasticLoadBalancingV2::TargetGroup
            Properties:
              Protocol: HTTP
              Port: 80
              Matcher: !Ref AWS::NoValue
              HealthCheckTimeoutSeconds: !Ref AWS::NoValue
        """);
    LoadBalancer lb = only(model.getLoadBalancers());
    isDefault(
        lb.getIdleTimeout(), Duration.ofSeconds(60), "ALB default idle timeout 60s", at(2, 3));
    isExplicit(lb.getAccessLogsEnabled(), "true", 10, 18);
    assertThat(lb.getSecurityGroups())
        .extracting(Value::raw)
        .containsExactly(new Ref(F, "Sg", Ref.Attribute.ID, "Ref"));

    SecurityGroup sg = only(model.getSecurityGroups());
    assertThat(sg.getEgressDeclared().raw()).isEqualTo(false);
    assertThat(sg.getEgressDeclared().origin().kind()).isEqualTo(Origin.Kind.DEFAULT);
    assertThat(sg.isDefaultEgressKept()).isTrue();

    LambdaFunction fn = only(model.getLambdaFunctions());
    isDefault(fn.getTimeout(), Duration.ofSeconds(3), "Lambda default timeout 3s", at(16, 3));

    HealthCheck hc = only(model.getTargetGroups()).getHealthCheck();
    isDefault(hc.getMatcher(), "200", "ELBv2 API default matcher 200", at(20, 3));
    isDefault(hc.getTimeout(), Duration.ofSeconds(6), "ELBv2 API default timeout 6s", at(20, 3));
  }

  @Test
  void aConditionalNoValueGivesOneVariantWithTheSettingAndOneWithItsDefault() {
    Model model =
        parse(
            F,
            """
        Resources:
          Sg:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: lb
              SecurityGroupEgress: !If
                - Restrict
                - [{IpProtocol: tcp, FromPort: 8080, ToPort: 8080, CidrIp: 10.0.0.0/16}]
                - !Ref AWS::NoValue
        """);
    assertThat(model.getSecurityGroups()).hasSize(2);
    SecurityGroup restricted = model.getSecurityGroups().get(0);
    assertThat(restricted.getVariant()).isEqualTo("Restrict");
    isExplicit(restricted.getEgressDeclared(), true, 8, 11);
    assertThat(only(restricted.getRules()).getCidrIpv4().raw()).isEqualTo("10.0.0.0/16");
    SecurityGroup open = model.getSecurityGroups().get(1);
    assertThat(open.getVariant()).isEqualTo("Restrict false");
    isDefault(
        open.getEgressDeclared(),
        false,
        "no SecurityGroupEgress: AWS keeps its allow-all egress rule",
        at(2, 3));
    assertThat(open.getRules()).isEmpty();
  }

  // ------------------------------------------------------------------ Fn::If variants

  @Test
  void fnIfInAnAttributeYieldsOneLoadBalancerPerBranch() {
    Model model =
        parse(
            F,
            """
        Conditions:
          IsProd: !Equals [!Ref "AWS::StackName", prod]
        Resources:
          Lb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes:
                - Key: idle_timeout.timeout_seconds
                  Value: !If
                    - IsProd
                    - "120"
                    - "30"
        """);
    assertThat(model.getLoadBalancers()).hasSize(2);
    LoadBalancer prod = model.getLoadBalancers().get(0);
    LoadBalancer other = model.getLoadBalancers().get(1);
    assertThat(prod.getVariant()).isEqualTo("IsProd");
    assertThat(prod.getLabel()).isEqualTo("Lb [IsProd]");
    assertThat(other.getVariant()).isEqualTo("IsProd false");
    assertThat(other.getLabel()).isEqualTo("Lb [IsProd false]");
    isExplicit(prod.getIdleTimeout(), Duration.ofSeconds(120), 11, 15);
    isExplicit(other.getIdleTimeout(), Duration.ofSeconds(30), 12, 15);
    assertThat(prod.getId()).isEqualTo("Lb");
    assertThat(other.getLocation()).isEqualTo(at(4, 3));
  }

  @Test
  void aResourceConsultingFiveConditionsExpandsFourAndLeavesTheFifthUnknown() {
    Model model =
        parse(
            F,
            """
        Resources:
          Tg:
            Type: AWS::ElasticLoadBalancingV2::TargetGroup
            Properties:
              Protocol: HTTP
              Port: 8080
              HealthCheckIntervalSeconds: !If [C1, 10, 20]
              HealthCheckTimeoutSeconds: !If [C2, 5, 8]
              HealthCheckPath: !If [C3, /a, /b]
              HealthCheckPort: !If [C4, "8080", traffic-port]
              HealthyThresholdCount: !If [C5, 3, 4]
        """);
    List<TargetGroup> tgs = model.getTargetGroups();
    assertThat(tgs).hasSize(16);
    assertThat(tgs).extracting(Resource::getVariant).doesNotHaveDuplicates();
    assertThat(tgs.get(0).getVariant()).isEqualTo("C1, C2, C3, C4");
    assertThat(tgs.get(15).getVariant()).isEqualTo("C1 false, C2 false, C3 false, C4 false");
    assertThat(tgs.get(0).getHealthCheck().getInterval().raw()).isEqualTo(Duration.ofSeconds(10));
    assertThat(tgs.get(15).getHealthCheck().getInterval().raw()).isEqualTo(Duration.ofSeconds(20));
    assertThat(tgs.get(15).getHealthCheck().getPort().raw()).isEqualTo("traffic-port");
    for (TargetGroup tg : tgs) {
      Value<Object> fifth = tg.getHealthCheck().getHealthyThreshold();
      assertThat(fifth.isKnown()).isFalse();
      assertThat(fifth.origin().note()).isEqualTo("condition outcome not known");
      assertThat(fifth.location()).isEqualTo(at(11, 30));
    }
  }

  // ------------------------------------------------------------------ target groups and Lambda

  @Test
  void targetGroupHealthCheckDefaultsFollowTheApiReference() {
    Model model =
        parse(
            F,
            """
        Resources:
          Http:
            Type: AWS::ElasticLoadBalancingV2::TargetGroup
            Properties:
              Protocol: HTTP
              Port: 80
          Https:
            Type: AWS::ElasticLoadBalancingV2::TargetGroup
            Properties:
              Protocol: HTTPS
              Port: 443
          HttpsChecks:
            Type: AWS::ElasticLoadBalancingV2::TargetGroup
            Properties:
              Protocol: HTTP
              Port: 80
              HealthCheckProtocol: HTTPS
          Fn:
            Type: AWS::ElasticLoadBalancingV2::TargetGroup
            Properties:
              TargetType: lambda
        """);
    String api = "ELBv2 API default";
    HealthCheck http = byId(model.getTargetGroups(), "Http").getHealthCheck();
    isDefault(http.getEnabled(), true, api, at(2, 3));
    isDefault(http.getPath(), "/", api + " path /", at(2, 3));
    isDefault(http.getPort(), "traffic-port", api + " port traffic-port", at(2, 3));
    isDefault(http.getProtocol(), "HTTP", api + " protocol HTTP", at(2, 3));
    isDefault(http.getInterval(), Duration.ofSeconds(30), api + " interval 30s", at(2, 3));
    assertThat(http.getInterval().millis()).isEqualTo(30_000L);
    isDefault(http.getTimeout(), Duration.ofSeconds(6), api + " timeout 6s", at(2, 3));
    assertThat(http.getTimeout().unit()).isEqualTo(Value.Unit.SECONDS);
    isDefault(http.getHealthyThreshold(), 5, api + " healthy threshold 5", at(2, 3));
    isDefault(http.getUnhealthyThreshold(), 2, api + " unhealthy threshold 2", at(2, 3));
    isDefault(http.getMatcher(), "200", api + " matcher 200", at(2, 3));
    TargetGroup httpTg = byId(model.getTargetGroups(), "Http");
    isDefault(httpTg.getTargetType(), "instance", "default target type instance", at(2, 3));
    isDefault(
        httpTg.getDeregistrationDelay(),
        Duration.ofSeconds(300),
        "ELBv2 default deregistration delay 300s",
        at(2, 3));

    // the API reference: the default timeout follows the target group's protocol
    HealthCheck https = byId(model.getTargetGroups(), "Https").getHealthCheck();
    isDefault(https.getTimeout(), Duration.ofSeconds(10), api + " timeout 10s", at(7, 3));
    HealthCheck httpsChecks = byId(model.getTargetGroups(), "HttpsChecks").getHealthCheck();
    isDefault(httpsChecks.getTimeout(), Duration.ofSeconds(6), api + " timeout 6s", at(12, 3));

    HealthCheck lambda = byId(model.getTargetGroups(), "Fn").getHealthCheck();
    isDefault(lambda.getEnabled(), false, api + ": off for Lambda targets", at(18, 3));
    isDefault(lambda.getInterval(), Duration.ofSeconds(35), api + " interval 35s", at(18, 3));
    isDefault(lambda.getTimeout(), Duration.ofSeconds(30), api + " timeout 30s", at(18, 3));
    isDefault(lambda.getMatcher(), "200", api + " matcher 200", at(18, 3));
  }

  @Test
  void explicitHealthCheckSettingsAndTargets() {
    Model model =
        parse(
            F,
            """
        Resources:
          Tg:
            Type: AWS::ElasticLoadBalancingV2::TargetGroup
            Properties:
              Protocol: HTTP
              Port: 8080
              HealthCheckPath: /healthz
              HealthCheckIntervalSeconds: 10
              HealthCheckTimeoutSeconds: 10
              Matcher:
                HttpCode: 200-299
              TargetGroupAttributes:
                - Key: deregistration_delay.timeout_seconds
                  Value: "30"
              Targets:
                - Id: i-0abc
                  Port: 8081
                - !Ref AWS::NoValue
        """);
    TargetGroup tg = only(model.getTargetGroups());
    isExplicit(tg.getPort(), 8080L, 6, 13);
    isExplicit(tg.getHealthCheck().getPath(), "/healthz", 7, 24);
    isExplicit(tg.getHealthCheck().getTimeout(), Duration.ofSeconds(10), 9, 34);
    assertThat(tg.getHealthCheck().getTimeout().millis()).isEqualTo(10_000L);
    isExplicit(tg.getHealthCheck().getMatcher(), "200-299", 11, 19);
    isExplicit(tg.getDeregistrationDelay(), Duration.ofSeconds(30), 14, 18);
    assertThat(tg.getTargets()).hasSize(1);
    isExplicit(tg.getTargets().get(0).getTarget(), "i-0abc", 16, 15);
    isExplicit(tg.getTargets().get(0).getPort(), 8081L, 17, 17);
  }

  @Test
  void lambdaTimeoutDefaultsToThreeAndSamGlobalsApplyToServerlessFunctionsOnly() {
    Model model =
        parse(
            F,
            """
        Transform: AWS::Serverless-2016-10-31
        Globals:
          Function:
            Timeout: 30
            Runtime: nodejs20.x
        Resources:
          Plain:
            Type: AWS::Lambda::Function
            Properties:
              Handler: index.handler
          Sam:
            Type: AWS::Serverless::Function
            Properties:
              Handler: app.handler
              CodeUri: src/
          SamOwn:
            Type: AWS::Serverless::Function
            Properties:
              Handler: app.handler
              Timeout: 45
        """);
    LambdaFunction plain = byId(model.getLambdaFunctions(), "Plain");
    isDefault(plain.getTimeout(), Duration.ofSeconds(3), "Lambda default timeout 3s", at(7, 3));
    assertThat(plain.getTimeout().millis()).isEqualTo(3_000L);
    assertThat(plain.getRuntime().isKnown()).isFalse();
    LambdaFunction sam = byId(model.getLambdaFunctions(), "Sam");
    isExplicit(sam.getTimeout(), Duration.ofSeconds(30), 4, 14);
    assertThat(sam.getTimeout().unit()).isEqualTo(Value.Unit.SECONDS);
    isExplicit(sam.getRuntime(), "nodejs20.x", 5, 14);
    isExplicit(sam.getHandler(), "app.handler", 14, 16);
    isExplicit(sam.getCodeLocation(), "src/", 15, 16);
    isExplicit(
        byId(model.getLambdaFunctions(), "SamOwn").getTimeout(), Duration.ofSeconds(45), 20, 16);
  }

  // ------------------------------------------------------------------ references

  private static final String STACK =
      """
      Resources:
        Lb:
          Type: AWS::ElasticLoadBalancingV2::LoadBalancer
        Listener:
          Type: AWS::ElasticLoadBalancingV2::Listener
          Properties:
            LoadBalancerArn: !Ref Lb
            Port: 80
            Protocol: HTTP
            DefaultActions:
              - Type: forward
                TargetGroupArn: !Ref Api
              - Type: fixed-response
                FixedResponseConfig: {StatusCode: "404"}
        Rule:
          Type: AWS::ElasticLoadBalancingV2::ListenerRule
          Properties:
            ListenerArn: !Ref Listener
            Priority: 10
            Actions:
              - Type: forward
                ForwardConfig:
                  TargetGroups:
                    - TargetGroupArn: !Ref Blue
                    - TargetGroupArn: !Ref Green
        Api:
          Type: AWS::ElasticLoadBalancingV2::TargetGroup
        Blue:
          Type: AWS::ElasticLoadBalancingV2::TargetGroup
        Green:
          Type: AWS::ElasticLoadBalancingV2::TargetGroup
        Orphan:
          Type: AWS::ElasticLoadBalancingV2::TargetGroup
      """;

  @Test
  void listenersAndRulesReferenceTheLoadBalancerAndTheirTargetGroups() {
    Model model = parse(F, STACK);
    Listener listener = only(model.getListeners());
    isExplicit(listener.getLoadBalancer(), new Ref(F, "Lb", Ref.Attribute.ARN, "Ref"), 7, 24);
    isExplicit(listener.getPort(), 80L, 8, 13);
    assertThat(listener.getForwards())
        .extracting(Value::raw)
        .containsExactly(new Ref(F, "Api", Ref.Attribute.ARN, "Ref"));
    assertThat(listener.getForwards().get(0).location()).isEqualTo(at(12, 27));
    ListenerRule rule = only(model.getListenerRules());
    assertThat(rule.getListener().raw())
        .isEqualTo(new Ref(F, "Listener", Ref.Attribute.ARN, "Ref"));
    assertThat(rule.getForwards())
        .extracting(Value::raw)
        .containsExactly(
            new Ref(F, "Blue", Ref.Attribute.ARN, "Ref"),
            new Ref(F, "Green", Ref.Attribute.ARN, "Ref"));

    LoadBalancer lb = only(model.getLoadBalancers());
    assertThat(model.targetGroupsBehind(lb))
        .extracting(Resource::getId)
        .containsExactly("Api", "Blue", "Green");
    model.freeze();
    Facts facts = FactsBuilder.build(model);
    assertThat(facts.targetGroupsBehind(lb))
        .extracting(Resource::getId)
        .containsExactly("Api", "Blue", "Green");
    assertThat(facts.loadBalancersOf(byId(model.getTargetGroups(), "Green"))).containsExactly(lb);
    assertThat(facts.loadBalancersOf(byId(model.getTargetGroups(), "Orphan"))).isEmpty();
  }

  // ------------------------------------------------------------------ security groups

  @Test
  void securityGroupsWithInlineAndStandaloneRules() {
    Model model =
        parse(
            F,
            """
        Resources:
          LbSg:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: lb
              SecurityGroupIngress:
                - IpProtocol: tcp
                  FromPort: 443
                  ToPort: 443
                  CidrIp: 0.0.0.0/0
              SecurityGroupEgress:
                - IpProtocol: tcp
                  FromPort: 8080
                  ToPort: 8080
                  DestinationSecurityGroupId: !GetAtt AppSg.GroupId
          AppSg:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: app
          AppFromLb:
            Type: AWS::EC2::SecurityGroupIngress
            Properties:
              GroupId: !Ref AppSg
              IpProtocol: tcp
              FromPort: 8080
              ToPort: 8080
              SourceSecurityGroupId: !Ref LbSg
        """);
    SecurityGroup lbSg = byId(model.getSecurityGroups(), "LbSg");
    assertThat(lbSg.getRules()).hasSize(2);
    SecurityGroupRule in = lbSg.getRules().get(0);
    assertThat(in.getDirection()).isEqualTo("ingress");
    assertThat(in.getGroup().raw()).isEqualTo(new Ref(F, "LbSg", Ref.Attribute.ID, "Ref"));
    isExplicit(in.getProtocol(), "tcp", 7, 23);
    isExplicit(in.getFromPort(), 443L, 8, 21);
    isExplicit(in.getToPort(), 443L, 9, 19);
    isExplicit(in.getCidrIpv4(), "0.0.0.0/0", 10, 19);
    assertThat(in.getPeerGroup())
        .as("a peer the rule does not write is null, as in a plan")
        .isNull();
    SecurityGroupRule out = lbSg.getRules().get(1);
    assertThat(out.getDirection()).isEqualTo("egress");
    isExplicit(out.getPeerGroup(), new Ref(F, "AppSg", Ref.Attribute.ID, "GroupId"), 15, 39);
    assertThat(out.getCidrIpv4()).isNull();
    assertThat(lbSg.getEgressDeclared().raw()).isEqualTo(true);
    assertThat(lbSg.isDefaultEgressKept()).isTrue();

    SecurityGroup app = byId(model.getSecurityGroups(), "AppSg");
    assertThat(app.getRules()).isEmpty();
    isDefault(
        app.getEgressDeclared(),
        false,
        "no SecurityGroupEgress: AWS keeps its allow-all egress rule",
        at(16, 3));
    assertThat(app.isDefaultEgressKept()).isTrue();

    SecurityGroupRule standalone = only(model.getSecurityGroupRules());
    assertThat(standalone.getId()).isEqualTo("AppFromLb");
    assertThat(standalone.getSourceType()).isEqualTo("AWS::EC2::SecurityGroupIngress");
    assertThat(standalone.getDirection()).isEqualTo("ingress");
    isExplicit(standalone.getGroup(), new Ref(F, "AppSg", Ref.Attribute.ID, "Ref"), 23, 16);
    isExplicit(standalone.getFromPort(), 8080L, 25, 17);
    isExplicit(standalone.getPeerGroup(), new Ref(F, "LbSg", Ref.Attribute.ID, "Ref"), 27, 30);
    assertThat(model.resolve(standalone.getGroup(), SecurityGroup.class)).containsExactly(app);
  }

  // ------------------------------------------------------------------ alarms

  @Test
  void alarmsWithDimensionsMetricMathAndActions() {
    Model model =
        parse(
            F,
            """
        Resources:
          Topic:
            Type: AWS::SNS::Topic
          Lb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
          Tg:
            Type: AWS::ElasticLoadBalancingV2::TargetGroup
          Errors:
            Type: AWS::CloudWatch::Alarm
            Properties:
              Namespace: AWS/ApplicationELB
              MetricName: HTTPCode_Target_5XX_Count
              Statistic: Sum
              Dimensions:
                - Name: LoadBalancer
                  Value: !GetAtt Lb.LoadBalancerFullName
              AlarmActions: [!Ref Topic, "arn:aws:sns:eu-west-1:123456789012:ops"]
          Unhealthy:
            Type: AWS::CloudWatch::Alarm
            Properties:
              Metrics:
                - Id: e1
                  Expression: m1 + 0
                - Id: m1
                  ReturnData: false
                  MetricStat:
                    Stat: Maximum
                    Period: 60
                    Metric:
                      Namespace: AWS/ApplicationELB
                      MetricName: UnHealthyHostCount
                      Dimensions:
                        - Name: LoadBalancer
                          Value: !GetAtt Lb.LoadBalancerFullName
                        - Name: TargetGroup
                          Value: !GetAtt Tg.TargetGroupFullName
        """);
    Alarm errors = byId(model.getAlarms(), "Errors");
    isExplicit(errors.getNamespace(), "AWS/ApplicationELB", 11, 18);
    isExplicit(errors.getMetricName(), "HTTPCode_Target_5XX_Count", 12, 19);
    assertThat(errors.getDimensions()).containsOnlyKeys("LoadBalancer");
    isExplicit(
        errors.getDimensions().get("LoadBalancer"),
        new Ref(F, "Lb", Ref.Attribute.FULL_NAME, "LoadBalancerFullName"),
        16,
        18);
    assertThat(errors.getActions())
        .extracting(Value::raw)
        .containsExactly(
            new Ref(F, "Topic", Ref.Attribute.ARN, "Ref"),
            "arn:aws:sns:eu-west-1:123456789012:ops");
    isDefault(errors.getActionsEnabled(), true, "CloudWatch default: actions enabled", at(8, 3));
    assertThat(errors.getMetrics()).isEmpty();

    Alarm unhealthy = byId(model.getAlarms(), "Unhealthy");
    assertThat(unhealthy.getActions()).isEmpty();
    assertThat(unhealthy.getMetricName().isKnown()).isFalse();
    assertThat(unhealthy.getMetrics()).extracting(AlarmMetric::getId).containsExactly("e1", "m1");
    AlarmMetric e1 = unhealthy.getMetrics().get(0);
    isExplicit(e1.getExpression(), "m1 + 0", 23, 23);
    assertThat(e1.getMetricName().isKnown()).isFalse();
    AlarmMetric m1 = unhealthy.getMetrics().get(1);
    isExplicit(m1.getMetricName(), "UnHealthyHostCount", 31, 27);
    assertThat(m1.getDimensions()).containsOnlyKeys("LoadBalancer", "TargetGroup");
    isExplicit(
        m1.getDimensions().get("TargetGroup"),
        new Ref(F, "Tg", Ref.Attribute.FULL_NAME, "TargetGroupFullName"),
        36,
        26);
  }

  // ------------------------------------------------------------------ ECS

  @Test
  void ecsServicesAndTaskDefinitions() {
    Model model =
        parse(
            F,
            """
        Resources:
          Task:
            Type: AWS::ECS::TaskDefinition
            Properties:
              NetworkMode: awsvpc
              ContainerDefinitions:
                - Name: app
                  Image: app:1
                  PortMappings:
                    - ContainerPort: 3000
                  Environment:
                    - Name: KEEP_ALIVE_MS
                      Value: "65000"
                  Command: [node, server.js]
          Service:
            Type: AWS::ECS::Service
            Properties:
              TaskDefinition: !Ref Task
              HealthCheckGracePeriodSeconds: 30
              LoadBalancers:
                - TargetGroupArn: !Ref Tg
                  ContainerName: app
                  ContainerPort: 3000
              NetworkConfiguration:
                AwsvpcConfiguration:
                  SecurityGroups: [!GetAtt AppSg.GroupId]
          Tg:
            Type: AWS::ElasticLoadBalancingV2::TargetGroup
          AppSg:
            Type: AWS::EC2::SecurityGroup
        """);
    TaskDefinition task = only(model.getTaskDefinitions());
    isExplicit(task.getNetworkMode(), "awsvpc", 5, 20);
    Container c = only(task.getContainers());
    isExplicit(c.getName(), "app", 7, 17);
    isExplicit(only(c.getPortMappings()).getContainerPort(), 3000L, 10, 30);
    assertThat(only(c.getPortMappings()).getHostPort().isKnown()).isFalse();
    assertThat(c.getEnvironment()).containsOnlyKeys("KEEP_ALIVE_MS");
    isExplicit(c.getEnvironment().get("KEEP_ALIVE_MS"), "65000", 13, 22);
    assertThat(c.getCommand()).extracting(Value::raw).containsExactly("node", "server.js");

    EcsService service = only(model.getEcsServices());
    assertThat(service.getTaskDefinition().raw())
        .isEqualTo(new Ref(F, "Task", Ref.Attribute.ID, "Ref"));
    isExplicit(service.getHealthCheckGracePeriod(), Duration.ofSeconds(30), 19, 38);
    assertThat(service.getHealthCheckGracePeriod().millis()).isEqualTo(30_000L);
    assertThat(service.getLoadBalancers()).hasSize(1);
    isExplicit(
        service.getLoadBalancers().get(0).getTargetGroup(),
        new Ref(F, "Tg", Ref.Attribute.ARN, "Ref"),
        21,
        27);
    isExplicit(service.getLoadBalancers().get(0).getContainerName(), "app", 22, 26);
    isExplicit(service.getLoadBalancers().get(0).getContainerPort(), 3000L, 23, 26);
    assertThat(service.getSecurityGroups())
        .extracting(Value::raw)
        .containsExactly(new Ref(F, "AppSg", Ref.Attribute.ID, "GroupId"));
  }

  // ------------------------------------------------------------------ robustness

  @Test
  void aJsonTemplateWithTabsAndEscapedSlashesHasExactPositions() {
    String json =
        "{\n\t\"AWSTemplateFormatVersion\": \"2010-09-09\",\n\t\"Resources\": {\n\t\t\"Tg\": {\n"
            + "\t\t\t\"Type\": \"AWS::ElasticLoadBalancingV2::TargetGroup\",\n\t\t\t\"Properties\": {\n"
            + "\t\t\t\t\"HealthCheckPath\": \"\\/health\\/live\",\n\t\t\t\t\"Port\": 8080\n\t\t\t}\n\t\t}\n\t}\n}\n";
    Model model = parse("stack.json", json);
    TargetGroup tg = only(model.getTargetGroups());
    assertThat(tg.getHealthCheck().getPath().raw()).isEqualTo("/health/live");
    assertThat(tg.getHealthCheck().getPath().location())
        .isEqualTo(Location.of("stack.json", 7, 24));
    assertThat(tg.getPort().location()).isEqualTo(Location.of("stack.json", 8, 13));
    assertThat(tg.getPort().num()).isEqualTo(8080.0);
    assertThat(tg.getLocation()).isEqualTo(Location.of("stack.json", 4, 3));
    assertThat(model.getProblems()).isEmpty();
  }

  @Test
  void aDotTemplateJsonFileReads() {
    Model model =
        parse(
            "infra/api.template",
            """
        {
          "Resources": {
            "Lb": {"Type": "AWS::ElasticLoadBalancingV2::LoadBalancer"}
          }
        }
        """);
    assertThat(only(model.getLoadBalancers()).getLocation())
        .isEqualTo(Location.of("infra/api.template", 3, 5));
    assertThat(model.getProblems()).isEmpty();
  }

  @Test
  void aDotTemplateYamlFileReadsAsYaml() {
    Model model =
        parse(
            "macros/example.template",
            """
        Transform: Boto3

        Resources:
          Lb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
        """);
    assertThat(model.getProblems()).isEmpty();
    assertThat(only(model.getLoadBalancers()).getLocation())
        .isEqualTo(Location.of("macros/example.template", 4, 3));
  }

  @Test
  void aDotJsonFileThatIsNotJsonIsStillAJsonProblem() {
    Model model = parse("broken.json", "Resources: {}\n");
    assertThat(model.getProblems()).hasSize(1);
    assertThat(model.getProblems().get(0).message()).startsWith("invalid JSON");
  }

  @Test
  void forEachUnderTheLanguageExtensionsTransformIsSkipped() {
    String loop =
        """
        Resources:
          "Fn::ForEach::Buckets":
            - Identifier
            - [A, B]
            - "Bucket${Identifier}":
                Type: AWS::S3::Bucket
          Lb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
        """;
    Model with =
        parse(F, "Transform: [AWS::Serverless-2016-10-31, AWS::LanguageExtensions]\n" + loop);
    assertThat(with.getProblems()).isEmpty();
    assertThat(with.getLoadBalancers()).hasSize(1);

    Model without = parse(F, "AWSTemplateFormatVersion: 2010-09-09\n" + loop);
    assertThat(without.getProblems())
        .containsExactly(
            new Problem(
                at(3, 3),
                "Fn::ForEach::Buckets needs Transform AWS::LanguageExtensions; without it CloudFormation rejects the template"));
    assertThat(without.getLoadBalancers()).hasSize(1);
  }

  @Test
  void duplicateKeysAreProblemsAndTheResourceIsStillRead() {
    Model yaml =
        parse(
            F,
            """
        Resources:
          Lb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Scheme: internal
              Scheme: internet-facing
        """);
    assertThat(yaml.getProblems())
        .containsExactly(
            new Problem(
                at(6, 7),
                "key 'Scheme' is written twice in one mapping: at line 5 and again at line 6;"
                    + " CloudFormation uses the last value (line 6) and ignores the earlier one,"
                    + " and cfn-lint rejects the file (E0000)",
                at(5, 7)));
    assertThat(only(yaml.getLoadBalancers()).getScheme().raw()).isEqualTo("internet-facing");

    Model json =
        parse(
            "dup.json",
            """
        {"Resources": {
          "Lb": {"Type": "AWS::ElasticLoadBalancingV2::LoadBalancer"},
          "Lb": {"Type": "AWS::ElasticLoadBalancingV2::LoadBalancer",
                 "Properties": {"Scheme": "internal"}}
        }}
        """);
    assertThat(json.getProblems())
        .containsExactly(
            new Problem(
                Location.of("dup.json", 3, 3),
                "key 'Lb' is written twice in one mapping: at line 2 and again at line 3;"
                    + " CloudFormation uses the last value (line 3) and ignores the earlier one,"
                    + " and cfn-lint rejects the file (E0000)",
                Location.of("dup.json", 2, 3)));
    assertThat(only(json.getLoadBalancers()).getScheme().raw()).isEqualTo("internal");
  }

  @Test
  @Timeout(20)
  void hostileYamlBecomesAProblemNotAHang() {
    Model bomb =
        parse(
            "bomb.yaml",
            """
        AWSTemplateFormatVersion: "2010-09-09"
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
        """);
    assertThat(only(bomb.getProblems()).message()).contains("alias");
    assertThat(only(bomb.getProblems()).location().file()).isEqualTo("bomb.yaml");
    assertThat(bomb.resources()).isEmpty();

    Model deep =
        parse(
            "deep.yaml",
            "AWSTemplateFormatVersion: x\nResources: " + "[".repeat(300) + "]".repeat(300) + "\n");
    assertThat(only(deep.getProblems()).message()).contains("200");
    Model deepJson =
        parse("deep.json", "{\"Resources\": " + "[".repeat(300) + "]".repeat(300) + "}");
    assertThat(only(deepJson.getProblems()).message()).isEqualTo("nesting deeper than 200 levels");
  }

  @Test
  void anUnclosedFlowSequenceIsAProblemWhereItOpens() {
    Model model =
        parse(
            F,
            """
        Resources:
          Sg:
            Type: AWS::EC2::SecurityGroup
            Properties:
              SecurityGroupIngress: [
                {IpProtocol: tcp, FromPort: 80, ToPort: 80}
          Other:
            Type: AWS::SNS::Topic
        """);
    Problem p = only(model.getProblems());
    assertThat(p.location()).isEqualTo(at(5, 29));
    assertThat(p.message()).startsWith("invalid YAML: expected ',' or ']'");
    assertThat(model.resources()).isEmpty();
  }

  @Test
  void yamlThatIsNotATemplateIsAProblem() {
    Model model =
        parse(
            "compose.yaml",
            """
        services:
          web:
            image: nginx
        """);
    assertThat(model.getProblems())
        .containsExactly(
            new Problem(
                Location.of("compose.yaml", 1, 1),
                "not a CloudFormation template: no AWSTemplateFormatVersion and no Resources of AWS:: types"));
  }

  @Test
  void aTemplateWithAByteOrderMarkReads() {
    byte[] text =
        """
        Resources:
          Lb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
        """
            .getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[text.length + 3];
    bom[0] = (byte) 0xef;
    bom[1] = (byte) 0xbb;
    bom[2] = (byte) 0xbf;
    System.arraycopy(text, 0, bom, 3, text.length);
    Model model = parse(F, bom, Map.of());
    assertThat(model.getProblems()).isEmpty();
    assertThat(only(model.getLoadBalancers()).getLocation()).isEqualTo(at(2, 3));
    Model json =
        parse(
            "bom.template.json",
            ("\uFEFF{\"Resources\": {\"Lb\": "
                    + "{\"Type\": \"AWS::ElasticLoadBalancingV2::LoadBalancer\"}}}")
                .getBytes(StandardCharsets.UTF_8),
            Map.of());
    assertThat(json.getProblems()).isEmpty();
    assertThat(json.getLoadBalancers()).hasSize(1);
  }

  @Test
  void aCdkSynthTemplateReads() {
    Model model =
        parse(
            "cdk.out/ApiStack.template.json",
            """
        {
         "Resources": {
          "ApiLb6B3A2E21": {
           "Type": "AWS::ElasticLoadBalancingV2::LoadBalancer",
           "Properties": {
            "LoadBalancerAttributes": [
             {"Key": "deletion_protection.enabled", "Value": "false"},
             {"Key": "idle_timeout.timeout_seconds", "Value": "120"}
            ],
            "Scheme": "internet-facing",
            "Type": "application"
           },
           "Metadata": {"aws:cdk:path": "ApiStack/ApiLb/Resource"}
          },
          "ApiLbListener": {
           "Type": "AWS::ElasticLoadBalancingV2::Listener",
           "Properties": {
            "DefaultActions": [{"TargetGroupArn": {"Ref": "ApiTg"}, "Type": "forward"}],
            "LoadBalancerArn": {"Ref": "ApiLb6B3A2E21"},
            "Port": 80,
            "Protocol": "HTTP"
           }
          },
          "ApiTg": {
           "Type": "AWS::ElasticLoadBalancingV2::TargetGroup",
           "Properties": {"Port": 80, "Protocol": "HTTP", "TargetType": "ip"}
          },
          "CDKMetadata": {
           "Type": "AWS::CDK::Metadata",
           "Properties": {"Analytics": "v2:deflate64:H4sIAAAAAAAA"}
          }
         },
         "Parameters": {
          "BootstrapVersion": {
           "Type": "AWS::SSM::Parameter::Value<String>",
           "Default": "/cdk-bootstrap/hnb659fds/version",
           "Description": "Version of the CDK Bootstrap resources in this environment"
          }
         },
         "Rules": {
          "CheckBootstrapVersion": {
           "Assertions": [
            {
             "Assert": {"Fn::Not": [{"Fn::Contains": [["1", "2", "3", "4", "5"], {"Ref": "BootstrapVersion"}]}]},
             "AssertDescription": "CDK bootstrap stack version 6 required."
            }
           ]
          }
         }
        }
        """);
    assertThat(model.getProblems()).isEmpty();
    LoadBalancer lb = only(model.getLoadBalancers());
    assertThat(lb.getIdleTimeout().raw()).isEqualTo(Duration.ofSeconds(120));
    assertThat(lb.getIdleTimeout().location())
        .isEqualTo(Location.of("cdk.out/ApiStack.template.json", 8, 55));
    assertThat(model.targetGroupsBehind(lb)).extracting(Resource::getId).containsExactly("ApiTg");
  }

  // ------------------------------------------------------------------ reachable condition
  // combinations

  private static final String ENV_CONDITIONS =
      """
      Parameters:
        Env:
          Type: String
          Default: prod
      Conditions:
        IsProd: !Equals [!Ref Env, prod]
        IsNotProd: !Not [!Condition IsProd]
      """;

  @Test
  void aResourcesOwnConditionIsTrueWhereverItExists() {
    Model model =
        parse(
            F,
            ENV_CONDITIONS
                + """
        Resources:
          Lb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Condition: IsProd
            Properties:
              LoadBalancerAttributes:
                - Key: idle_timeout.timeout_seconds
                  Value: !If [IsProd, "60", "9999"]
        """);
    LoadBalancer lb = only(model.getLoadBalancers());
    assertThat(lb.getVariant()).isEqualTo("IsProd");
    isExplicit(lb.getIdleTimeout(), Duration.ofSeconds(60), 15, 31);
  }

  @Test
  void aConditionAndItsNegationAreNeverBothTrueNorBothFalse() {
    Model model =
        parse(
            F,
            ENV_CONDITIONS
                + """
        Resources:
          Tg:
            Type: AWS::ElasticLoadBalancingV2::TargetGroup
            Properties:
              HealthCheckPath: !If [IsProd, /prod, /other]
              HealthCheckIntervalSeconds: !If [IsNotProd, 10, 20]
        """);
    assertThat(model.getTargetGroups())
        .extracting(Resource::getVariant)
        .containsExactly("IsProd false, IsNotProd", "IsProd, IsNotProd false");
    assertThat(model.getTargetGroups().get(0).getHealthCheck().getInterval().raw())
        .isEqualTo(Duration.ofSeconds(10));
    assertThat(model.getTargetGroups().get(1).getHealthCheck().getInterval().raw())
        .isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void aNegationConsultedAloneFollowsTheResourcesOwnCondition() {
    Model model =
        parse(
            F,
            ENV_CONDITIONS
                + """
        Resources:
          Lb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Condition: IsProd
            Properties:
              LoadBalancerAttributes:
                - Key: routing.http.drop_invalid_header_fields.enabled
                  Value: !If [IsNotProd, "false", "true"]
        """);
    LoadBalancer lb = only(model.getLoadBalancers());
    assertThat(lb.getVariant()).isEqualTo("IsNotProd false");
    assertThat(lb.getDropInvalidHeaderFields().raw()).isEqualTo("true");
  }

  @Test
  void aParameterDefaultDecidesNothingSoBothBranchesAreLinted() {
    Model model =
        parse(
            F,
            ENV_CONDITIONS
                + """
        Resources:
          Lb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes:
                - Key: idle_timeout.timeout_seconds
                  Value: !If [IsProd, "60", "9999"]
        """);
    assertThat(model.getLoadBalancers())
        .extracting(Resource::getVariant)
        .containsExactly("IsProd", "IsProd false");
    assertThat(model.getLoadBalancers())
        .extracting(lb -> lb.getIdleTimeout().raw())
        .containsExactly(Duration.ofSeconds(60), Duration.ofSeconds(9999));
  }

  @Test
  void aConfigFileValuePinsTheBranchAndCanRuleOutTheResource() {
    String template =
        ENV_CONDITIONS
            + """
        Resources:
          Lb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes:
                - Key: idle_timeout.timeout_seconds
                  Value: !If [IsNotProd, "9999", "60"]
          ProdOnly:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Condition: IsProd
        """;
    Model dev = parse(F, template, Map.of("Env", "dev"));
    LoadBalancer lb = only(dev.getLoadBalancers());
    assertThat(lb.getVariant()).isEqualTo("IsNotProd");
    assertThat(lb.getIdleTimeout().raw()).isEqualTo(Duration.ofSeconds(9999));
    Model prod = parse(F, template, Map.of("Env", "prod"));
    assertThat(prod.getLoadBalancers())
        .extracting(Resource::getLabel)
        .containsExactly("Lb [IsNotProd false]", "ProdOnly");
  }

  @Test
  void literalEqualsAndAllowedValuesPinTheBranch() {
    Model model =
        parse(
            F,
            """
        Parameters:
          Stage:
            Type: String
            Default: prod
            AllowedValues: [prod]
          Tier:
            Type: String
            AllowedValues: [gold, silver]
        Conditions:
          Always: !Equals ["on", "on"]
          Never: !Equals ["on", "off"]
          IsProd: !Equals [!Ref Stage, prod]
          IsBronze: !Equals [!Ref Tier, bronze]
          Either: !Or [!Condition Never, !Equals [!Ref Tier, gold]]
        Resources:
          Tg:
            Type: AWS::ElasticLoadBalancingV2::TargetGroup
            Properties:
              HealthCheckPath: !If [Always, /a, /b]
              HealthCheckIntervalSeconds: !If [Never, 10, 20]
              HealthCheckTimeoutSeconds: !If [IsProd, 5, 9]
              HealthyThresholdCount: !If [IsBronze, 2, 3]
              UnhealthyThresholdCount: !If [Either, 4, 5]
        """);
    // four expanded and decided; the fifth (Either) depends on Tier and stays unknown
    TargetGroup tg = only(model.getTargetGroups());
    assertThat(tg.getVariant()).isEqualTo("Always, Never false, IsProd, IsBronze false");
    HealthCheck hc = tg.getHealthCheck();
    assertThat(hc.getPath().raw()).isEqualTo("/a");
    assertThat(hc.getInterval().raw()).isEqualTo(Duration.ofSeconds(20));
    assertThat(hc.getTimeout().raw()).isEqualTo(Duration.ofSeconds(5));
    assertThat(hc.getHealthyThreshold().raw()).isEqualTo(3L);
    assertThat(hc.getUnhealthyThreshold().isKnown()).isFalse();
  }

  @Test
  void aConditionBeyondTheExpandedOnesTakesItsOutcomeWhenTheCombinationDecidesIt() {
    Model model =
        parse(
            F,
            """
        Conditions:
          C5: !And [!Condition C1, !Equals [a, a]]
        Resources:
          Tg:
            Type: AWS::ElasticLoadBalancingV2::TargetGroup
            Properties:
              HealthCheckIntervalSeconds: !If [C1, 10, 20]
              HealthCheckTimeoutSeconds: !If [C2, 5, 8]
              HealthCheckPath: !If [C3, /a, /b]
              HealthCheckPort: !If [C4, "8080", traffic-port]
              HealthyThresholdCount: !If [C5, 3, 4]
        """);
    assertThat(model.getTargetGroups()).hasSize(16);
    for (TargetGroup tg : model.getTargetGroups()) {
      boolean c1 = tg.getHealthCheck().getInterval().raw().equals(Duration.ofSeconds(10));
      assertThat(tg.getHealthCheck().getHealthyThreshold().raw()).isEqualTo(c1 ? 3L : 4L);
    }
  }

  // ------------------------------------------------------------------ lists that cannot be
  // resolved

  private static final String INGRESS_STACK =
      """
      Mappings:
        Net:
          prod:
            Ingress:
              - {IpProtocol: tcp, FromPort: 80, ToPort: 80, SourceSecurityGroupId: sg-0123456789abcdef0}
      Resources:
        Lb:
          Type: AWS::ElasticLoadBalancingV2::LoadBalancer
          Properties:
            SecurityGroups: [!Ref LbSg]
        LbSg:
          Type: AWS::EC2::SecurityGroup
        Listener:
          Type: AWS::ElasticLoadBalancingV2::Listener
          Properties:
            LoadBalancerArn: !Ref Lb
            Port: 80
            DefaultActions: [{Type: forward, TargetGroupArn: !Ref Tg}]
        Tg:
          Type: AWS::ElasticLoadBalancingV2::TargetGroup
          Properties: {Port: 80, Protocol: HTTP, TargetType: ip}
        Service:
          Type: AWS::ECS::Service
          Properties:
            LoadBalancers: [{TargetGroupArn: !Ref Tg, ContainerName: app, ContainerPort: 80}]
            NetworkConfiguration:
              AwsvpcConfiguration:
                SecurityGroups: [!Ref AppSg]
        AppSg:
          Type: AWS::EC2::SecurityGroup
          Properties:
      """;

  @Test
  void ingressFromAMappingIsReadFromTheMapping() {
    Model model =
        parse(F, INGRESS_STACK + "      SecurityGroupIngress: !FindInMap [Net, prod, Ingress]\n");
    SecurityGroupRule rule = only(byId(model.getSecurityGroups(), "AppSg").getRules());
    assertThat(rule.getDirection()).isEqualTo("ingress");
    isExplicit(rule.getFromPort(), 80L, 5, 39);
    assertThat(rule.getPeerGroup().raw()).isEqualTo("sg-0123456789abcdef0");
    NetworkPath path = only(networkPaths(model));
    assertThat(path.getAdmission()).isEqualTo(Admission.UNKNOWN);
    assertThat(path.isNotAdmitted()).isFalse();
  }

  @Test
  void ingressThatCannotBeResolvedIsOneUnknownRuleNotAnEmptyList() {
    for (String ingress :
        List.of(
            "!FindInMap [Net, !Ref \"AWS::Region\", Ingress]",
            "!ImportValue shared-ingress",
            "[!ImportValue one-rule]")) {
      Model model = parse(F, INGRESS_STACK + "      SecurityGroupIngress: " + ingress + "\n");
      SecurityGroupRule rule = only(byId(model.getSecurityGroups(), "AppSg").getRules());
      assertThat(rule.getDirection()).as(ingress).isEqualTo("ingress");
      assertThat(rule.getProtocol().isKnown()).isFalse();
      assertThat(rule.getFromPort().isKnown()).isFalse();
      assertThat(rule.getToPort().isKnown()).isFalse();
      assertThat(rule.getPeerGroup().isKnown()).isFalse();
      assertThat(rule.getLocation().line()).isEqualTo(32);
      NetworkPath path = only(networkPaths(model));
      assertThat(path.getAdmission()).as(ingress).isEqualTo(Admission.UNKNOWN);
      assertThat(path.isNotAdmitted()).isFalse();
    }
  }

  @Test
  void listsOfAListParameterOrAnImportAreUnknownNotEmpty() {
    Model model =
        parse(
            F,
            """
        Parameters:
          Groups:
            Type: List<AWS::EC2::SecurityGroup::Id>
            Default: sg-1,sg-2
          Topics:
            Type: CommaDelimitedList
        Resources:
          Lb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              SecurityGroups: !Ref Groups
          Sg:
            Type: AWS::EC2::SecurityGroup
            Properties:
              SecurityGroupEgress: [!ImportValue egress-rule]
          Tg:
            Type: AWS::ElasticLoadBalancingV2::TargetGroup
            Properties:
              Targets: !ImportValue targets
          Alarm:
            Type: AWS::CloudWatch::Alarm
            Properties:
              AlarmActions: !Ref Topics
        """);
    LoadBalancer lb = only(model.getLoadBalancers());
    assertThat(lb.getSecurityGroupsDeclared().isKnown()).isFalse();
    assertThat(only(lb.getSecurityGroups()).isKnown()).isFalse();
    SecurityGroup sg = only(model.getSecurityGroups());
    isExplicit(sg.getEgressDeclared(), true, 15, 28);
    SecurityGroupRule egress = only(sg.getRules());
    assertThat(egress.getDirection()).isEqualTo("egress");
    assertThat(egress.getProtocol().isKnown()).isFalse();
    Target target = only(only(model.getTargetGroups()).getTargets());
    assertThat(target.getTarget().isKnown()).isFalse();
    assertThat(target.getTarget().origin().note()).isEqualTo("targets computed at deploy time");
    Alarm alarm = only(model.getAlarms());
    assertThat(only(alarm.getActions()).isKnown()).isFalse();
  }

  @Test
  void anAttributeKeyKnownOnlyAtDeployTimeLeavesEveryUnsetAttributeUnknown() {
    Model model =
        parse(
            F,
            """
        Parameters:
          Attrs:
            Type: String
        Resources:
          Lb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes:
                - Key: !Ref Attrs
                  Value: "true"
                - Key: idle_timeout.timeout_seconds
                  Value: "30"
          Tg:
            Type: AWS::ElasticLoadBalancingV2::TargetGroup
            Properties:
              TargetGroupAttributes: [{Key: !Ref Attrs, Value: "10"}]
        """);
    LoadBalancer lb = only(model.getLoadBalancers());
    isExplicit(lb.getIdleTimeout(), Duration.ofSeconds(30), 12, 18);
    for (Value<?> v :
        List.of(
            lb.getAccessLogsEnabled(),
            lb.getDropInvalidHeaderFields(),
            lb.getClientKeepAlive(),
            lb.getDesyncMitigationMode())) {
      assertThat(v.isKnown()).isFalse();
      assertThat(v.origin().note()).isEqualTo("an attribute's Key is known only at deploy time");
      assertThat(v.location()).isEqualTo(at(9, 16));
    }
    Value<?> delay = only(model.getTargetGroups()).getDeregistrationDelay();
    assertThat(delay.isKnown()).isFalse();
    assertThat(delay.location()).isEqualTo(at(16, 37));
  }

  @Test
  void anAttributeListThatCannotBeResolvedLeavesEveryAttributeUnknown() {
    Model model =
        parse(
            F,
            """
        Resources:
          Lb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes: !ImportValue shared-attributes
        """);
    LoadBalancer lb = only(model.getLoadBalancers());
    assertThat(lb.getIdleTimeout().isKnown()).isFalse();
    assertThat(lb.getAccessLogsEnabled().isKnown()).isFalse();
    assertThat(lb.getAccessLogsEnabled().origin().note())
        .isEqualTo("attributes computed at deploy time");
    assertThat(lb.getDropInvalidHeaderFields().location()).isEqualTo(at(5, 31));
  }

  /** The network paths of a parsed template, as the facts stage derives them after linking. */
  private static List<NetworkPath> networkPaths(Model model) {
    model.freeze();
    return FactsBuilder.build(model).getNetworkPaths();
  }
}
