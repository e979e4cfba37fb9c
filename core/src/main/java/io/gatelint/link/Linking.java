/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.link;

import io.gatelint.model.AppServer;
import io.gatelint.model.Chain;
import io.gatelint.model.LambdaHandler;
import io.gatelint.model.Model;
import io.gatelint.model.ProxyLocation;
import io.gatelint.model.ProxyServer;
import io.gatelint.model.TargetGroup;
import io.gatelint.model.Upstream;
import io.gatelint.model.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of one linking run, shared by its steps: the chains of each target group (condition
 * variants of one group share them), which backends are taken, and what could not be linked; and
 * the operations every step links with.
 */
final class Linking {
  final Model model;
  final Map<TargetGroup, List<Chain>> byGroup;
  final Set<ProxyServer> usedProxies = Collections.newSetFromMap(new IdentityHashMap<>());
  final Set<AppServer> usedApps = Collections.newSetFromMap(new IdentityHashMap<>());
  final Set<LambdaHandler> usedHandlers = Collections.newSetFromMap(new IdentityHashMap<>());
  final List<String> unlinked = new ArrayList<>();

  /** Target groups a step declined to link, with the reason it printed. */
  final Set<TargetGroup> explained = Collections.newSetFromMap(new IdentityHashMap<>());

  /** Target groups linked to the app their container image names (not by proximity alone). */
  final Set<TargetGroup> byImage = Collections.newSetFromMap(new IdentityHashMap<>());

  Linking(Model model, Map<TargetGroup, List<Chain>> byGroup) {
    this.model = model;
    this.byGroup = byGroup;
  }

  /** A target group whose targets are Lambda functions: linked to a handler, never to a server. */
  static boolean isLambda(TargetGroup tg) {
    return tg.getTargetType() != null && tg.getTargetType().text().equalsIgnoreCase("lambda");
  }

  /** Records why a step left a target group unlinked. */
  void reason(TargetGroup tg, String why) {
    explained.add(tg);
    unlinked.add(why);
  }

  void linkProxy(List<Chain> chains, ProxyServer p, String why) {
    usedProxies.add(p);
    for (Chain c : chains) {
      c.setProxyServer(p);
      c.getEvidence().add(why);
    }
    ProxyLocation forwarding = forwardingLocation(p);
    if (forwarding != null) {
      for (Chain c : chains) {
        c.setProxyLocation(forwarding);
        c.setUpstream(upstreamOf(p, forwarding));
      }
    }
    linkNearestAppBehindProxy(chains, p);
  }

  /**
   * The nginx → Node hop: of the Node servers a proxying location forwards to by port, the one in
   * the folder nearest the nginx configuration, when alone there and not nearer to another nginx
   * server that forwards to the same port.
   */
  private void linkNearestAppBehindProxy(List<Chain> chains, ProxyServer p) {
    List<AppServer> matches =
        model.getAppServers().stream().filter(a -> forwardsTo(p, a) != null).toList();
    if (matches.isEmpty()) return;
    String anchor = Proximity.file(p);
    List<AppServer> nearest = Proximity.nearest(anchor, matches, Proximity::file);
    if (nearest.size() != 1) return;
    AppServer a = nearest.get(0);
    int mine = Proximity.closeness(anchor, Proximity.file(a));
    for (ProxyServer other : model.getProxyServers()) {
      if (other != p
          && forwardsTo(other, a) != null
          && Proximity.closeness(Proximity.file(other), Proximity.file(a)) > mine) {
        return;
      }
    }
    linkAppBehindProxy(
        chains,
        a,
        null,
        matches.size() > 1
            ? Proximity.evidence(anchor, Proximity.file(a), matches.size() - 1)
            : null);
  }

  /** The proxying location of the nginx server that forwards to the app's listen port, or null. */
  private ProxyLocation forwardsTo(ProxyServer p, AppServer a) {
    if (a.getListenPort() == null || !a.getListenPort().isNumber()) return null;
    for (ProxyLocation loc : p.getLocations()) {
      if (loc.isProxying() && hit(p, loc, a) != null) return loc;
    }
    return null;
  }

  private Value<Object> hit(ProxyServer p, ProxyLocation loc, AppServer a) {
    Upstream up = upstreamOf(p, loc);
    if (up != null) {
      return up.getServerPorts().stream()
          .filter(v -> v.isNumber() && v.num() == a.getListenPort().num())
          .findFirst()
          .orElse(null);
    }
    if (loc.getUpstreamPort() != null
        && loc.getUpstreamPort().isNumber()
        && loc.getUpstreamPort().num() == a.getListenPort().num()) {
      return loc.getUpstreamPort();
    }
    return null;
  }

  void linkApp(List<Chain> chains, AppServer a, String why) {
    usedApps.add(a);
    for (Chain c : chains) {
      c.setAppServer(a);
      c.getEvidence().add(why);
    }
  }

  /**
   * Links the app behind the chain's proxy when a proxying location forwards to its listen port.
   */
  boolean linkAppBehindProxy(List<Chain> chains, AppServer a, String configured) {
    return linkAppBehindProxy(chains, a, configured, null);
  }

