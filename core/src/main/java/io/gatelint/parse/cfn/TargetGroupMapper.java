package io.gatelint.parse.cfn;

import io.gatelint.model.HealthCheck;
import io.gatelint.model.Location;
import io.gatelint.model.Resource;
import io.gatelint.model.ResourceKind;
import io.gatelint.model.Target;
import io.gatelint.model.TargetGroup;
import io.gatelint.model.Value;
import io.gatelint.model.Value.Unit;
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
    Value<Object> targetType =
        read.valueOr(p, "TargetType", "instance", at, "default target type instance");
    tg.setTargetType(targetType);
    boolean lambda = targetType.isKnown() && targetType.text().equalsIgnoreCase("lambda");
    tg.setProtocol(read.value(p, "Protocol", at));
    tg.setProtocolVersion(
        read.valueOr(p, "ProtocolVersion", "HTTP1", at, "default protocol version HTTP1"));
    tg.setPort(read.value(p, "Port", at));

    HealthCheck hc = new HealthCheck();
    String api = "ELBv2 API default";
    hc.setEnabled(
        read.valueOr(
            p,
            "HealthCheckEnabled",
            !lambda,
            at,
            api + (lambda ? ": off for Lambda targets" : "")));
    hc.setPath(read.valueOr(p, "HealthCheckPath", "/", at, api + " path /"));
    hc.setPort(read.valueOr(p, "HealthCheckPort", "traffic-port", at, api + " port traffic-port"));
    Value<Object> hcProtocol =
        read.valueOr(p, "HealthCheckProtocol", "HTTP", at, api + " protocol HTTP");
    hc.setProtocol(hcProtocol);
    hc.setInterval(
        read.valueOr(
                p,
                "HealthCheckIntervalSeconds",
                lambda ? 35 : 30,
                at,
                api + " interval " + (lambda ? 35 : 30) + "s")
            .in(Unit.SECONDS));
    // CreateTargetGroup: the default timeout follows the target group's protocol (HTTP 6 s, HTTPS
    // 10 s),
    // not the health check's; when the protocol is not known the lower default is assumed
    Value<Object> protocol = tg.getProtocol();
    int timeoutDefault =
        lambda ? 30 : protocol.isKnown() && protocol.text().equalsIgnoreCase("HTTPS") ? 10 : 6;
    hc.setTimeout(
        read.valueOr(
                p,
                "HealthCheckTimeoutSeconds",
                timeoutDefault,
                at,
                api + " timeout " + timeoutDefault + "s")
            .in(Unit.SECONDS));
    hc.setHealthyThreshold(
        read.valueOr(p, "HealthyThresholdCount", 5, at, api + " healthy threshold 5"));
    hc.setUnhealthyThreshold(
        read.valueOr(p, "UnhealthyThresholdCount", 2, at, api + " unhealthy threshold 2"));
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
    } else {
      hc.setMatcher(Value.byDefault("200", at, api + " matcher 200"));
      hc.setGrpcMatcher(Value.unknown(at, "not set"));
    }
    tg.setHealthCheck(hc);

    PropertyReader.Attributes attrs =
        read.keyValues(
            p.get("TargetGroupAttributes"), read.keyLocation(p, "TargetGroupAttributes", at));
    tg.setDeregistrationDelay(
        read.attr(
                attrs,
                "deregistration_delay.timeout_seconds",
                300,
                at,
                "ELBv2 default deregistration delay 300s")
            .in(Unit.SECONDS));
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
