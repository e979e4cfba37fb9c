/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.link;

import io.gatelint.model.Chain;
import io.gatelint.model.LoadBalancer;
import io.gatelint.model.Model;
import io.gatelint.model.Placeholders;
import io.gatelint.model.Resource;
import io.gatelint.model.TargetGroup;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
  public Linked link(Model model) {
    return link(model, List.of());
  }

  /**
   * What linking left: the backends and target groups left unlinked, each with the reason, and the
   * placeholder target groups it judged ({@link Placeholders#judge}) and left out of every chain,
   * each with the reason. The facts take the same judgement ({@code FactsBuilder}); nothing the
   * linking steps change after it is judged (chains) is read by it.
   */
  public record Linked(List<String> unlinked, Map<TargetGroup, String> placeholders) {}

  /** Builds the chains into the model. */
  public Linked link(Model model, List<ServiceLink> services) {
    CrossStackReferences.resolve(model);
    LaunchTemplates.resolve(model);
    Map<TargetGroup, String> placeholders = Placeholders.judge(model);
    Map<TargetGroup, List<Chain>> byGroup = new LinkedHashMap<>();
    // the first target group of each id and template: condition variants of one group share it
    Map<String, TargetGroup> firstOfKey = new HashMap<>();
    java.util.function.Function<LoadBalancer, List<TargetGroup>> behind =
        model.targetGroupsBehindEach();
    Forwards.Topology topology = Forwards.Topology.of(model);
    for (LoadBalancer lb : model.getLoadBalancers()) {
      for (TargetGroup tg : behind.apply(lb)) {
        if (placeholders.containsKey(tg)) continue;
        Chain chain = new Chain(lb, tg);
        chain.getEvidence().add(tg.getId() + " is forwarded to by a listener of " + lb.getId());
        chain.getEvidence().addAll(Forwards.crossStackHops(model, topology, lb, tg));
        add(model, byGroup, firstOfKey, chain);
      }
    }
    List<String> unknownListeners = new ArrayList<>();
    for (Chain chain : Forwards.behindUnknownListeners(model, unknownListeners)) {
      if (placeholders.containsKey(chain.getTargetGroup())) continue;
      if (firstOfKey.containsKey(Resource.variantKey(chain.getTargetGroup()))) continue;
      add(model, byGroup, firstOfKey, chain);
    }
    Linking run = new Linking(model, byGroup);
    run.unlinked.addAll(unknownListeners);
    placeholders.forEach(
        (tg, why) ->
            run.unlinked.add(
                "placeholder target group "
                    + tg.getId()
                    + " ("
                    + tg.getLocation().display()
                    + "): "
                    + why
                    + "; not linked and no unhealthy-host alarm expected"));
    List<LinkStep> steps =
        List.of(
            new EcsRegistrations(),
            new LambdaTargets(),
            new ConfiguredServices(services),
            new MatchingPorts(),
            new SingleChain());
    for (LinkStep step : steps) step.link(run);
    return new Linked(run.unlinked(), Collections.unmodifiableMap(placeholders));
  }

  /**
   * Condition variants of one target group (same id and template) share their backends: each chain
   * joins the list of the first group of its key, found by lookup (a scan of every group per chain
   * was quadratic in a tree of many stacks).
   */
  private static void add(
      Model model,
      Map<TargetGroup, List<Chain>> byGroup,
      Map<String, TargetGroup> firstOfKey,
      Chain chain) {
    model.getChains().add(chain);
    TargetGroup tg = chain.getTargetGroup();
    TargetGroup first = firstOfKey.computeIfAbsent(Resource.variantKey(tg), k -> tg);
    byGroup.computeIfAbsent(first, k -> new ArrayList<>()).add(chain);
  }
}