  private boolean linkAppBehindProxy(
      List<Chain> chains, AppServer a, String configured, String near) {
    ProxyServer p = chains.get(0).getProxyServer();
    if (a.getListenPort() == null || !a.getListenPort().isNumber()) return false;
    for (ProxyLocation loc : p.getLocations()) {
      if (!loc.isProxying()) continue;
      Upstream up = upstreamOf(p, loc);
      Value<Object> hit = hit(p, loc, a);
      if (hit == null) continue;
      usedApps.add(a);
      String why =
          (configured != null ? configured + "; " : "")
              + "port "
              + a.getListenPort().display()
              + ": nginx "
              + (up != null ? "upstream " + up.getId() + " server" : "proxy_pass")
              + " ("
              + hit.location().display()
              + ") = Node listen ("
              + a.getListenPort().location().display()
              + ")"
              + (near == null ? "" : "; " + near);
      for (Chain c : chains) {
        c.setProxyLocation(loc);
        c.setUpstream(up);
        c.setAppServer(a);
        c.getEvidence().add(why);
      }
      return true;
    }
    return false;
  }

  /**
   * The location that forwards the site: {@code location /} when it proxies, else the first that
   * proxies.
   */
  static ProxyLocation forwardingLocation(ProxyServer p) {
    ProxyLocation first = null;
    for (ProxyLocation loc : p.getLocations()) {
      if (!loc.isProxying()) continue;
      if (loc.getPath().equals("/") && !loc.getModifier().equals("=")) return loc;
      if (first == null) first = loc;
    }
    return first;
  }

  boolean forwardPortsKnown(ProxyServer p, ProxyLocation loc) {
    Upstream up = upstreamOf(p, loc);
    if (up != null) return up.getServerPorts().stream().anyMatch(Value::isNumber);
    return loc.getUpstreamPort() != null && loc.getUpstreamPort().isNumber();
  }

  private Upstream upstreamOf(ProxyServer p, ProxyLocation loc) {
    return model.upstreamOf(p, loc);
  }

  static String listenAt(ProxyServer p, Value<?> port) {
    return p.getListenPorts().stream()
        .filter(v -> v.isNumber() && v.num() == port.num())
        .map(v -> v.location().display())
        .findFirst()
        .orElse(p.getLocation().display());
  }

  /** The target groups whose traffic port the predicate accepts. */
  private List<String> groupsOnPort(java.util.function.Predicate<Value<?>> listens) {
    List<String> out = new ArrayList<>();
    byGroup.forEach(
        (tg, chains) -> {
          Value<Object> port = chains.get(0).getTrafficPort();
          if (!isLambda(tg) && port != null && port.isNumber() && listens.test(port)) {
            out.add(tg.getId());
          }
        });
    return out.stream().distinct().toList();
  }

  /** Whom the target groups on a port went to, truly said: image evidence is no nearness. */
  private String linkedTo(java.util.function.Predicate<Value<?>> listens) {
    boolean image =
        byGroup.entrySet().stream()
            .anyMatch(
                e -> {
                  Value<Object> port = e.getValue().get(0).getTrafficPort();
                  return byImage.contains(e.getKey())
                      && port != null
                      && port.isNumber()
                      && listens.test(port);
                });
    return image ? "the servers their container images name (or nearer servers)" : "nearer servers";
  }

  private boolean proxied(AppServer a) {
    return model.getProxyServers().stream().anyMatch(p -> forwardsTo(p, a) != null);
  }

  /** The backends and target groups left unlinked, each with the reason, once every step ran. */
  List<String> unlinked() {
    List<String> out = new ArrayList<>(unlinked);
    out.replaceAll(String::strip);
    byGroup.forEach(
        (tg, chains) -> {
          Chain c = chains.get(0);
          if (!isLambda(tg) && !c.hasBackend() && !explained.contains(tg)) {
            Value<Object> port = c.getTrafficPort();
            out.add(
                "target group "
                    + tg.getId()
                    + ": no nginx or Node server in the tree listens on its traffic port "
                    + (port == null ? "(unknown)" : port.describe()));
          }
        });
    for (ProxyServer p : model.getProxyServers()) {
      if (!usedProxies.contains(p)) {
        out.add(
            "nginx server "
                + p.getLocation().display()
                + " (listen "
                + String.join(", ", p.getListenPorts().stream().map(Value::display).toList())
                + "): "
                + (groupsOnPort(p::listensOn).isEmpty()
                    ? "no target group sends traffic to these ports"
                    : "target group(s) "
                        + String.join(", ", groupsOnPort(p::listensOn))
                        + " on these ports were linked to "
                        + linkedTo(p::listensOn)
                        + " or left ambiguous;"
                        + " name this one in the configuration's services if it answers one"));
      }
    }
    for (AppServer a : model.getAppServers()) {
      if (!usedApps.contains(a)) {
        out.add(
            a.getFramework()
                + " server "
                + a.getLocation().display()
                + " (listen "
                + (a.getListenPort() == null ? "unknown" : a.getListenPort().display())
                + "): "
                + (groupsOnPort(a::listensOn).isEmpty() && !proxied(a)
                    ? "no target group or nginx location forwards to this port"
                    : "the target groups or nginx locations forwarding to this port were linked"
                        + " to "
                        + linkedTo(a::listensOn)
                        + " or left ambiguous; name this one in the"
                        + " configuration's services if it answers one"));
      }
    }
    for (LambdaHandler h : model.getLambdaHandlers()) {
      if (!usedHandlers.contains(h)) {
        out.add(
            "Lambda handler "
                + h.getFile()
                + " export "
                + h.getExportName()
                + ": no Lambda function behind a target group names it");
      }
    }
    return out.stream().distinct().toList();
  }
}
