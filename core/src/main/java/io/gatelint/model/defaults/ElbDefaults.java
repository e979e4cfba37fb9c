/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model.defaults;

import java.util.List;

/**
 * What an Application Load Balancer, its listeners and target groups, and the targets and security
 * groups on its path are when a template or plan leaves a setting out: one row per setting, read by
 * both the CloudFormation and the Terraform mappers.
 *
 * <p>A Terraform row that only repeats the AWS default ({@link #terraform}) takes the value from
 * the AWS row and notes that the provider applied it. Rows that really differ by format are written
 * out and say so: the provider's health-check thresholds (3 and 3, not 5 and 2), access logs off
 * even with a bucket, and the allow-all egress rule the provider removes. The provider computes the
 * health-check timeout when it is not set, so a plan leaves it unknown and there is no Terraform
 * row for it; the provider also applies no Lambda-specific health-check defaults.
 *
 * <p>The provider's health-check defaults belong to the {@code health_check} block: a plan made by
 * terraform 1.x with provider 5.100 plans {@code enabled = true}, thresholds 3/3, interval 30, port
 * {@code traffic-port} and protocol HTTP for an empty {@code health_check {}}, but for a target
 * group without the block it plans no {@code health_check} at all ({@code after_unknown} marks it
 * computed): the provider sends no health-check setting and AWS applies its own defaults, read from
 * the {@code TF_API_*} rows, which repeat the CreateTargetGroup defaults with a note that says so.
 */
public final class ElbDefaults {

  private ElbDefaults() {}

  private static final String ALB_ATTRIBUTES =
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/edit-load-balancer-attributes.html";
  private static final String ALB_ACCESS_LOGS =
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html";
  private static final String CFN_LOAD_BALANCER =
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticloadbalancingv2-loadbalancer.html";
  private static final String CFN_TARGET_GROUP =
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticloadbalancingv2-targetgroup.html";
  private static final String CREATE_TARGET_GROUP =
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html";
  private static final String TARGET_GROUP_ATTRIBUTES =
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/edit-target-group-attributes.html";
  private static final String CFN_LAMBDA =
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-function.html";
  private static final String CFN_SECURITY_GROUP =
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-securitygroup.html";
  private static final String TF_LB =
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb";
  private static final String TF_TARGET_GROUP =
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_target_group";
  private static final String TF_LAMBDA =
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function";
  private static final String TF_SECURITY_GROUP =
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group";

  /** How a value the Terraform provider filled in reads. */
  public static final String TERRAFORM_NOTE = "Terraform default";

  private static final String API = "ELBv2 API default";

  // Load balancer (CloudFormation AWS::ElasticLoadBalancingV2::LoadBalancer)

  public static final PlatformDefault TYPE =
      PlatformDefault.of("Type", "application", "default type application", CFN_LOAD_BALANCER);
  public static final PlatformDefault SCHEME =
      PlatformDefault.of("Scheme", "internet-facing", "default scheme", CFN_LOAD_BALANCER);
  public static final PlatformDefault IDLE_TIMEOUT =
      PlatformDefault.seconds(
          "idle_timeout.timeout_seconds", 60, "ALB default idle timeout 60s", ALB_ATTRIBUTES);
  public static final PlatformDefault CLIENT_KEEP_ALIVE =
      PlatformDefault.seconds(
          "client_keep_alive.seconds", 3600, "ALB default client keep-alive 3600s", ALB_ATTRIBUTES);
  public static final PlatformDefault ACCESS_LOGS =
      PlatformDefault.of(
          "access_logs.s3.enabled", false, "ALB default: access logs off", ALB_ACCESS_LOGS);
  public static final PlatformDefault DROP_INVALID_HEADER_FIELDS =
      PlatformDefault.of(
          "routing.http.drop_invalid_header_fields.enabled",
          false,
          "ALB default: invalid header fields are forwarded",
          ALB_ATTRIBUTES);
  public static final PlatformDefault DESYNC_MITIGATION_MODE =
      PlatformDefault.of(
          "routing.http.desync_mitigation_mode", "defensive", "ALB default", ALB_ATTRIBUTES);

  /** Whether security groups are declared: without any, the VPC's default group applies. */
  public static final PlatformDefault SECURITY_GROUPS_DECLARED =
      PlatformDefault.of(
          "SecurityGroups",
          false,
          "no SecurityGroups: the VPC's default security group",
          CFN_LOAD_BALANCER);

  // Target group and health check (CreateTargetGroup: the API reference, not the user guide's
  // 5 s timeout table, is what CloudFormation applies)

