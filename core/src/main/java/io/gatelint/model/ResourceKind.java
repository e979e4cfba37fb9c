/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A kind of resource the model holds, declared once: its model class, the CloudFormation types and
 * the Terraform types that become it, and the Terraform types that only register into resources of
 * it (attachments). The model's lists, the plan reader's type filter and each format's mapper
 * dispatch derive from {@link #all()}; adding a kind is one constant here plus one mapper per
 * format.
 *
 * @param <R> the model class of the kind
 */
public final class ResourceKind<R extends Resource> {

  public static final ResourceKind<LoadBalancer> LOAD_BALANCER =
      new ResourceKind<>(
          "load balancer",
          LoadBalancer.class,
          List.of("AWS::ElasticLoadBalancingV2::LoadBalancer"),
          List.of("aws_lb", "aws_alb"),
          List.of());
  public static final ResourceKind<Listener> LISTENER =
      new ResourceKind<>(
          "listener",
          Listener.class,
          List.of("AWS::ElasticLoadBalancingV2::Listener"),
          List.of("aws_lb_listener", "aws_alb_listener"),
          List.of());
  public static final ResourceKind<ListenerRule> LISTENER_RULE =
      new ResourceKind<>(
          "listener rule",
          ListenerRule.class,
          List.of("AWS::ElasticLoadBalancingV2::ListenerRule"),
          List.of("aws_lb_listener_rule", "aws_alb_listener_rule"),
          List.of());
  public static final ResourceKind<TargetGroup> TARGET_GROUP =
      new ResourceKind<>(
          "target group",
          TargetGroup.class,
          List.of("AWS::ElasticLoadBalancingV2::TargetGroup"),
          List.of("aws_lb_target_group", "aws_alb_target_group"),
          List.of("aws_lb_target_group_attachment", "aws_alb_target_group_attachment"));
  public static final ResourceKind<SecurityGroup> SECURITY_GROUP =
      new ResourceKind<>(
          "security group",
          SecurityGroup.class,
          List.of("AWS::EC2::SecurityGroup"),
          List.of("aws_security_group"),
          List.of());
  public static final ResourceKind<SecurityGroupRule> SECURITY_GROUP_RULE =
      new ResourceKind<>(
          "security group rule",
          SecurityGroupRule.class,
          List.of("AWS::EC2::SecurityGroupIngress", "AWS::EC2::SecurityGroupEgress"),
          List.of(
              "aws_security_group_rule",
              "aws_vpc_security_group_ingress_rule",
              "aws_vpc_security_group_egress_rule"),
          List.of());
  public static final ResourceKind<Alarm> ALARM =
      new ResourceKind<>(
          "alarm",
          Alarm.class,
          List.of("AWS::CloudWatch::Alarm"),
          List.of("aws_cloudwatch_metric_alarm"),
          List.of());
  public static final ResourceKind<LambdaFunction> LAMBDA_FUNCTION =
      new ResourceKind<>(
          "Lambda function",
          LambdaFunction.class,
          List.of("AWS::Lambda::Function", "AWS::Serverless::Function"),
          List.of("aws_lambda_function"),
          List.of());
  public static final ResourceKind<EcsService> ECS_SERVICE =
      new ResourceKind<>(
          "ECS service",
          EcsService.class,
          List.of("AWS::ECS::Service"),
          List.of("aws_ecs_service"),
          List.of());
  public static final ResourceKind<TaskDefinition> TASK_DEFINITION =
      new ResourceKind<>(
          "task definition",
          TaskDefinition.class,
          List.of("AWS::ECS::TaskDefinition"),
          List.of("aws_ecs_task_definition"),
          List.of());
  public static final ResourceKind<AutoScalingGroup> AUTO_SCALING_GROUP =
      new ResourceKind<>(
          "Auto Scaling group",
          AutoScalingGroup.class,
          List.of("AWS::AutoScaling::AutoScalingGroup"),
          List.of("aws_autoscaling_group"),
          List.of("aws_autoscaling_attachment"));
  public static final ResourceKind<Instance> INSTANCE =
      new ResourceKind<>(
          "EC2 instance",
          Instance.class,
          List.of("AWS::EC2::Instance"),
          List.of("aws_instance"),
          List.of());
  public static final ResourceKind<LaunchTemplate> LAUNCH_TEMPLATE =
      new ResourceKind<>(
          "launch template",
          LaunchTemplate.class,
          List.of("AWS::EC2::LaunchTemplate", "AWS::AutoScaling::LaunchConfiguration"),
          List.of("aws_launch_template", "aws_launch_configuration"),
          List.of());
  public static final ResourceKind<ProxyServer> PROXY_SERVER =
      new ResourceKind<>("nginx server", ProxyServer.class, List.of(), List.of(), List.of());
  public static final ResourceKind<Upstream> UPSTREAM =
      new ResourceKind<>("nginx upstream", Upstream.class, List.of(), List.of(), List.of());
  public static final ResourceKind<AppServer> APP_SERVER =
      new ResourceKind<>("Node server", AppServer.class, List.of(), List.of(), List.of());
  public static final ResourceKind<LambdaHandler> LAMBDA_HANDLER =
      new ResourceKind<>("Lambda handler", LambdaHandler.class, List.of(), List.of(), List.of());

  /** Every kind, in the order {@link Model#resources()} walks them. */
  private static final List<ResourceKind<?>> ALL =
      List.of(
          LOAD_BALANCER,
          LISTENER,
          LISTENER_RULE,
          TARGET_GROUP,
          SECURITY_GROUP,
          SECURITY_GROUP_RULE,
          ALARM,
          LAMBDA_FUNCTION,
          ECS_SERVICE,
          TASK_DEFINITION,
          AUTO_SCALING_GROUP,
          INSTANCE,
          LAUNCH_TEMPLATE,
          PROXY_SERVER,
          UPSTREAM,
          APP_SERVER,
          LAMBDA_HANDLER);

  private static final Map<String, ResourceKind<?>> BY_CLOUDFORMATION_TYPE = new LinkedHashMap<>();
  private static final Map<String, ResourceKind<?>> BY_TERRAFORM_TYPE = new LinkedHashMap<>();

  static {
    for (ResourceKind<?> kind : ALL) {
      for (String type : kind.cloudFormationTypes) register(BY_CLOUDFORMATION_TYPE, type, kind);
      for (String type : kind.terraformTypes) register(BY_TERRAFORM_TYPE, type, kind);
      for (String type : kind.terraformAttachments) register(BY_TERRAFORM_TYPE, type, kind);
    }
  }

  private static void register(Map<String, ResourceKind<?>> into, String type, ResourceKind<?> k) {
    if (into.put(type, k) != null) throw new IllegalStateException(type + " is declared twice");
  }

  private final String name;
  private final Class<R> modelClass;
  private final List<String> cloudFormationTypes;
  private final List<String> terraformTypes;
  private final List<String> terraformAttachments;

  private ResourceKind(
      String name,
      Class<R> modelClass,
      List<String> cloudFormationTypes,
      List<String> terraformTypes,
      List<String> terraformAttachments) {
    this.name = Objects.requireNonNull(name);
    this.modelClass = Objects.requireNonNull(modelClass);
    this.cloudFormationTypes = List.copyOf(cloudFormationTypes);
    this.terraformTypes = List.copyOf(terraformTypes);
    this.terraformAttachments = List.copyOf(terraformAttachments);
  }

  /** Every kind, in the order the model lists them. */
  public static List<ResourceKind<?>> all() {
    return ALL;
  }

  /** The kind a CloudFormation resource type becomes; null when the type is not modelled. */
  public static ResourceKind<?> ofCloudFormationType(String type) {
    return BY_CLOUDFORMATION_TYPE.get(type);
  }

  /**
   * The kind a Terraform resource type becomes or registers into; null when the type is not
   * modelled.
   */
  public static ResourceKind<?> ofTerraformType(String type) {
    return BY_TERRAFORM_TYPE.get(type);
  }

  /** Every Terraform resource type a plan reader keeps: the kinds' types and attachments. */
  public static Set<String> terraformTypesRead() {
    return new LinkedHashSet<>(BY_TERRAFORM_TYPE.keySet());
  }

  public String name() {
    return name;
  }

  public Class<R> modelClass() {
    return modelClass;
  }

  public List<String> cloudFormationTypes() {
    return cloudFormationTypes;
  }

  /** The Terraform types whose resources become this kind. */
  public List<String> terraformTypes() {
    return terraformTypes;
  }

  /**
   * Terraform types that make no resource of their own but register into one of this kind ({@code
   * aws_lb_target_group_attachment} adds a target to a target group).
   */
  public List<String> terraformAttachments() {
    return terraformAttachments;
  }

  @Override
  public String toString() {
    return name;
  }
}
