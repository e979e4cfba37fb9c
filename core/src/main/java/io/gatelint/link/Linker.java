package io.gatelint.link;

import io.gatelint.model.Chain;
import io.gatelint.model.LoadBalancer;
import io.gatelint.model.Model;
import io.gatelint.model.TargetGroup;

/**
 * Builds the request chains of the model: every target group behind a load balancer is the start
 * of a chain. Backends (nginx, Node, Lambda handlers) are attached by the backend linking step.
 */
public final class Linker {

  public void link(Model model) {
    for (LoadBalancer lb : model.getLoadBalancers()) {
      for (TargetGroup tg : model.targetGroupsBehind(lb)) {
        Chain chain = new Chain(lb, tg);
        chain.getEvidence().add(tg.getId() + " is forwarded to by a listener of " + lb.getId());
        model.getChains().add(chain);
      }
    }
  }
}
