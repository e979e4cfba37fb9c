/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import io.gatelint.model.Listener;
import io.gatelint.model.ListenerRule;
import io.gatelint.model.LoadBalancer;
import io.gatelint.model.Resource;
import io.gatelint.model.ResourceKind;
import io.gatelint.model.Value;
import io.gatelint.model.defaults.ElbDefaults;
import io.gatelint.parse.Durations;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Load balancers, listeners and listener rules ({@code aws_lb}, {@code aws_lb_listener}, {@code
 * aws_lb_listener_rule} and their {@code aws_alb} aliases).
 */
final class LoadBalancingMapper implements ResourceMapper {

  static final Set<ResourceKind<?>> KINDS =
      Set.of(ResourceKind.LOAD_BALANCER, ResourceKind.LISTENER, ResourceKind.LISTENER_RULE);

  @Override
  public Set<ResourceKind<?>> kinds() {
    return KINDS;
  }

  @Override
  public List<? extends Resource> map(ResourceKind<?> kind, ResourceView v) {
    if (kind == ResourceKind.LOAD_BALANCER) return List.of(loadBalancer(v));
    if (kind == ResourceKind.LISTENER) return List.of(listener(v));
    return List.of(listenerRule(v));
  }

  private LoadBalancer loadBalancer(ResourceView v) {
    LoadBalancer lb = v.init(new LoadBalancer());
    lb.setName(PlanValues.text(v.value("name")));
    lb.setType(PlanValues.text(v.valueOr(ElbDefaults.TF_TYPE, "load_balancer_type")));
    Value<Object> internal = v.valueOr(ElbDefaults.TF_INTERNAL, "internal");
    lb.setScheme(
        internal.isUnknown()
            ? Value.unknown(internal.origin())
            : Value.of(internal.bool() ? "internal" : "internet-facing", internal.origin()));
    lb.setIdleTimeout(Durations.seconds(v.valueOr(ElbDefaults.TF_IDLE_TIMEOUT, "idle_timeout")));
    lb.setClientKeepAlive(
        Durations.seconds(v.valueOr(ElbDefaults.TF_CLIENT_KEEP_ALIVE, "client_keep_alive")));
    lb.setAccessLogsEnabled(
        v.value(new Object[] {"access_logs", 0, "enabled"}, ElbDefaults.TF_ACCESS_LOGS));
    lb.setAccessLogsBucket(v.value("access_logs", 0, "bucket"));
    lb.setDropInvalidHeaderFields(
        v.valueOr(ElbDefaults.TF_DROP_INVALID_HEADER_FIELDS, "drop_invalid_header_fields"));
    lb.setDesyncMitigationMode(
        v.valueOr(ElbDefaults.TF_DESYNC_MITIGATION_MODE, "desync_mitigation_mode"));
    lb.getSecurityGroups().addAll(v.links("security_groups"));
    if (v.hasConfig() && v.configAt("security_groups").written()) {
      lb.setSecurityGroupsDeclared(Value.explicit(true, v.at("security_groups")));
    } else if (v.size("security_groups") > 0 && !v.hasConfig()) {
      lb.setSecurityGroupsDeclared(Value.explicit(true, v.at("security_groups")));
    } else if (v.hasConfig()) {
      lb.setSecurityGroupsDeclared(ElbDefaults.TF_SECURITY_GROUPS_DECLARED.at(v.location()));
    } else if (v.unknown("security_groups")) {
      lb.setSecurityGroupsDeclared(Value.unknown(v.at("security_groups"), "known after apply"));
    } else {
      lb.setSecurityGroupsDeclared(Value.explicit(false, v.at("security_groups")));
    }
    return lb;
  }

  private Listener listener(ResourceView v) {
    Listener listener = v.init(new Listener());
    listener.setLoadBalancer(otherState(v, v.link("load_balancer_arn"), "load_balancer_arn"));
    listener.setPort(v.value("port"));
    listener.setProtocol(v.value("protocol"));
    listener.getForwards().addAll(forwards(v, "default_action"));
    return listener;
  }

  private ListenerRule listenerRule(ResourceView v) {
    ListenerRule rule = v.init(new ListenerRule());
    rule.setListener(otherState(v, v.link("listener_arn"), "listener_arn"));
    rule.setPriority(v.value("priority"));
    rule.getForwards().addAll(forwards(v, "action"));
    return rule;
  }

  /**
   * Target groups the actions forward to: {@code forward { target_group { arn } }}, else {@code
   * target_group_arn}.
   */
  private static List<Value<Object>> forwards(ResourceView v, String actions) {
    List<Value<Object>> dynamic = DynamicBlocks.forwards(v, actions);
    if (dynamic != null) return dynamic;
    List<Value<Object>> out = new ArrayList<>();
    for (int i = 0; i < v.size(actions); i++) {
      int forwardBlocks = v.size(actions, i, "forward");
      boolean viaForward = false;
      for (int j = 0; j < forwardBlocks; j++) {
        for (int k = 0; k < v.size(actions, i, "forward", j, "target_group"); k++) {
          Object[] path = {actions, i, "forward", j, "target_group", k, "arn"};
          Value<Object> arn = otherState(v, v.link(path), path);
          if (arn != null) {
            out.add(arn);
            viaForward = true;
          }
        }
      }
      if (!viaForward) {
        Object[] path = {actions, i, "target_group_arn"};
        Value<Object> arn = otherState(v, v.link(path), path);
        if (arn != null && (arn.isRef() || arn.isUnknown() || !arn.text().isEmpty())) out.add(arn);
      }
    }
    return out;
  }

  /**
   * Data sources that read a load balancer, listener or target group another Terraform
   * configuration manages, and {@code terraform_remote_state}, which reads another state's outputs:
   * what they name is not in this plan. The plan holds an ARN (or "known after apply" when the read
   * is deferred), which links nothing; the value becomes an unknown that names the data source, so
   * the linker lists it as unlinked with that evidence.
   */
  private static final List<String> OTHER_STATE =
      List.of(
          "data.terraform_remote_state.",
          "data.aws_lb_listener.",
          "data.aws_alb_listener.",
          "data.aws_lb.",
          "data.aws_alb.",
          "data.aws_lb_target_group.",
          "data.aws_alb_target_group.");

  private static Value<Object> otherState(ResourceView v, Value<Object> linked, Object... path) {
    if (linked == null) return null;
    if (linked.isRef() && !linked.ref().target().startsWith("data.")) return linked;
    ResourceView.ConfigHit hit = v.configAt(path);
    if (!hit.written() || hit.depth() < path.length) return linked;
    var references = hit.expression().get("references");
    if (references == null || !references.isArray()) return linked;
    for (var r : references) {
      String address = r.asText();
      if (OTHER_STATE.stream().anyMatch(address::startsWith)) {
        String what =
            address.startsWith("data.terraform_remote_state.")
                ? "an output of another Terraform state"
                : "a data source reading what another Terraform configuration manages";
        return Value.unknown(linked.location(), address + " is " + what);
      }
    }
    return linked;
  }
}