  public static final PlatformDefault TARGET_TYPE =
      PlatformDefault.of(
          "TargetType", "instance", "default target type instance", CFN_TARGET_GROUP);
  public static final PlatformDefault PROTOCOL_VERSION =
      PlatformDefault.of(
          "ProtocolVersion", "HTTP1", "default protocol version HTTP1", CFN_TARGET_GROUP);
  public static final PlatformDefault HEALTH_CHECK_ENABLED =
      PlatformDefault.of("HealthCheckEnabled", true, API, CREATE_TARGET_GROUP);
  public static final PlatformDefault HEALTH_CHECK_ENABLED_LAMBDA =
      PlatformDefault.of(
          "HealthCheckEnabled", false, API + ": off for Lambda targets", CREATE_TARGET_GROUP);
  public static final PlatformDefault HEALTH_CHECK_PATH =
      PlatformDefault.of("HealthCheckPath", "/", API + " path /", CREATE_TARGET_GROUP);

  /**
   * A target group with ProtocolVersion GRPC checks a gRPC method; the API's text shows the path
   * brand-substituted ({@code /Amazon Web Services.ALB/healthcheck}), {@code /AWS.ALB/healthcheck}
   * is the value.
   */
  public static final PlatformDefault HEALTH_CHECK_PATH_GRPC =
      PlatformDefault.of(
          "HealthCheckPath",
          "/AWS.ALB/healthcheck",
          API + " path /AWS.ALB/healthcheck for gRPC",
          CREATE_TARGET_GROUP);

  public static final PlatformDefault HEALTH_CHECK_PORT =
      PlatformDefault.of(
          "HealthCheckPort", "traffic-port", API + " port traffic-port", CREATE_TARGET_GROUP);
  public static final PlatformDefault HEALTH_CHECK_PROTOCOL =
      PlatformDefault.of(
          "HealthCheckProtocol", "HTTP", API + " protocol HTTP", CREATE_TARGET_GROUP);
  public static final PlatformDefault HEALTH_CHECK_INTERVAL =
      PlatformDefault.seconds(
          "HealthCheckIntervalSeconds", 30, API + " interval 30s", CREATE_TARGET_GROUP);
  public static final PlatformDefault HEALTH_CHECK_INTERVAL_LAMBDA =
      PlatformDefault.seconds(
          "HealthCheckIntervalSeconds", 35, API + " interval 35s", CREATE_TARGET_GROUP);

  /** The timeout follows the target group's protocol; an unknown protocol takes the lower one. */
  public static final PlatformDefault HEALTH_CHECK_TIMEOUT_HTTP =
      PlatformDefault.seconds(
          "HealthCheckTimeoutSeconds", 6, API + " timeout 6s", CREATE_TARGET_GROUP);

  public static final PlatformDefault HEALTH_CHECK_TIMEOUT_HTTPS =
      PlatformDefault.seconds(
          "HealthCheckTimeoutSeconds", 10, API + " timeout 10s", CREATE_TARGET_GROUP);
  public static final PlatformDefault HEALTH_CHECK_TIMEOUT_LAMBDA =
      PlatformDefault.seconds(
          "HealthCheckTimeoutSeconds", 30, API + " timeout 30s", CREATE_TARGET_GROUP);
  public static final PlatformDefault HEALTHY_THRESHOLD =
      PlatformDefault.of(
          "HealthyThresholdCount", 5, API + " healthy threshold 5", CREATE_TARGET_GROUP);
  public static final PlatformDefault UNHEALTHY_THRESHOLD =
      PlatformDefault.of(
          "UnhealthyThresholdCount", 2, API + " unhealthy threshold 2", CREATE_TARGET_GROUP);

  /**
   * CreateTargetGroup UnhealthyThresholdCount: "If the target type is lambda, the default is 5."
   */
  public static final PlatformDefault UNHEALTHY_THRESHOLD_LAMBDA =
      PlatformDefault.of(
          "UnhealthyThresholdCount",
          5,
          API + " unhealthy threshold 5 for Lambda targets",
          CREATE_TARGET_GROUP);

  public static final PlatformDefault MATCHER =
      PlatformDefault.of("Matcher.HttpCode", "200", API + " matcher 200", CREATE_TARGET_GROUP);

  /** Matcher GrpcCode: "values between 0 and 99 … The default value is 12." */
  public static final PlatformDefault GRPC_MATCHER =
      PlatformDefault.of("Matcher.GrpcCode", "12", API + " gRPC matcher 12", CREATE_TARGET_GROUP);

