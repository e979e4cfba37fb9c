/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.cfn;

import io.gatelint.model.Listener;
import io.gatelint.model.ListenerRule;
import io.gatelint.model.LoadBalancer;
import io.gatelint.model.Location;
import io.gatelint.model.Resource;
import io.gatelint.model.ResourceKind;
import io.gatelint.model.Value;
import io.gatelint.model.defaults.ElbDefaults;
import io.gatelint.parse.Durations;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Load balancers, listeners and listener rules (ELBv2). */
final class LoadBalancingMapper implements ResourceMapper {

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
    lb.setType(read.textOr(p, "Type", ElbDefaults.TYPE, at));
    lb.setScheme(read.textOr(p, "Scheme", ElbDefaults.SCHEME, at));
    // a default is located at the resource that leaves the attribute out, never at an attribute
    // list that does not set it
    Location attrsAt = read.keyLocation(p, "LoadBalancerAttributes", at);
    PropertyReader.Attributes attrs = read.keyValues(p.get("LoadBalancerAttributes"), attrsAt);
    lb.setIdleTimeout(
        Durations.seconds(
            read.attr(attrs, "idle_timeout.timeout_seconds", ElbDefaults.IDLE_TIMEOUT, at)));
    lb.setClientKeepAlive(
        Durations.seconds(
            read.attr(attrs, "client_keep_alive.seconds", ElbDefaults.CLIENT_KEEP_ALIVE, at)));
    lb.setAccessLogsEnabled(
        read.attr(attrs, "access_logs.s3.enabled", ElbDefaults.ACCESS_LOGS, at));
    lb.setAccessLogsBucket(
        attrs.known().getOrDefault("access_logs.s3.bucket", Value.unknown(attrsAt, "no bucket")));
    lb.setDropInvalidHeaderFields(
        read.attr(
            attrs,
            "routing.http.drop_invalid_header_fields.enabled",
            ElbDefaults.DROP_INVALID_HEADER_FIELDS,
            at));
    lb.setDesyncMitigationMode(
        read.attr(
            attrs, "routing.http.desync_mitigation_mode", ElbDefaults.DESYNC_MITIGATION_MODE, at));
    Node groups = p.get("SecurityGroups");
    if (groups == null) {
      lb.setSecurityGroupsDeclared(ElbDefaults.SECURITY_GROUPS_DECLARED.at(at));
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
