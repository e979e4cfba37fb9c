/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.link;

import io.gatelint.model.Chain;
import io.gatelint.model.Listener;
import io.gatelint.model.ListenerRule;
import io.gatelint.model.LoadBalancer;
import io.gatelint.model.Model;
import io.gatelint.model.Origin;
import io.gatelint.model.Resource;
import io.gatelint.model.StackReferences;
import io.gatelint.model.TargetGroup;
import io.gatelint.model.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How target groups are reached from load balancers when the hops cross templates: the evidence of
 * each cross-template hop of a chain, and the chains of target groups whose listener or load
 * balancer is not in the tree (another stack's, known only at deploy time). Those target groups
 * still answer traffic, so they are linked to their backends; the load balancer's settings are
 * unknown, so no rule fires on them.
 */
final class Forwards {

  private Forwards() {}

  /**
   * Each load balancer's listeners and each listener's rules, in model order, resolved once for all
   * chains: resolving every listener for every chain was quadratic in a tree of many stacks.
   */
  record Topology(
      Map<LoadBalancer, List<Listener>> listeners, Map<Listener, List<ListenerRule>> rules) {

    static Topology of(Model model) {
      Map<LoadBalancer, List<Listener>> listeners = new HashMap<>();
      for (Listener l : model.getListeners()) {
        for (LoadBalancer lb : model.resolve(l.getLoadBalancer(), LoadBalancer.class)) {
          listeners.computeIfAbsent(lb, k -> new ArrayList<>()).add(l);
        }
      }
      Map<Listener, List<ListenerRule>> rules = new HashMap<>();
      for (ListenerRule r : model.getListenerRules()) {
        for (Listener l : model.resolve(r.getListener(), Listener.class)) {
          rules.computeIfAbsent(l, k -> new ArrayList<>()).add(r);
        }
      }
      return new Topology(listeners, rules);
    }
  }

  /** The cross-template hops between the load balancer and the target group. */
  static List<String> crossStackHops(
      Model model, Topology topology, LoadBalancer lb, TargetGroup tg) {
    StackReferences refs = model.getStackReferences();
    Set<String> out = new LinkedHashSet<>();
    for (Listener l : topology.listeners().getOrDefault(lb, List.of())) {
      List<String> toLb =
          refs.hopsTo(l.getLoadBalancer(), v -> model.resolve(v, LoadBalancer.class).contains(lb));
      for (Value<Object> f : l.getForwards()) {
        if (!model.resolve(f, TargetGroup.class).contains(tg)) continue;
        out.addAll(toLb);
        out.addAll(refs.hopsTo(f, v -> model.resolve(v, TargetGroup.class).contains(tg)));
      }
      for (ListenerRule r : topology.rules().getOrDefault(l, List.of())) {
        for (Value<Object> f : r.getForwards()) {
          if (!model.resolve(f, TargetGroup.class).contains(tg)) continue;
          List<String> hops = new ArrayList<>(toLb);
          hops.addAll(
              refs.hopsTo(r.getListener(), v -> model.resolve(v, Listener.class).contains(l)));
          hops.addAll(refs.hopsTo(f, v -> model.resolve(v, TargetGroup.class).contains(tg)));
          if (hops.isEmpty()) continue;
          out.addAll(hops);
          out.add(
              "listener rule "
                  + r.getId()
                  + " ("
                  + r.getLocation().display()
                  + ") forwards to "
                  + tg.getId()
                  + " on listener "
                  + l.getId()
                  + " ("
                  + l.getLocation().display()
                  + ")");
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * A chain for each target group forwarded to by a listener rule whose listener, or a listener
   * whose load balancer, is not in the tree; {@code unlinked} gets the reason and the fix.
   */
  static List<Chain> behindUnknownListeners(Model model, List<String> unlinked) {
    List<Chain> out = new ArrayList<>();
    for (ListenerRule r : model.getListenerRules()) {
      if (!model.resolve(r.getListener(), Listener.class).isEmpty()) continue;
      String why = reason(model, r.getListener(), "listener");
      for (Value<Object> f : r.getForwards()) {
        for (TargetGroup tg : model.resolve(f, TargetGroup.class)) {
          out.add(chain(r, tg, "listener rule", why, unlinked));
        }
      }
    }
    for (Listener l : model.getListeners()) {
      if (!model.resolve(l.getLoadBalancer(), LoadBalancer.class).isEmpty()) continue;
      String why = reason(model, l.getLoadBalancer(), "load balancer");
      List<Value<Object>> forwards = new ArrayList<>(l.getForwards());
      for (ListenerRule r : model.getListenerRules()) {
        if (model.resolve(r.getListener(), Listener.class).contains(l))
          forwards.addAll(r.getForwards());
      }
      for (Value<Object> f : forwards) {
        for (TargetGroup tg : model.resolve(f, TargetGroup.class)) {
          out.add(chain(l, tg, "listener", why, unlinked));
        }
      }
    }
    return out;
  }

  private static Chain chain(
      Resource via, TargetGroup tg, String what, String why, List<String> unlinked) {
    LoadBalancer lb = new LoadBalancer();
    lb.setId("(load balancer not in the tree)");
    lb.setScope(via.getScope());
    lb.setLocation(via.getLocation());
    lb.setIdleTimeout(
        Value.unknownDuration(
            Origin.unknown(via.getLocation(), "load balancer not in the linted tree"),
            Value.Unit.SECONDS));
    Chain c = new Chain(lb, tg);
    String hop =
        tg.getId()
            + " is forwarded to by "
            + what
            + " "
            + via.getId()
            + " ("
            + via.getLocation().display()
            + "), whose "
            + why;
    c.getEvidence().add(hop);
    String entry =
        "load balancer of target group "
            + tg.getId()
            + ": "
            + what
            + " "
            + via.getId()
            + " ("
            + via.getLocation().display()
            + "): its "
            + why;
    if (!unlinked.contains(entry)) unlinked.add(entry);
    return c;
  }

  /** Why a reference names nothing in the tree, with how to resolve it. */
  private static String reason(Model model, Value<?> ref, String what) {
    StackReferences refs = model.getStackReferences();
    for (Value<?> v : refs.follow(ref, null)) {
      for (var e : refs.getUnresolved().entrySet()) {
        if (e.getKey().at().equals(v.location())) return what + " is not resolved: " + e.getValue();
      }
    }
    if (ref == null) return what + " is not given";
    String note = ref.isUnknown() ? ref.origin().note() : "names " + ref.display();
    if (note.contains(" is an output of another Terraform state")
        || note.contains(" is a data source reading what another Terraform configuration")) {
      // another state's resources are never in this plan: no folder to add links them
      return what
          + " is in another Terraform state ("
          + ref.location().display()
          + ": "
          + note
          + "); its settings stay unknown here: lint that configuration with its own plan";
    }
    return what
        + " is not in the linted tree ("
        + ref.location().display()
        + (note.isEmpty() ? "" : ": " + note)
        + "); lint the folder that also holds it, or name the backend under services: in"
        + " gatelint.yml";
  }
}
