package io.gatelint.link;

import io.gatelint.model.Chain;
import io.gatelint.model.LoadBalancer;
import io.gatelint.model.Model;
import io.gatelint.model.TargetGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the request chains of the model and decides which backend answers each. It resolves the
 * Auto Scaling groups' launch templates ({@link LaunchTemplates}), starts a chain for every target
 * group behind a load balancer, then runs the linking steps in order, each one class with one kind
 * of evidence: ECS registrations ({@link EcsRegistrations}), Lambda registrations and handlers
 * ({@link LambdaTargets}), the configured {@link ServiceLink}s ({@link ConfiguredServices}), ports
 * ({@link MatchingPorts}: target group or ECS container port = nginx {@code listen} = Node listen
 * port; nginx {@code proxy_pass} or upstream server port = Node listen port), and — when the tree
 * holds exactly one target group and one backend chain — that alone ({@link SingleChain}). Nothing
 * is guessed beyond these steps: whatever stays unlinked is reported with the reason.
 */
public final class Linker {

  /** Links with no configured services. */
  public List<String> link(Model model) {
    return link(model, List.of());
  }

  /**
   * Builds the chains into the model; returns the backends and target groups left unlinked, each
   * with the reason.
   */
  public List<String> link(Model model, List<ServiceLink> services) {
    LaunchTemplates.resolve(model);
    Map<TargetGroup, List<Chain>> byGroup = new LinkedHashMap<>();
    for (LoadBalancer lb : model.getLoadBalancers()) {
      for (TargetGroup tg : model.targetGroupsBehind(lb)) {
        Chain chain = new Chain(lb, tg);
        chain.getEvidence().add(tg.getId() + " is forwarded to by a listener of " + lb.getId());
        model.getChains().add(chain);
        // condition variants of one target group (same id and template) share their backends
        TargetGroup key =
            byGroup.keySet().stream()
                .filter(k -> k.getId().equals(tg.getId()) && k.getScope().equals(tg.getScope()))
                .findFirst()
                .orElse(tg);
        byGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(chain);
      }
    }
    Linking run = new Linking(model, byGroup);
    List<LinkStep> steps =
        List.of(
            new EcsRegistrations(),
            new LambdaTargets(),
            new ConfiguredServices(services),
            new MatchingPorts(),
            new SingleChain());
    for (LinkStep step : steps) step.link(run);
    return run.unlinked();
  }
}
