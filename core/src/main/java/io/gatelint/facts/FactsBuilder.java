/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.facts;

import io.gatelint.model.Model;
import io.gatelint.model.Placeholders;
import io.gatelint.model.ProxyLocation;
import io.gatelint.model.ProxyServer;
import io.gatelint.model.TargetGroup;
import io.gatelint.model.Upstream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The facts stage, between linking and rules: derives every view the rules read from the frozen
 * model, once per run, so no rule recomputes one and a failing analysis is reported on its resource
 * instead of as a failure of each rule that reads it.
 */
public final class FactsBuilder {

  private FactsBuilder() {}

  /** The facts of a linked model; the model must be frozen ({@link Model#freeze()}). */
  public static Facts build(Model model) {
    return build(model, Placeholders.judge(model));
  }

  /**
   * The same, with the placeholder target groups the linker judged ({@code Linker.Linked}) rather
   * than judged again: one judgement for the chains, the alarm coverage, the notices and the rules.
   */
  public static Facts build(Model model, Map<TargetGroup, String> placeholders) {
    if (!model.isFrozen()) {
      throw new IllegalStateException("facts are derived from a frozen model: call freeze() first");
    }
    Analysis analysis = new Analysis();
    Forwarding forwarding = new Forwarding(model, analysis);
    List<NetworkPath> networkPaths = NetworkPaths.of(model, forwarding, analysis);
    AlarmCoverage alarmCoverage = new AlarmCoverage(model, forwarding, placeholders, analysis);
    List<UpstreamRoute> upstreamRoutes = upstreamRoutes(model, analysis);
    return new Facts(
        model,
        forwarding,
        networkPaths,
        alarmCoverage,
        upstreamRoutes,
        placeholders,
        // derived here rather than by the first rule to ask: what it reads is then read on this
        // thread, not counted among that rule's reads of sensitive values
        ChainVariants.collapse(model.getChains()),
        analysis.failures());
  }

  private static List<UpstreamRoute> upstreamRoutes(Model model, Analysis analysis) {
    List<UpstreamRoute> out = new ArrayList<>();
    for (ProxyServer server : model.getProxyServers()) {
      out.addAll(analysis.of(server, () -> routesOf(model, server), List.of()));
    }
    return out;
  }

  private static List<UpstreamRoute> routesOf(Model model, ProxyServer server) {
    List<UpstreamRoute> out = new ArrayList<>();
    for (ProxyLocation location : server.getLocations()) {
      Upstream upstream = model.upstreamOf(server, location);
      if (upstream != null) {
        out.add(
            new UpstreamRoute(server, location, upstream, onlyBehindHttp2OrGrpc(model, server)));
      }
    }
    return out;
  }

  private static boolean onlyBehindHttp2OrGrpc(Model model, ProxyServer server) {
    boolean any = false;
    for (io.gatelint.model.Chain c : model.getChains()) {
      if (c.getProxyServer() != server) continue;
      if (!c.getTargetGroup().isHttp2OrGrpc()) return false;
      any = true;
    }
    return any;
  }
}
