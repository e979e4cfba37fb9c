/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Target groups nothing in the tree registers to: no {@code Targets} (or attachment), no ECS
 * service or Auto Scaling group names it, and no output or export hands it to another stack.
 * Environment stacks give a listener's default action such a group to drop traffic until services
 * add their own rules; it never has targets, so it needs no unhealthy-host alarm and answers no
 * backend. A registration the tree holds but cannot resolve (an ECS service or Auto Scaling group
 * whose target group is known only at deploy time) may name any group, so then none is judged a
 * placeholder.
 */
public final class Placeholders {

  private Placeholders() {}

  /** Each placeholder target group with the reason it was judged one, in model order. */
  public static Map<TargetGroup, String> judge(Model model) {
    Map<TargetGroup, String> out = new LinkedHashMap<>();
    Map<TargetGroup, Boolean> registered = new IdentityHashMap<>();
    boolean unknownRegistration = false;
    List<Value<?>> registrations = new ArrayList<>();
    for (EcsService svc : model.getEcsServices()) {
      for (EcsLoadBalancer reg : svc.getLoadBalancers()) registrations.add(reg.getTargetGroup());
    }
    for (AutoScalingGroup asg : model.getAutoScalingGroups()) {
      registrations.addAll(asg.getTargetGroups());
    }
    for (StackReferences.Output o : model.getStackReferences().getOutputs()) {
      for (TargetGroup tg : model.resolve(o.value(), TargetGroup.class)) registered.put(tg, true);
    }
    for (Value<?> v : registrations) {
      List<TargetGroup> found = model.resolve(v, TargetGroup.class);
      if (found.isEmpty() && v != null && (v.isUnknown() || v.isRef())) unknownRegistration = true;
      for (TargetGroup tg : found) registered.put(tg, true);
    }
    if (unknownRegistration) return out;
    // condition variants of one group are one group: a registration of any variant counts
    Set<String> registeredKeys = new HashSet<>();
    for (TargetGroup r : registered.keySet()) registeredKeys.add(Resource.variantKey(r));
    for (TargetGroup tg : model.getTargetGroups()) {
      if (!tg.getTargets().isEmpty() || registeredKeys.contains(Resource.variantKey(tg))) continue;
      out.put(
          tg,
          "nothing in the tree registers targets with it (no Targets, ECS service, Auto Scaling"
              + " group, attachment or Lambda target) and no output or export hands it on");
    }
    return out;
  }
}
