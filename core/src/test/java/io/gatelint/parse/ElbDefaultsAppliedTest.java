/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.model.HealthCheck;
import io.gatelint.model.Model;
import io.gatelint.model.Origin;
import io.gatelint.model.Value;
import io.gatelint.model.defaults.ElbDefaults;
import io.gatelint.model.defaults.PlatformDefault;
import io.gatelint.parse.cfn.CloudFormationParser;
import io.gatelint.parse.tfplan.TerraformPlanParser;
import io.gatelint.source.SourceFile;
import io.gatelint.source.SourceKind;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Walks the ELB defaults table and proves each format's mappers apply each of its rows: a template
 * and a plan whose resources leave every setting out must show every row's value with its note.
 */
class ElbDefaultsAppliedTest {

  private static final String TEMPLATE =
      """
      Resources:
        Lb:
          Type: AWS::ElasticLoadBalancingV2::LoadBalancer
          Properties: {}
        Http:
          Type: AWS::ElasticLoadBalancingV2::TargetGroup
          Properties:
            Protocol: HTTP
        Https:
          Type: AWS::ElasticLoadBalancingV2::TargetGroup
          Properties:
            Protocol: HTTPS
        ToLambda:
          Type: AWS::ElasticLoadBalancingV2::TargetGroup
          Properties:
            TargetType: lambda
        Grpc:
          Type: AWS::ElasticLoadBalancingV2::TargetGroup
          Properties:
            Protocol: HTTP
            ProtocolVersion: GRPC
        Function:
          Type: AWS::Lambda::Function
          Properties:
            Handler: index.handler
        Sg:
          Type: AWS::EC2::SecurityGroup
          Properties:
            GroupDescription: web
      """;

  private static final String PLAN =
      """
      {
        "format_version": "1.2",
        "planned_values": {"root_module": {"resources": [
          {"address": "aws_lb.lb", "mode": "managed", "type": "aws_lb", "name": "lb", "values": {}},
          {"address": "aws_lb_target_group.tg", "mode": "managed", "type": "aws_lb_target_group",
           "name": "tg", "values": {"protocol": "HTTP", "health_check": [{}]}},
          {"address": "aws_lb_target_group.grpc", "mode": "managed",
           "type": "aws_lb_target_group", "name": "grpc",
           "values": {"protocol": "HTTP", "protocol_version": "GRPC", "health_check": [{}]}},
          {"address": "aws_lb_target_group.http", "mode": "managed",
           "type": "aws_lb_target_group", "name": "http", "values": {"protocol": "HTTP"}},
          {"address": "aws_lb_target_group.https", "mode": "managed",
           "type": "aws_lb_target_group", "name": "https", "values": {"protocol": "HTTPS"}},
          {"address": "aws_lb_target_group.nogrpc", "mode": "managed",
           "type": "aws_lb_target_group", "name": "nogrpc",
           "values": {"protocol": "HTTP", "protocol_version": "GRPC"}},
          {"address": "aws_lb_target_group.lambda", "mode": "managed",
           "type": "aws_lb_target_group", "name": "lambda", "values": {"target_type": "lambda"}},
          {"address": "aws_lambda_function.fn", "mode": "managed", "type": "aws_lambda_function",
           "name": "fn", "values": {}},
          {"address": "aws_security_group.sg", "mode": "managed", "type": "aws_security_group",
           "name": "sg", "values": {}}
        ]}},
        "configuration": {"root_module": {"resources": [
          {"address": "aws_lb.lb", "mode": "managed", "type": "aws_lb", "name": "lb",
           "expressions": {}},
          {"address": "aws_lb_target_group.tg", "mode": "managed", "type": "aws_lb_target_group",
           "name": "tg", "expressions": {"health_check": [{}]}},
          {"address": "aws_lb_target_group.grpc", "mode": "managed",
           "type": "aws_lb_target_group", "name": "grpc", "expressions": {"health_check": [{}]}},
          {"address": "aws_lb_target_group.http", "mode": "managed",
           "type": "aws_lb_target_group", "name": "http", "expressions": {}},
          {"address": "aws_lb_target_group.https", "mode": "managed",
           "type": "aws_lb_target_group", "name": "https", "expressions": {}},
          {"address": "aws_lb_target_group.nogrpc", "mode": "managed",
           "type": "aws_lb_target_group", "name": "nogrpc", "expressions": {}},
          {"address": "aws_lb_target_group.lambda", "mode": "managed",
           "type": "aws_lb_target_group", "name": "lambda", "expressions": {}},
          {"address": "aws_lambda_function.fn", "mode": "managed", "type": "aws_lambda_function",
           "name": "fn", "expressions": {}},
          {"address": "aws_security_group.sg", "mode": "managed", "type": "aws_security_group",
           "name": "sg", "expressions": {}}
        ]}}
      }
      """;

