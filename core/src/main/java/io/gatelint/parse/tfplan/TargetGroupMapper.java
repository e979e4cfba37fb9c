/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import io.gatelint.model.HealthCheck;
import io.gatelint.model.Ref;
import io.gatelint.model.Resource;
import io.gatelint.model.ResourceKind;
import io.gatelint.model.Target;
import io.gatelint.model.TargetGroup;
import io.gatelint.model.Value;
import io.gatelint.model.defaults.ElbDefaults;
import io.gatelint.model.defaults.PlatformDefault;
import io.gatelint.parse.Durations;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Target groups with their health checks, and the targets {@code aws_lb_target_group_attachment}
 * registers.
 */
final class TargetGroupMapper implements ResourceMapper {

  static final Set<ResourceKind<?>> KINDS = Set.of(ResourceKind.TARGET_GROUP);

  private final List<TargetGroup> targetGroups = new ArrayList<>();
  private final List<ResourceView> attachments = new ArrayList<>();

  @Override
  public Set<ResourceKind<?>> kinds() {
    return KINDS;
  }

  @Override
  public List<? extends Resource> map(ResourceKind<?> kind, ResourceView v) {
    if (ResourceKind.TARGET_GROUP.terraformAttachments().contains(v.type())) {
      attachments.add(v);
      return List.of();
    }
    TargetGroup tg = targetGroup(v);
    targetGroups.add(tg);
    return List.of(tg);
  }

  private TargetGroup targetGroup(ResourceView v) {
    TargetGroup tg = v.init(new TargetGroup());
    tg.setName(PlanValues.text(v.value("name")));
    tg.setTargetType(v.valueOr(ElbDefaults.TF_TARGET_TYPE, "target_type"));
    tg.setProtocol(v.value("protocol"));
    tg.setProtocolVersion(v.value("protocol_version"));
    tg.setPort(v.value("port"));
    tg.setDeregistrationDelay(
        Durations.seconds(v.valueOr(ElbDefaults.TF_DEREGISTRATION_DELAY, "deregistration_delay")));
    Value<Object> targetType = tg.getTargetType();
    boolean lambda = targetType.isKnown() && targetType.text().equalsIgnoreCase("lambda");
    Value<Object> version = tg.getProtocolVersion();
    boolean grpc = version != null && version.isKnown() && version.text().equalsIgnoreCase("GRPC");
    Object[] h = {"health_check", 0};
    if (v.size("health_check") == 0 && v.configAt("health_check").depth() == 0) {
      awsHealthCheck(v, tg, h, lambda, grpc);
    } else {
      providerHealthCheck(v, tg, h, grpc);
    }
    return tg;
  }

  /**
   * A {@code health_check} block: the values the plan shows, which include the provider's defaults
   * for the block (enabled, thresholds 3/3, interval 30, port, protocol).
   */
  private static void providerHealthCheck(
      ResourceView v, TargetGroup tg, Object[] h, boolean grpc) {
    HealthCheck hc = tg.getHealthCheck();
    hc.setEnabled(v.value(ResourceView.append(h, "enabled"), ElbDefaults.TF_HEALTH_CHECK_ENABLED));
    hc.setPath(
        v.value(
            ResourceView.append(h, "path"),
            grpc ? ElbDefaults.TF_HEALTH_CHECK_PATH_GRPC : ElbDefaults.TF_HEALTH_CHECK_PATH));
    hc.setPort(v.value(ResourceView.append(h, "port"), ElbDefaults.TF_HEALTH_CHECK_PORT));
    hc.setProtocol(
        v.value(ResourceView.append(h, "protocol"), ElbDefaults.TF_HEALTH_CHECK_PROTOCOL));
    hc.setInterval(
        Durations.seconds(
            v.value(ResourceView.append(h, "interval"), ElbDefaults.TF_HEALTH_CHECK_INTERVAL)));
    Value<Object> timeout = v.value(ResourceView.append(h, "timeout"));
    if (timeout == null) {
      timeout =
          Value.unknown(
              v.at(ResourceView.append(h, "timeout")),
              "Terraform: computed by the provider when not set");
    }
    hc.setTimeout(Durations.seconds(timeout));
    hc.setHealthyThreshold(
        v.value(ResourceView.append(h, "healthy_threshold"), ElbDefaults.TF_HEALTHY_THRESHOLD));
    hc.setUnhealthyThreshold(
        v.value(ResourceView.append(h, "unhealthy_threshold"), ElbDefaults.TF_UNHEALTHY_THRESHOLD));
    String protocol = hc.getProtocol().isKnown() ? hc.getProtocol().text().toUpperCase() : "";
    boolean http = protocol.equals("HTTP") || protocol.equals("HTTPS");
    Object[] matcher = ResourceView.append(h, "matcher");
    if (grpc) {
      // with protocol_version GRPC the one matcher argument holds gRPC codes
      hc.setMatcher(Value.unknown(v.at(matcher), "not an HTTP matcher: a gRPC target group"));
      hc.setGrpcMatcher(http ? v.value(matcher, ElbDefaults.TF_GRPC_MATCHER) : v.value(matcher));
    } else {
      hc.setMatcher(http ? v.value(matcher, ElbDefaults.TF_MATCHER) : v.value(matcher));
    }
  }

