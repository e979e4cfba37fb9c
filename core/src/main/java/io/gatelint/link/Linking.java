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

  Linking(Model model, Map<TargetGroup, List<Chain>> byGroup) {
    this.model = model;
    this.byGroup = byGroup;
  }

  /** A target group whose targets are Lambda functions: linked to a handler, never to a server. */
  static boolean isLambda(TargetGroup tg) {
    return tg.getTargetType() != null && tg.getTargetType().text().equalsIgnoreCase("lambda");
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
    for (AppServer a : model.getAppServers()) {
      if (!usedApps.contains(a) && linkAppBehindProxy(chains, a, null)) return;
    }
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
    ProxyServer p = chains.get(0).getProxyServer();
    if (a.getListenPort() == null || !a.getListenPort().isNumber()) return false;
    for (ProxyLocation loc : p.getLocations()) {
      if (!loc.isProxying()) continue;
      Upstream up = upstreamOf(p, loc);
      Value<Object> hit = null;
      if (up != null) {
        hit =
            up.getServerPorts().stream()
                .filter(v -> v.isNumber() && v.num() == a.getListenPort().num())
                .findFirst()
                .orElse(null);
      } else if (loc.getUpstreamPort() != null
          && loc.getUpstreamPort().isNumber()
          && loc.getUpstreamPort().num() == a.getListenPort().num()) {
        hit = loc.getUpstreamPort();
      }
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
              + ")";
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

  /** The backends and target groups left unlinked, each with the reason, once every step ran. */
  List<String> unlinked() {
    List<String> out = new ArrayList<>(unlinked);
    out.replaceAll(String::strip);
    byGroup.forEach(
        (tg, chains) -> {
          Chain c = chains.get(0);
          if (!isLambda(tg) && !c.hasBackend()) {
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
                + "): no target group sends traffic to these ports");
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
                + "): no target group or nginx location forwards to this port");
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
