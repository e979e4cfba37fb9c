/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.cfn;

import io.gatelint.model.HealthCheck;
import io.gatelint.model.Location;
import io.gatelint.model.Resource;
import io.gatelint.model.ResourceKind;
import io.gatelint.model.Target;
import io.gatelint.model.TargetGroup;
import io.gatelint.model.Value;
import io.gatelint.model.defaults.ElbDefaults;
import io.gatelint.model.defaults.PlatformDefault;
import io.gatelint.parse.Durations;
import java.util.Set;

/** Target groups, their health checks, attributes and registered targets. */
final class TargetGroupMapper implements ResourceMapper {

  static final Set<ResourceKind<?>> KINDS = Set.of(ResourceKind.TARGET_GROUP);

  private final PropertyReader read;
  private final Resolver resolver;

  TargetGroupMapper(PropertyReader read) {
    this.read = read;
    this.resolver = read.resolver();
  }

  @Override
  public Resource map(ResourceKind<?> kind, String id, String type, Node.MapNode p, Location at) {
    return targetGroup(id, type, p, at);
  }

  private TargetGroup targetGroup(String id, String type, Node.MapNode p, Location at) {
    TargetGroup tg = read.init(new TargetGroup(), id, type, at);
    tg.setName(read.text(p, "Name", at));
    Value<Object> targetType = read.valueOr(p, "TargetType", ElbDefaults.TARGET_TYPE, at);
    tg.setTargetType(targetType);
    boolean lambda = targetType.isKnown() && targetType.text().equalsIgnoreCase("lambda");
    tg.setProtocol(read.value(p, "Protocol", at));
    tg.setProtocolVersion(read.valueOr(p, "ProtocolVersion", ElbDefaults.PROTOCOL_VERSION, at));
    Value<Object> version = tg.getProtocolVersion();
    boolean grpc = version.isKnown() && version.text().equalsIgnoreCase("GRPC");
    tg.setPort(read.value(p, "Port", at));

    HealthCheck hc = new HealthCheck();
    hc.setEnabled(
        read.valueOr(
            p,
            "HealthCheckEnabled",
            lambda ? ElbDefaults.HEALTH_CHECK_ENABLED_LAMBDA : ElbDefaults.HEALTH_CHECK_ENABLED,
            at));
    hc.setPath(
        read.valueOr(
            p,
            "HealthCheckPath",
            grpc ? ElbDefaults.HEALTH_CHECK_PATH_GRPC : ElbDefaults.HEALTH_CHECK_PATH,
            at));
    hc.setPort(read.valueOr(p, "HealthCheckPort", ElbDefaults.HEALTH_CHECK_PORT, at));
    hc.setProtocol(read.valueOr(p, "HealthCheckProtocol", ElbDefaults.HEALTH_CHECK_PROTOCOL, at));
    hc.setInterval(
        Durations.seconds(
            read.valueOr(
                p,
                "HealthCheckIntervalSeconds",
                lambda
                    ? ElbDefaults.HEALTH_CHECK_INTERVAL_LAMBDA
                    : ElbDefaults.HEALTH_CHECK_INTERVAL,
                at)));
    // CreateTargetGroup: the default timeout follows the target group's protocol, not the health
    // check's; when the protocol is not known the lower default is assumed
    Value<Object> protocol = tg.getProtocol();
    PlatformDefault timeoutDefault =
        lambda
            ? ElbDefaults.HEALTH_CHECK_TIMEOUT_LAMBDA
            : protocol.isKnown() && protocol.text().equalsIgnoreCase("HTTPS")
                ? ElbDefaults.HEALTH_CHECK_TIMEOUT_HTTPS
                : ElbDefaults.HEALTH_CHECK_TIMEOUT_HTTP;
    hc.setTimeout(
        Durations.seconds(read.valueOr(p, "HealthCheckTimeoutSeconds", timeoutDefault, at)));
    hc.setHealthyThreshold(
        read.valueOr(p, "HealthyThresholdCount", ElbDefaults.HEALTHY_THRESHOLD, at));
    hc.setUnhealthyThreshold(
        read.valueOr(
            p,
            "UnhealthyThresholdCount",
            lambda ? ElbDefaults.UNHEALTHY_THRESHOLD_LAMBDA : ElbDefaults.UNHEALTHY_THRESHOLD,
            at));
    Node matcher = resolver.structural(p.get("Matcher"));
    if (matcher instanceof Node.MapNode m) {
      hc.setMatcher(
          read.nullToUnknown(resolver.value(m.get("HttpCode")), m.location(), "no HttpCode"));
      hc.setGrpcMatcher(
          read.nullToUnknown(resolver.value(m.get("GrpcCode")), m.location(), "no GrpcCode"));
    } else if (matcher == null && p.get("Matcher") != null) {
      hc.setMatcher(Value.unknown(p.get("Matcher").location(), "matcher computed at deploy time"));
      hc.setGrpcMatcher(
          Value.unknown(p.get("Matcher").location(), "matcher computed at deploy time"));
    } else if (grpc) {
      // a gRPC target group's matcher is GrpcCode, 12 when not written
      hc.setMatcher(Value.unknown(at, "not set: a gRPC target group"));
      hc.setGrpcMatcher(ElbDefaults.GRPC_MATCHER.at(at));
    } else {
      hc.setMatcher(ElbDefaults.MATCHER.at(at));
      hc.setGrpcMatcher(Value.unknown(at, "not set"));
    }
    tg.setHealthCheck(hc);

    PropertyReader.Attributes attrs =
        read.keyValues(
            p.get("TargetGroupAttributes"), read.keyLocation(p, "TargetGroupAttributes", at));
    tg.setDeregistrationDelay(
        Durations.seconds(
            read.attr(
                attrs,
                "deregistration_delay.timeout_seconds",
                ElbDefaults.DEREGISTRATION_DELAY,
                at)));
    Node targets = p.get("Targets");
    if (resolver.isUnknownList(targets))
      tg.getTargets().add(unknownTarget(targets, "targets computed at deploy time"));
    for (Node t : resolver.items(targets)) {
      if (resolver.structural(t) instanceof Node.MapNode tm) {
        Target target = new Target();
        target.setTarget(read.nullToUnknown(resolver.value(tm.get("Id")), tm.location(), "no Id"));
        // no Port: registered on the target group's port
        target.setPort(resolver.value(tm.get("Port")));
        tg.getTargets().add(target);
      } else if (resolver.isUnknownMap(t)) {
        tg.getTargets().add(unknownTarget(t, "target computed at deploy time"));
      }
    }
    return tg;
  }

  private static Target unknownTarget(Node node, String why) {
    Target target = new Target();
    target.setTarget(Value.unknown(node.location(), why));
    target.setPort(Value.unknown(node.location(), why));
    return target;
  }
}
