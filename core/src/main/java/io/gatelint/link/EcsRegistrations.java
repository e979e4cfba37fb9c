/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.link;

import io.gatelint.model.Chain;
import io.gatelint.model.EcsLoadBalancer;
import io.gatelint.model.EcsService;
import io.gatelint.model.Resource;
import io.gatelint.model.TargetGroup;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Linking step: an ECS service that registers a container with a target group is the group's
 * service, and its container port becomes the chain's traffic port.
 */
final class EcsRegistrations implements LinkStep {

  private record Registration(EcsService service, EcsLoadBalancer registration) {}

  /**
   * Each registration is resolved once, and a target group takes the first service (in model order)
   * that registers with it: asking every service about every target group was quadratic in a tree
   * of many stacks.
   */
  @Override
  public void link(Linking run) {
    Map<String, Registration> first = new HashMap<>();
    for (EcsService svc : run.model.getEcsServices()) {
      for (EcsLoadBalancer reg : svc.getLoadBalancers()) {
        for (TargetGroup t : run.model.resolve(reg.getTargetGroup(), TargetGroup.class)) {
          first.putIfAbsent(Resource.variantKey(t), new Registration(svc, reg));
        }
      }
    }
    run.byGroup.forEach(
        (tg, chains) -> {
          Registration r = first.get(Resource.variantKey(tg));
          if (r != null) link(run, tg, chains, r.service(), r.registration());
        });
  }

  private static void link(
      Linking run, TargetGroup tg, List<Chain> chains, EcsService svc, EcsLoadBalancer reg) {
    List<String> hops = new java.util.ArrayList<>();
    run.model.getStackReferences().follow(reg.getTargetGroup(), hops);
    for (Chain c : chains) {
      c.getEvidence().addAll(hops);
      c.setEcsService(svc);
      // a port the registration does not show is left out, never printed empty
      String port = "";
      if (reg.getContainerPort() != null && reg.getContainerPort().isNumber()) {
        c.setTrafficPort(reg.getContainerPort());
        port =
            " port "
                + reg.getContainerPort().display()
                + " ("
                + reg.getContainerPort().location().display()
                + ")";
      }
      c.getEvidence()
          .add(
              "ECS service "
                  + svc.getId()
                  + " registers "
                  + container(reg.getContainerName())
                  + port
                  + " with "
                  + tg.getId());
    }
  }

  /**
   * The registered container as evidence names it: {@code container web}, or what is known of a
   * name that is not written as text (a reference, a parameter without a default) — never an empty
   * name.
   */
  private static String container(io.gatelint.model.Value<?> name) {
    if (name == null) return "a container (no ContainerName)";
    if (name.isUnknown()) {
      String why = name.origin().note();
      return "a container whose name is not known"
          + (why.isEmpty() ? "" : " (" + why + ")")
          + " ("
          + name.location().display()
          + ")";
    }
    if (name.text().isBlank()) return "a container with an empty ContainerName";
    return "container " + name.display();
  }
}
