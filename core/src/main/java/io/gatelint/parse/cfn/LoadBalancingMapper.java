package io.gatelint.parse.cfn;

import io.gatelint.model.Listener;
import io.gatelint.model.ListenerRule;
import io.gatelint.model.LoadBalancer;
import io.gatelint.model.Location;
import io.gatelint.model.Resource;
import io.gatelint.model.ResourceKind;
import io.gatelint.model.Value;
import io.gatelint.model.Value.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Load balancers, listeners and listener rules (ELBv2). */
final class LoadBalancingMapper implements ResourceMapper {
  private static final String ALB = "ALB default";

  static final Set<ResourceKind<?>> KINDS =
      Set.of(ResourceKind.LOAD_BALANCER, ResourceKind.LISTENER, ResourceKind.LISTENER_RULE);

  private final PropertyReader read;
  private final Resolver resolver;

  LoadBalancingMapper(PropertyReader read) {
    this.read = read;
    this.resolver = read.resolver();
  }

  @Override
  public Resource map(ResourceKind<?> kind, String id, String type, Node.MapNode p, Location at) {
    if (kind == ResourceKind.LOAD_BALANCER) return loadBalancer(id, type, p, at);
    if (kind == ResourceKind.LISTENER) return listener(id, type, p, at);
    return listenerRule(id, type, p, at);
  }

  private LoadBalancer loadBalancer(String id, String type, Node.MapNode p, Location at) {
    LoadBalancer lb = read.init(new LoadBalancer(), id, type, at);
    lb.setName(read.text(p, "Name", at));
    lb.setType(read.textOr(p, "Type", "application", at, "default type application"));
    lb.setScheme(read.textOr(p, "Scheme", "internet-facing", at, "default scheme"));
    Location attrsAt = read.keyLocation(p, "LoadBalancerAttributes", at);
    PropertyReader.Attributes attrs = read.keyValues(p.get("LoadBalancerAttributes"), attrsAt);
    lb.setIdleTimeout(
        read.attr(attrs, "idle_timeout.timeout_seconds", 60, attrsAt, ALB + " idle timeout 60s")
            .in(Unit.SECONDS));
    lb.setClientKeepAlive(
        read.attr(
                attrs, "client_keep_alive.seconds", 3600, attrsAt, ALB + " client keep-alive 3600s")
            .in(Unit.SECONDS));
    lb.setAccessLogsEnabled(
        read.attr(attrs, "access_logs.s3.enabled", false, attrsAt, ALB + ": access logs off"));
    lb.setAccessLogsBucket(
        attrs.known().getOrDefault("access_logs.s3.bucket", Value.unknown(attrsAt, "no bucket")));
    lb.setDropInvalidHeaderFields(
        read.attr(
            attrs,
            "routing.http.drop_invalid_header_fields.enabled",
            false,
            attrsAt,
            ALB + ": invalid header fields are forwarded"));
    lb.setDesyncMitigationMode(
        read.attr(attrs, "routing.http.desync_mitigation_mode", "defensive", attrsAt, ALB));
    Node groups = p.get("SecurityGroups");
    if (groups == null) {
      lb.setSecurityGroupsDeclared(
          Value.byDefault(false, at, "no SecurityGroups: the VPC's default security group"));
    } else if (resolver.isList(groups)) {
      lb.setSecurityGroupsDeclared(Value.explicit(true, resolver.structural(groups).location()));
      lb.setSecurityGroups(read.values(groups));
    } else {
      lb.setSecurityGroupsDeclared(
          Value.unknown(groups.location(), "security groups computed at deploy time"));
      lb.setSecurityGroups(read.values(groups));
    }
    return lb;
  }

  private Listener listener(String id, String type, Node.MapNode p, Location at) {
    Listener l = read.init(new Listener(), id, type, at);
    l.setLoadBalancer(read.value(p, "LoadBalancerArn", at));
    l.setPort(read.value(p, "Port", at));
    l.setProtocol(read.value(p, "Protocol", at));
    l.setForwards(forwards(p.get("DefaultActions")));
    return l;
  }

  private ListenerRule listenerRule(String id, String type, Node.MapNode p, Location at) {
    ListenerRule r = read.init(new ListenerRule(), id, type, at);
    r.setListener(read.value(p, "ListenerArn", at));
    r.setPriority(read.value(p, "Priority", at));
    r.setForwards(forwards(p.get("Actions")));
    return r;
  }

  private List<Value<Object>> forwards(Node actions) {
    List<Value<Object>> out = new ArrayList<>();
    for (Node a : resolver.items(actions)) {
      if (!(resolver.structural(a) instanceof Node.MapNode action)) continue;
      Value<Object> kind = resolver.value(action.get("Type"));
      if (kind != null && kind.isKnown() && !kind.text().equalsIgnoreCase("forward")) continue;
      Value<Object> tg = resolver.value(action.get("TargetGroupArn"));
      if (tg != null) out.add(tg);
      if (resolver.structural(action.get("ForwardConfig")) instanceof Node.MapNode fc) {
        for (Node t : resolver.items(fc.get("TargetGroups"))) {
          if (resolver.structural(t) instanceof Node.MapNode tm) {
            Value<Object> arn = resolver.value(tm.get("TargetGroupArn"));
            if (arn != null) out.add(arn);
          }
        }
      }
    }
    return out;
  }
}