  public static final PlatformDefault DEREGISTRATION_DELAY =
      PlatformDefault.seconds(
          "deregistration_delay.timeout_seconds",
          300,
          "ELBv2 default deregistration delay 300s",
          TARGET_GROUP_ATTRIBUTES);

  // A Lambda function as a target

  public static final PlatformDefault LAMBDA_TIMEOUT =
      PlatformDefault.seconds("Timeout", 3, "Lambda default timeout 3s", CFN_LAMBDA);

  // A security group on the path

  /** Without SecurityGroupEgress, AWS keeps the allow-all egress rule it creates. */
  public static final PlatformDefault EGRESS_DECLARED =
      PlatformDefault.of(
          "SecurityGroupEgress",
          false,
          "no SecurityGroupEgress: AWS keeps its allow-all egress rule",
          CFN_SECURITY_GROUP);

  // Terraform AWS provider: the same defaults, filled in by the provider

  public static final PlatformDefault TF_TYPE = terraform("load_balancer_type", TYPE, TF_LB);

  /** Terraform writes the scheme as {@code internal}; false is internet-facing. */
  public static final PlatformDefault TF_INTERNAL =
      PlatformDefault.of("internal", false, TERRAFORM_NOTE, TF_LB);

  public static final PlatformDefault TF_IDLE_TIMEOUT =
      terraform("idle_timeout", IDLE_TIMEOUT, TF_LB);
  public static final PlatformDefault TF_CLIENT_KEEP_ALIVE =
      terraform("client_keep_alive", CLIENT_KEEP_ALIVE, TF_LB);
  public static final PlatformDefault TF_DROP_INVALID_HEADER_FIELDS =
      terraform("drop_invalid_header_fields", DROP_INVALID_HEADER_FIELDS, TF_LB);
  public static final PlatformDefault TF_DESYNC_MITIGATION_MODE =
      terraform("desync_mitigation_mode", DESYNC_MITIGATION_MODE, TF_LB);
  public static final PlatformDefault TF_TARGET_TYPE =
      terraform("target_type", TARGET_TYPE, TF_TARGET_GROUP);
  public static final PlatformDefault TF_DEREGISTRATION_DELAY =
      terraform("deregistration_delay", DEREGISTRATION_DELAY, TF_TARGET_GROUP);
  public static final PlatformDefault TF_HEALTH_CHECK_ENABLED =
      terraform("health_check.enabled", HEALTH_CHECK_ENABLED, TF_TARGET_GROUP);
  public static final PlatformDefault TF_HEALTH_CHECK_PATH =
      terraform("health_check.path", HEALTH_CHECK_PATH, TF_TARGET_GROUP);
  public static final PlatformDefault TF_HEALTH_CHECK_PORT =
      terraform("health_check.port", HEALTH_CHECK_PORT, TF_TARGET_GROUP);
  public static final PlatformDefault TF_HEALTH_CHECK_PROTOCOL =
      terraform("health_check.protocol", HEALTH_CHECK_PROTOCOL, TF_TARGET_GROUP);
  public static final PlatformDefault TF_HEALTH_CHECK_INTERVAL =
      terraform("health_check.interval", HEALTH_CHECK_INTERVAL, TF_TARGET_GROUP);

  /** The provider applies the matcher only to HTTP and HTTPS health checks. */
  public static final PlatformDefault TF_MATCHER =
      terraform("health_check.matcher", MATCHER, TF_TARGET_GROUP);

  /**
   * With {@code protocol_version = "GRPC"} the matcher holds gRPC codes: "For gRPC-based target
   * groups … values can be between 0 and 99. The default is 12."
   */
  public static final PlatformDefault TF_GRPC_MATCHER =
      terraform("health_check.matcher", GRPC_MATCHER, TF_TARGET_GROUP);

  /** "For gRPC health checks, the default is /AWS.ALB/healthcheck." */
  public static final PlatformDefault TF_HEALTH_CHECK_PATH_GRPC =
      terraform("health_check.path", HEALTH_CHECK_PATH_GRPC, TF_TARGET_GROUP);

  public static final PlatformDefault TF_LAMBDA_TIMEOUT =
      terraform("timeout", LAMBDA_TIMEOUT, TF_LAMBDA);

  // Terraform AWS provider, a target group without a health_check block: AWS's defaults

