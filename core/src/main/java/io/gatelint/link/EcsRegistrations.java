/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.link;

import io.gatelint.model.Chain;
import io.gatelint.model.EcsLoadBalancer;
import io.gatelint.model.EcsService;
import io.gatelint.model.TargetGroup;
import java.util.List;

/**
 * Linking step: an ECS service that registers a container with a target group is the group's
 * service, and its container port becomes the chain's traffic port.
 */
final class EcsRegistrations implements LinkStep {

  @Override
  public void link(Linking run) {
    run.byGroup.forEach((tg, chains) -> link(run, tg, chains));
  }

  private static void link(Linking run, TargetGroup tg, List<Chain> chains) {
    for (EcsService svc : run.model.getEcsServices()) {
      for (EcsLoadBalancer reg : svc.getLoadBalancers()) {
        if (run.model.resolve(reg.getTargetGroup(), TargetGroup.class).stream()
            .noneMatch(t -> t.getId().equals(tg.getId()) && t.getScope().equals(tg.getScope()))) {
          continue;
        }
        List<String> hops = new java.util.ArrayList<>();
        run.model.getStackReferences().follow(reg.getTargetGroup(), hops);
        for (Chain c : chains) {
          c.getEvidence().addAll(hops);
          c.setEcsService(svc);
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
                      + " registers container "
                      + (reg.getContainerName() == null ? "?" : reg.getContainerName().display())
                      + port
                      + " with "
                      + tg.getId());
        }
        return;
      }
    }
  }
}