  @TempDir Path temp;

  @Test
  void everyRowIsInOneFormatsList() throws IllegalAccessException {
    List<PlatformDefault> declared = new ArrayList<>();
    for (Field f : ElbDefaults.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == PlatformDefault.class)
        declared.add((PlatformDefault) f.get(null));
    }
    List<PlatformDefault> listed = new ArrayList<>(ElbDefaults.CLOUDFORMATION);
    listed.addAll(ElbDefaults.TERRAFORM);
    assertThat(listed).containsExactlyInAnyOrderElementsOf(declared);
  }

  @Test
  void theCloudFormationMappersApplyEveryCloudFormationRow() throws IOException {
    Model model = parse("template.yaml", TEMPLATE, SourceKind.CLOUDFORMATION);
    assertApplied(model, ElbDefaults.CLOUDFORMATION);
  }

  @Test
  void theTerraformMappersApplyEveryTerraformRow() throws IOException {
    Model model = parse("plan.json", PLAN, SourceKind.TERRAFORM_PLAN);
    assertThat(model.getProblems()).isEmpty();
    assertApplied(model, ElbDefaults.TERRAFORM);
  }

  private Model parse(String name, String text, SourceKind kind) throws IOException {
    Path file = temp.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    ParseContext context = new ParseContext(temp, Map.of(), OptionalInt.empty());
    Model model = new Model();
    InputParser parser =
        kind == SourceKind.CLOUDFORMATION ? new CloudFormationParser() : new TerraformPlanParser();
    parser.parse(List.of(new SourceFile(file, name, kind)), context, model);
    return model;
  }

  private static void assertApplied(Model model, List<PlatformDefault> rows) {
    List<Value<?>> defaults = new ArrayList<>();
    model.resources().forEach(r -> collect(r, defaults));
    List<String> missing = new ArrayList<>();
    for (PlatformDefault row : rows) {
      // whether the allow-all egress rule is kept is a fact of the group, not a setting's value
      boolean applied =
          row == ElbDefaults.DEFAULT_EGRESS_KEPT || row == ElbDefaults.TF_DEFAULT_EGRESS_KEPT
              ? model.getSecurityGroups().stream()
                  .anyMatch(g -> row.value().equals(g.isDefaultEgressKept()))
              : appliedAsValue(row, defaults);
      if (!applied) missing.add(row.setting() + " = " + row.value() + " (" + row.note() + ")");
    }
    assertThat(missing).as("rows no mapper applied").isEmpty();
  }

  private static boolean appliedAsValue(PlatformDefault row, List<Value<?>> defaults) {
    return defaults.stream()
        .anyMatch(
            v ->
                v.origin().kind() == Origin.Kind.DEFAULT
                    && v.origin().note().equals(row.note())
                    && row.value().equals(v.raw())
                    && v.unit() == row.shownIn());
  }

  /** Every Value a resource's getters (and its health check's) return. */
  private static void collect(Object object, List<Value<?>> into) {
    for (Method m : object.getClass().getMethods()) {
      if (m.getParameterCount() != 0 || !m.getName().startsWith("get")) continue;
      try {
        Object result = m.invoke(object);
        if (result instanceof Value<?> v) into.add(v);
        if (result instanceof HealthCheck hc) collect(hc, into);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(m.toString(), e);
      }
    }
  }
}