  public static final PlatformDefault TF_API_HEALTH_CHECK_ENABLED =
      noHealthCheckBlock("health_check.enabled", HEALTH_CHECK_ENABLED);
  public static final PlatformDefault TF_API_HEALTH_CHECK_ENABLED_LAMBDA =
      noHealthCheckBlock("health_check.enabled", HEALTH_CHECK_ENABLED_LAMBDA);
  public static final PlatformDefault TF_API_HEALTH_CHECK_PATH =
      noHealthCheckBlock("health_check.path", HEALTH_CHECK_PATH);
  public static final PlatformDefault TF_API_HEALTH_CHECK_PATH_GRPC =
      noHealthCheckBlock("health_check.path", HEALTH_CHECK_PATH_GRPC);
  public static final PlatformDefault TF_API_HEALTH_CHECK_PORT =
      noHealthCheckBlock("health_check.port", HEALTH_CHECK_PORT);
  public static final PlatformDefault TF_API_HEALTH_CHECK_PROTOCOL =
      noHealthCheckBlock("health_check.protocol", HEALTH_CHECK_PROTOCOL);
  public static final PlatformDefault TF_API_HEALTH_CHECK_INTERVAL =
      noHealthCheckBlock("health_check.interval", HEALTH_CHECK_INTERVAL);
  public static final PlatformDefault TF_API_HEALTH_CHECK_INTERVAL_LAMBDA =
      noHealthCheckBlock("health_check.interval", HEALTH_CHECK_INTERVAL_LAMBDA);
  public static final PlatformDefault TF_API_HEALTH_CHECK_TIMEOUT_HTTP =
      noHealthCheckBlock("health_check.timeout", HEALTH_CHECK_TIMEOUT_HTTP);
  public static final PlatformDefault TF_API_HEALTH_CHECK_TIMEOUT_HTTPS =
      noHealthCheckBlock("health_check.timeout", HEALTH_CHECK_TIMEOUT_HTTPS);
  public static final PlatformDefault TF_API_HEALTH_CHECK_TIMEOUT_LAMBDA =
      noHealthCheckBlock("health_check.timeout", HEALTH_CHECK_TIMEOUT_LAMBDA);
  public static final PlatformDefault TF_API_HEALTHY_THRESHOLD =
      noHealthCheckBlock("health_check.healthy_threshold", HEALTHY_THRESHOLD);
  public static final PlatformDefault TF_API_UNHEALTHY_THRESHOLD =
      noHealthCheckBlock("health_check.unhealthy_threshold", UNHEALTHY_THRESHOLD);
  public static final PlatformDefault TF_API_UNHEALTHY_THRESHOLD_LAMBDA =
      noHealthCheckBlock("health_check.unhealthy_threshold", UNHEALTHY_THRESHOLD_LAMBDA);
  public static final PlatformDefault TF_API_MATCHER =
      noHealthCheckBlock("health_check.matcher", MATCHER);
  public static final PlatformDefault TF_API_GRPC_MATCHER =
      noHealthCheckBlock("health_check.matcher", GRPC_MATCHER);

  // Terraform AWS provider: defaults of its own

  public static final PlatformDefault TF_HEALTHY_THRESHOLD =
      PlatformDefault.of("health_check.healthy_threshold", 3, TERRAFORM_NOTE, TF_TARGET_GROUP);
  public static final PlatformDefault TF_UNHEALTHY_THRESHOLD =
      PlatformDefault.of("health_check.unhealthy_threshold", 3, TERRAFORM_NOTE, TF_TARGET_GROUP);
  public static final PlatformDefault TF_ACCESS_LOGS =
      PlatformDefault.of(
          "access_logs.enabled",
          false,
          "Terraform default: access logs off even when bucket is set",
          TF_LB);
  public static final PlatformDefault TF_SECURITY_GROUPS_DECLARED =
      PlatformDefault.of(
          "security_groups",
          false,
          "Terraform: no security_groups, the VPC's default security group applies",
          TF_LB);

  /**
   * Unlike AWS, the provider removes the allow-all egress rule of a group it creates: a group
   * without egress blocks has no egress. The value is whether the default egress rule is kept.
   */
  public static final PlatformDefault TF_DEFAULT_EGRESS_KEPT =
      PlatformDefault.of(
          "egress",
          false,
          "Terraform removes the default allow-all egress rule",
          TF_SECURITY_GROUP);

  /** Whether AWS keeps the allow-all egress rule of a group CloudFormation creates. */
  public static final PlatformDefault DEFAULT_EGRESS_KEPT =
      PlatformDefault.of(
          "SecurityGroupEgress",
          true,
          "AWS keeps the allow-all egress rule of a new security group",
          CFN_SECURITY_GROUP);

