/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatelint.LintResult;
import io.gatelint.model.Chain;
import io.gatelint.model.Resource;
import io.gatelint.model.Route;

/**
 * The chains a run linked, with their evidence, and what stayed unlinked, as JSON: what {@code
 * --explain-links} prints, for the JSON report and the SARIF run's properties.
 */
final class ChainReport {

  private ChainReport() {}

  /** Fills {@code chains} with one object per chain. */
  static void chains(ArrayNode chains, LintResult result) {
    for (Chain c : result.chains()) chains.add(chain(c));
  }

  /** One chain: its description, hops and evidence. */
  static ObjectNode chain(Chain c) {
    ObjectNode n = JsonTree.object();
    n.put("description", c.describe());
    if (c.getVariantNote() != null && !c.getVariantNote().isEmpty())
      n.put("variant", c.getVariantNote());
    ArrayNode hops = n.putArray("hops");
    hop(hops, "loadBalancer", c.getLoadBalancer());
    hop(hops, "targetGroup", c.getTargetGroup());
    hop(hops, "ecsService", c.getEcsService());
    hop(hops, "proxyServer", c.getProxyServer());
    hop(hops, "upstream", c.getUpstream());
    hop(hops, "appServer", c.getAppServer());
    hop(hops, "lambdaFunction", c.getLambdaFunction());
    hop(hops, "lambdaHandler", c.getLambdaHandler());
    ArrayNode evidence = n.putArray("evidence");
    for (String e : c.getEvidence()) evidence.add(e);
    if (c.getAppServer() != null) {
      // an incomplete route table keeps the path rules silent: say what hides the routes
      ArrayNode anyPath = n.putArray("routesServingAnyPath");
      for (Route r : c.getAppServer().getRoutes()) {
        if (!r.isAnyPath()) continue;
        ObjectNode rn = anyPath.addObject();
        rn.put("path", r.getPath().text());
        rn.put("reason", r.getAnyPath());
        JsonReporter.location(rn.putObject("location"), r.getPath().origin().location());
      }
    }
    return n;
  }

  /** Fills {@code unlinked} with what the linker could not attach to a chain, one line each. */
  static void unlinked(ArrayNode unlinked, LintResult result) {
    for (String u : result.unlinked()) unlinked.add(u);
  }

  private static void hop(ArrayNode hops, String kind, Resource r) {
    if (r == null) return;
    ObjectNode n = hops.addObject();
    n.put("kind", kind);
    n.put("id", r.getId());
    if (r.getLocation() != null) JsonReporter.location(n.putObject("location"), r.getLocation());
  }
}