  /**
   * No {@code health_check} block: the provider sends no health-check setting and plans none, so
   * AWS's CreateTargetGroup defaults apply — off for Lambda targets, thresholds 5/2 (Lambda 5/5),
   * interval 30 s (Lambda 35 s), timeout by protocol — not the provider's block defaults.
   */
  private static void awsHealthCheck(
      ResourceView v, TargetGroup tg, Object[] h, boolean lambda, boolean grpc) {
    HealthCheck hc = tg.getHealthCheck();
    hc.setEnabled(
        aws(
            v,
            h,
            "enabled",
            lambda
                ? ElbDefaults.TF_API_HEALTH_CHECK_ENABLED_LAMBDA
                : ElbDefaults.TF_API_HEALTH_CHECK_ENABLED));
    hc.setPath(
        aws(
            v,
            h,
            "path",
            grpc
                ? ElbDefaults.TF_API_HEALTH_CHECK_PATH_GRPC
                : ElbDefaults.TF_API_HEALTH_CHECK_PATH));
    hc.setPort(aws(v, h, "port", ElbDefaults.TF_API_HEALTH_CHECK_PORT));
    hc.setProtocol(aws(v, h, "protocol", ElbDefaults.TF_API_HEALTH_CHECK_PROTOCOL));
    hc.setInterval(
        Durations.seconds(
            aws(
                v,
                h,
                "interval",
                lambda
                    ? ElbDefaults.TF_API_HEALTH_CHECK_INTERVAL_LAMBDA
                    : ElbDefaults.TF_API_HEALTH_CHECK_INTERVAL)));
    // CreateTargetGroup: the default timeout follows the target group's protocol; when the
    // protocol is not known the lower default is assumed, as for CloudFormation
    Value<Object> protocol = tg.getProtocol();
    PlatformDefault timeout =
        lambda
            ? ElbDefaults.TF_API_HEALTH_CHECK_TIMEOUT_LAMBDA
            : protocol != null && protocol.isKnown() && protocol.text().equalsIgnoreCase("HTTPS")
                ? ElbDefaults.TF_API_HEALTH_CHECK_TIMEOUT_HTTPS
                : ElbDefaults.TF_API_HEALTH_CHECK_TIMEOUT_HTTP;
    hc.setTimeout(Durations.seconds(aws(v, h, "timeout", timeout)));
    hc.setHealthyThreshold(aws(v, h, "healthy_threshold", ElbDefaults.TF_API_HEALTHY_THRESHOLD));
    hc.setUnhealthyThreshold(
        aws(
            v,
            h,
            "unhealthy_threshold",
            lambda
                ? ElbDefaults.TF_API_UNHEALTHY_THRESHOLD_LAMBDA
                : ElbDefaults.TF_API_UNHEALTHY_THRESHOLD));
    if (grpc) {
      hc.setMatcher(Value.unknown(v.at(h), "not an HTTP matcher: a gRPC target group"));
      hc.setGrpcMatcher(aws(v, h, "matcher", ElbDefaults.TF_API_GRPC_MATCHER));
    } else {
      hc.setMatcher(aws(v, h, "matcher", ElbDefaults.TF_API_MATCHER));
    }
  }

  /** The AWS default of a setting the plan leaves out, shown at the target group. */
  private static Value<Object> aws(
      ResourceView v, Object[] h, String setting, PlatformDefault row) {
    return row.at(v.at(ResourceView.append(h, setting)));
  }

  /** Adds attachments to the target groups they name, once every resource of the plan is read. */
  @Override
  public void finish() {
    for (ResourceView view : attachments) {
      Value<Object> group = view.link("target_group_arn");
      if (group == null || !group.isRef()) continue;
      Ref ref = group.ref();
      for (TargetGroup tg : targetGroups) {
        if (!tg.getId().equals(ref.target())) continue;
        Target target = new Target();
        target.setTarget(view.link("target_id"));
        target.setPort(view.value("port"));
        tg.getTargets().add(target);
      }
    }
  }
}