  /** The rows the CloudFormation mappers apply. */
  public static final List<PlatformDefault> CLOUDFORMATION =
      List.of(
          TYPE,
          SCHEME,
          IDLE_TIMEOUT,
          CLIENT_KEEP_ALIVE,
          ACCESS_LOGS,
          DROP_INVALID_HEADER_FIELDS,
          DESYNC_MITIGATION_MODE,
          SECURITY_GROUPS_DECLARED,
          TARGET_TYPE,
          PROTOCOL_VERSION,
          HEALTH_CHECK_ENABLED,
          HEALTH_CHECK_ENABLED_LAMBDA,
          HEALTH_CHECK_PATH,
          HEALTH_CHECK_PATH_GRPC,
          HEALTH_CHECK_PORT,
          HEALTH_CHECK_PROTOCOL,
          HEALTH_CHECK_INTERVAL,
          HEALTH_CHECK_INTERVAL_LAMBDA,
          HEALTH_CHECK_TIMEOUT_HTTP,
          HEALTH_CHECK_TIMEOUT_HTTPS,
          HEALTH_CHECK_TIMEOUT_LAMBDA,
          HEALTHY_THRESHOLD,
          UNHEALTHY_THRESHOLD,
          UNHEALTHY_THRESHOLD_LAMBDA,
          MATCHER,
          GRPC_MATCHER,
          DEREGISTRATION_DELAY,
          LAMBDA_TIMEOUT,
          EGRESS_DECLARED,
          DEFAULT_EGRESS_KEPT);

  /** The rows the Terraform mappers apply. */
  public static final List<PlatformDefault> TERRAFORM =
      List.of(
          TF_TYPE,
          TF_INTERNAL,
          TF_IDLE_TIMEOUT,
          TF_CLIENT_KEEP_ALIVE,
          TF_ACCESS_LOGS,
          TF_DROP_INVALID_HEADER_FIELDS,
          TF_DESYNC_MITIGATION_MODE,
          TF_SECURITY_GROUPS_DECLARED,
          TF_TARGET_TYPE,
          TF_DEREGISTRATION_DELAY,
          TF_HEALTH_CHECK_ENABLED,
          TF_HEALTH_CHECK_PATH,
          TF_HEALTH_CHECK_PORT,
          TF_HEALTH_CHECK_PROTOCOL,
          TF_HEALTH_CHECK_INTERVAL,
          TF_HEALTHY_THRESHOLD,
          TF_UNHEALTHY_THRESHOLD,
          TF_MATCHER,
          TF_GRPC_MATCHER,
          TF_HEALTH_CHECK_PATH_GRPC,
          TF_API_HEALTH_CHECK_ENABLED,
          TF_API_HEALTH_CHECK_ENABLED_LAMBDA,
          TF_API_HEALTH_CHECK_PATH,
          TF_API_HEALTH_CHECK_PATH_GRPC,
          TF_API_HEALTH_CHECK_PORT,
          TF_API_HEALTH_CHECK_PROTOCOL,
          TF_API_HEALTH_CHECK_INTERVAL,
          TF_API_HEALTH_CHECK_INTERVAL_LAMBDA,
          TF_API_HEALTH_CHECK_TIMEOUT_HTTP,
          TF_API_HEALTH_CHECK_TIMEOUT_HTTPS,
          TF_API_HEALTH_CHECK_TIMEOUT_LAMBDA,
          TF_API_HEALTHY_THRESHOLD,
          TF_API_UNHEALTHY_THRESHOLD,
          TF_API_UNHEALTHY_THRESHOLD_LAMBDA,
          TF_API_MATCHER,
          TF_API_GRPC_MATCHER,
          TF_LAMBDA_TIMEOUT,
          TF_DEFAULT_EGRESS_KEPT);

  /**
   * The AWS default of a health-check setting of a Terraform target group without a {@code
   * health_check} block: the provider sends nothing, so the value and the source are AWS's, and the
   * note says why the provider's own block defaults do not apply.
   */
  private static PlatformDefault noHealthCheckBlock(String argument, PlatformDefault aws) {
    return new PlatformDefault(
        argument,
        aws.value(),
        aws.shownIn(),
        aws.note().replace(API, "AWS default") + " (no health_check block)",
        aws.sourceUrl());
  }

  /** The AWS default as the Terraform provider applies it: same value, the provider's note. */
  private static PlatformDefault terraform(String argument, PlatformDefault aws, String url) {
    return new PlatformDefault(argument, aws.value(), aws.shownIn(), TERRAFORM_NOTE, url);
  }
}
