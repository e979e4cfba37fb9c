/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.facts;

import io.gatelint.model.LoadBalancer;
import io.gatelint.model.Model;
import io.gatelint.model.TargetGroup;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which target groups each load balancer's listeners and listener rules forward to, and the
 * reverse, resolved once: the network paths and the alarm coverage ask it for every resource they
 * look at.
 */
final class Forwarding {

  private final Map<LoadBalancer, List<TargetGroup>> behind = new IdentityHashMap<>();
  private final Map<TargetGroup, List<LoadBalancer>> inFront = new IdentityHashMap<>();

  Forwarding(Model model, Analysis analysis) {
    // every listener and rule resolved once for all load balancers; should that fail, each load
    // balancer is asked on its own, so that the failure is reported on the ones it concerns
    java.util.function.Function<LoadBalancer, List<TargetGroup>> each;
    try {
      each = model.targetGroupsBehindEach();
    } catch (RuntimeException | StackOverflowError e) {
      each = model::targetGroupsBehind;
    }
    java.util.function.Function<LoadBalancer, List<TargetGroup>> behindLb = each;
    for (LoadBalancer lb : model.getLoadBalancers()) {
      List<TargetGroup> groups = analysis.of(lb, () -> behindLb.apply(lb), List.<TargetGroup>of());
      behind.put(lb, groups);
      for (TargetGroup tg : groups) {
        List<LoadBalancer> lbs = inFront.computeIfAbsent(tg, k -> new ArrayList<>());
        if (!lbs.contains(lb)) lbs.add(lb);
      }
    }
  }

  /** The target groups behind the load balancer, in listener order. */
  List<TargetGroup> targetGroupsBehind(LoadBalancer lb) {
    return behind.getOrDefault(lb, List.of());
  }

  /** The load balancers whose listeners forward to the target group, in model order. */
  List<LoadBalancer> loadBalancersOf(TargetGroup tg) {
    return inFront.getOrDefault(tg, List.of());
  }
}
