/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.facts;

import io.gatelint.model.Chain;
import io.gatelint.model.LoadBalancer;
import io.gatelint.model.Model;
import io.gatelint.model.Problem;
import io.gatelint.model.TargetGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the rules read beside the model: the views derived from the frozen, linked model, each
 * computed once by {@link FactsBuilder#build(Model)}. Rules name it {@code facts}, e.g. {@code for:
 * p in facts.networkPaths}.
 */
public final class Facts {

  private final Model model;
  private final Forwarding forwarding;
  private final List<NetworkPath> networkPaths;
  private final AlarmCoverage alarmCoverage;
  private final List<UpstreamRoute> upstreamRoutes;
  private final List<Problem> analysisProblems;

  Facts(
      Model model,
      Forwarding forwarding,
      List<NetworkPath> networkPaths,
      AlarmCoverage alarmCoverage,
      List<UpstreamRoute> upstreamRoutes,
      Map<TargetGroup, String> placeholders,
      List<Chain> chains,
      List<Problem> analysisProblems) {
    this.model = model;
    this.forwarding = forwarding;
    this.networkPaths = List.copyOf(networkPaths);
    this.alarmCoverage = alarmCoverage;
    this.upstreamRoutes = List.copyOf(upstreamRoutes);
    this.analysisProblems = List.copyOf(analysisProblems);
    this.placeholders = placeholders;
    this.chains = List.copyOf(chains);
  }

  /**
   * The security-group evaluation between each application load balancer and the targets of its
   * target groups, one entry per port (traffic and health-check): rules GL030–GL032.
   */
  public List<NetworkPath> getNetworkPaths() {
    return networkPaths;
  }

  /**
   * What the AWS/ApplicationELB alarms watch, and which of their dimensions dangle: rules
   * GL040–GL044.
   */
  public AlarmCoverage getAlarmCoverage() {
    return alarmCoverage;
  }

  /** Every location, of every nginx server, that proxies to an upstream block, with that block. */
  public List<UpstreamRoute> getUpstreamRoutes() {
    return upstreamRoutes;
  }

  /**
   * Whether nothing in the tree registers targets with the target group and no output hands it on
   * (a listener's drop-traffic default): it needs no unhealthy-host alarm.
   */
  public boolean isPlaceholder(TargetGroup tg) {
    return placeholders.containsKey(tg);
  }

  private final Map<TargetGroup, String> placeholders;

  /**
   * The request paths the linker established, with condition variants that change nothing along a
   * chain merged ({@link ChainVariants}); rules that judge each variant read the model's chains.
   */
  public List<Chain> getChains() {
    return chains;
  }

  private final List<Chain> chains;

  /** The target groups the load balancer's listeners and listener rules forward to. */
  public List<TargetGroup> targetGroupsBehind(LoadBalancer lb) {
    return forwarding.targetGroupsBehind(lb);
  }

  /** The load balancers whose listeners forward to the target group. */
  public List<LoadBalancer> loadBalancersOf(TargetGroup tg) {
    return forwarding.loadBalancersOf(tg);
  }

  /**
   * The inputs that could not be read (the model's problems), then the analyses that failed, each
   * on the resource it concerns: rule GL000 reports them.
   */
  public List<Problem> getProblems() {
    if (analysisProblems.isEmpty()) return model.getProblems();
    List<Problem> out = new ArrayList<>(model.getProblems());
    out.addAll(analysisProblems);
    return List.copyOf(out);
  }

  /** Only the analyses that failed. */
  public List<Problem> getAnalysisProblems() {
    return analysisProblems;
  }
}
