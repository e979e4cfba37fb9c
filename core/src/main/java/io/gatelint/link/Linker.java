package io.gatelint.link;

import io.gatelint.model.AppServer;
import io.gatelint.model.Chain;
import io.gatelint.model.EcsLoadBalancer;
import io.gatelint.model.EcsService;
import io.gatelint.model.LambdaFunction;
import io.gatelint.model.LambdaHandler;
import io.gatelint.model.LoadBalancer;
import io.gatelint.model.Model;
import io.gatelint.model.ProxyLocation;
import io.gatelint.model.ProxyServer;
import io.gatelint.model.Target;
import io.gatelint.model.TargetGroup;
import io.gatelint.model.Upstream;
import io.gatelint.model.Value;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the request chains of the model and decides which backend answers each: every target group
 * behind a load balancer starts a chain; backends are attached, in this order, by the configured
 * {@link ServiceLink}s, then by ports (target group or ECS container port = nginx {@code listen} =
 * Node listen port; nginx {@code proxy_pass} or upstream server port = Node listen port), then —
 * when the tree holds exactly one target group and one backend chain — by that alone. Lambda
 * targets are linked through the target group's registrations (CloudFormation {@code Targets},
 * Terraform {@code aws_lb_target_group_attachment}) and the function's {@code Handler} and code
 * location — a folder, or an archive whose module is then looked up by name under the template's or
 * plan's folder — else, with one Lambda target group and one handler in the tree, by that alone.
 * Nothing is guessed beyond these steps: whatever stays unlinked is reported with the reason.
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
    Run run = new Run(model, byGroup);
    byGroup.forEach(run::attachEcsService);
    byGroup.forEach(run::attachLambda);
    for (ServiceLink s : services) run.byService(s);
    byGroup.forEach(run::byPorts);
    run.singleChainFallback();
    return run.unlinked();
  }

  /** The state of one linking run: which backends are taken, and what could not be linked. */
  private static final class Run {
    private final Model model;
    private final Map<TargetGroup, List<Chain>> byGroup;
    private final Set<ProxyServer> usedProxies = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<AppServer> usedApps = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<LambdaHandler> usedHandlers =
        Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<String> unlinked = new ArrayList<>();

    Run(Model model, Map<TargetGroup, List<Chain>> byGroup) {
      this.model = model;
      this.byGroup = byGroup;
    }

    // --- ECS ----------------------------------------------------------------------------------

    void attachEcsService(TargetGroup tg, List<Chain> chains) {
      for (EcsService svc : model.getEcsServices()) {
        for (EcsLoadBalancer reg : svc.getLoadBalancers()) {
          if (model.resolve(reg.getTargetGroup(), TargetGroup.class).stream()
              .noneMatch(t -> t.getId().equals(tg.getId()) && t.getScope().equals(tg.getScope()))) {
            continue;
          }
          for (Chain c : chains) {
            c.setEcsService(svc);
            String port = "";
            if (reg.getContainerPort() != null && reg.getContainerPort().isNumber()) {
              c.setTrafficPort(reg.getContainerPort());
              port =
                  " port "
                      + reg.getContainerPort().text()
                      + " ("
                      + reg.getContainerPort().location().display()
                      + ")";
            }
            c.getEvidence()
                .add(
                    "ECS service "
                        + svc.getId()
                        + " registers container "
                        + (reg.getContainerName() == null ? "?" : reg.getContainerName().text())
                        + port
                        + " with "
                        + tg.getId());
          }
          return;
        }
      }
    }

    // --- Lambda -------------------------------------------------------------------------------

    void attachLambda(TargetGroup tg, List<Chain> chains) {
      if (!isLambda(tg)) return;
      LambdaFunction fn = null;
      for (Target t : tg.getTargets()) {
        List<LambdaFunction> found = model.resolve(t.getTarget(), LambdaFunction.class);
        if (!found.isEmpty()) {
          fn = found.get(0);
          break;
        }
      }
      if (fn == null) {
        unlinked.add(
            "target group "
                + tg.getId()
                + " (target type lambda): no registered target names a Lambda function in the tree");
        return;
      }
      for (Chain c : chains) {
        c.setLambdaFunction(fn);
        c.getEvidence()
            .add(
                tg.getId()
                    + " registers Lambda "
                    + fn.getId()
                    + " ("
                    + fn.getLocation().display()
                    + ")");
      }
      LambdaHandler handler = handlerOf(fn);
      String why;
      if (handler != null) {
        why =
            "Lambda "
                + fn.getId()
                + " Handler "
                + fn.getHandler().text()
                + " = export "
                + handler.getExportName()
                + " of "
                + handler.getFile()
                + " ("
                + handler.getLocation().display()
                + ")";
      } else if ((handler = handlerInArchive(fn)) != null) {
        why =
            "Lambda "
                + fn.getId()
                + " Handler "
                + fn.getHandler().text()
                + ", code "
                + fn.getCodeLocation().text()
                + " ("
                + fn.getCodeLocation().location().display()
                + "): the only source of module "
                + module(fn.getHandler().text())
                + " exporting "
                + handler.getExportName()
                + " under "
                + (folderOf(fn).isEmpty() ? "./" : folderOf(fn) + "/")
                + " is "
                + handler.getFile()
                + " ("
                + handler.getLocation().display()
                + ")";
      } else if (model.getLambdaHandlers().size() == 1 && lambdaGroups() == 1) {
        handler = model.getLambdaHandlers().get(0);
        why =
            "Lambda "
                + fn.getId()
                + ": the only Lambda handler in the tree, "
                + handler.getFile()
                + " export "
                + handler.getExportName()
                + " ("
                + handler.getLocation().display()
                + ")";
      } else {
        unlinked.add(
            "Lambda "
                + fn.getId()
                + ": no handler found for Handler "
                + (fn.getHandler() == null ? "(none)" : fn.getHandler().describe()));
        return;
      }
      usedHandlers.add(handler);
      for (Chain c : chains) {
        c.setLambdaHandler(handler);
        c.getEvidence().add(why);
      }
    }

    private long lambdaGroups() {
      return byGroup.keySet().stream().filter(Run::isLambda).count();
    }

    /**
     * The handler named by {@code Handler} (file.export) under the code location, relative to the
     * template's folder.
     */
    private LambdaHandler handlerOf(LambdaFunction fn) {
      if (fn.getHandler() == null || !fn.getHandler().isKnown()) return null;
      String handler = fn.getHandler().text();
      int dot = handler.lastIndexOf('.');
      if (dot <= 0) return null;
      String module = handler.substring(0, dot);
      String export = handler.substring(dot + 1);
      String code =
          fn.getCodeLocation() != null && fn.getCodeLocation().isKnown()
              ? fn.getCodeLocation().text()
              : "";
      if (code.contains("://")) code = "";
      Path folder = Path.of(fn.getScope()).getParent();
      Path base = (folder == null ? Path.of("") : folder).resolve(code).resolve(module).normalize();
      String wanted = base.toString().replace('\\', '/');
      for (LambdaHandler h : model.getLambdaHandlers()) {
        String file = h.getFile();
        int ext = file.lastIndexOf('.');
        String stem = ext > file.lastIndexOf('/') ? file.substring(0, ext) : file;
        if (stem.equals(wanted) && h.getExportName().equals(export)) return h;
      }
      return null;
    }

    /**
     * The handler named by {@code Handler} when the code is an archive built from the tree (a
     * Terraform {@code filename} such as {@code build/handler.zip}): the archive's layout is not in
     * the tree, so the module is looked up by its path ({@code index} → {@code index.js}, {@code
     * .mjs}, {@code .cjs} or {@code .ts}, {@code lib/app} → {@code …/lib/app.js}) anywhere under
     * the folder of the template or plan. Only a single match counts.
     */
    private LambdaHandler handlerInArchive(LambdaFunction fn) {
      if (fn.getHandler() == null || !fn.getHandler().isKnown()) return null;
      if (fn.getCodeLocation() == null || !fn.getCodeLocation().isKnown()) return null;
      String code = fn.getCodeLocation().text().toLowerCase(java.util.Locale.ROOT);
      if (code.contains("://") || !(code.endsWith(".zip") || code.endsWith(".jar"))) return null;
      String handler = fn.getHandler().text();
      int dot = handler.lastIndexOf('.');
      if (dot <= 0) return null;
      String module = module(handler);
      String export = handler.substring(dot + 1);
      String folder = folderOf(fn);
      String prefix = folder.isEmpty() ? "" : folder + "/";
      List<LambdaHandler> found = new ArrayList<>();
      for (LambdaHandler h : model.getLambdaHandlers()) {
        String file = h.getFile();
        if (!file.startsWith(prefix) || !h.getExportName().equals(export)) continue;
        int ext = file.lastIndexOf('.');
        if (ext <= file.lastIndexOf('/')) continue;
        if (!List.of(".js", ".mjs", ".cjs", ".ts").contains(file.substring(ext))) continue;
        String stem = file.substring(prefix.length(), ext);
        if (stem.equals(module) || stem.endsWith("/" + module)) found.add(h);
      }
      return found.size() == 1 ? found.get(0) : null;
    }

    private static String module(String handler) {
      return handler.substring(0, Math.max(0, handler.lastIndexOf('.')));
    }

    /**
     * The folder of the template or plan that declares the function, relative to the root ("" at
     * the root).
     */
    private static String folderOf(LambdaFunction fn) {
      Path folder = Path.of(fn.getScope()).getParent();
      return folder == null ? "" : folder.normalize().toString().replace('\\', '/');
    }

    private static boolean isLambda(TargetGroup tg) {
      return tg.getTargetType() != null && tg.getTargetType().text().equalsIgnoreCase("lambda");
    }

    // --- configured services -------------------------------------------------------------------

    void byService(ServiceLink s) {
      List<TargetGroup> groups =
          byGroup.keySet().stream()
              .filter(
                  tg ->
                      tg.getId().equals(s.targetGroup())
                          || (tg.getName() != null
                              && tg.getName().isKnown()
                              && tg.getName().text().equals(s.targetGroup())))
              .toList();
      if (groups.isEmpty()) {
        unlinked.add(
            "service for target group "
                + s.targetGroup()
                + " (configuration): no such target group behind a load balancer");
        return;
      }
      for (TargetGroup tg : groups) {
        List<Chain> chains = byGroup.get(tg);
        Chain first = chains.get(0);
        if (!s.proxy().isEmpty()) {
          List<ProxyServer> servers =
              model.getProxyServers().stream()
                  .filter(
                      p ->
                          p.getConfigFile().equals(s.proxy())
                              || p.getId().startsWith(s.proxy() + ":"))
                  .toList();
          if (servers.size() > 1) {
            servers = servers.stream().filter(p -> p.listensOn(first.getTrafficPort())).toList();
          }
          if (servers.size() == 1) {
            linkProxy(
                chains,
                servers.get(0),
                "configuration: service " + tg.getId() + " proxy " + s.proxy());
          } else {
            unlinked.add(
                "service for "
                    + tg.getId()
                    + " (configuration): proxy "
                    + s.proxy()
                    + " names "
                    + (servers.isEmpty()
                        ? "no nginx server"
                        : servers.size()
                            + " nginx servers none of which alone listens on the traffic port"));
          }
        }
        if (!s.app().isEmpty()) {
          List<AppServer> apps =
              model.getAppServers().stream().filter(a -> a.getScope().equals(s.app())).toList();
          if (apps.size() == 1) {
            String why = "configuration: service " + tg.getId() + " app " + s.app();
            if (first.hasProxy()) {
              if (!linkAppBehindProxy(chains, apps.get(0), why)) {
                for (Chain c : chains) {
                  c.setAppServer(apps.get(0));
                  c.getEvidence().add(why);
                }
                usedApps.add(apps.get(0));
              }
            } else {
              linkApp(chains, apps.get(0), why);
            }
          } else {
            unlinked.add(
                "service for "
                    + tg.getId()
                    + " (configuration): app "
                    + s.app()
                    + " names "
                    + (apps.isEmpty() ? "no Node server" : apps.size() + " Node servers"));
          }
        }
      }
    }

    // --- ports ---------------------------------------------------------------------------------

    void byPorts(TargetGroup tg, List<Chain> chains) {
      Chain first = chains.get(0);
      if (isLambda(tg) || first.hasBackend()) return;
      Value<Object> port = first.getTrafficPort();
      if (port == null || !port.isNumber()) return;
      String side =
          first.getEcsService() != null && port != tg.getPort()
              ? "ECS service "
                  + first.getEcsService().getId()
                  + " container port ("
                  + port.location().display()
                  + ")"
              : "target group " + tg.getId() + " port (" + port.location().display() + ")";
      List<ProxyServer> proxies =
          model.getProxyServers().stream()
              .filter(p -> !usedProxies.contains(p) && p.listensOn(port))
              .toList();
      if (proxies.size() == 1) {
        ProxyServer p = proxies.get(0);
        linkProxy(
            chains,
            p,
            "port " + port.text() + ": " + side + " = nginx listen (" + listenAt(p, port) + ")");
        return;
      }
      if (proxies.size() > 1) {
        unlinked.add(
            "target group "
                + tg.getId()
                + ": "
                + proxies.size()
                + " nginx servers listen on port "
                + port.text()
                + " ("
                + String.join(", ", proxies.stream().map(p -> p.getLocation().display()).toList())
                + "); name one in the configuration's services");
        return;
      }
      List<AppServer> apps =
          model.getAppServers().stream()
              .filter(a -> !usedApps.contains(a) && a.listensOn(port))
              .toList();
      if (apps.size() == 1) {
        AppServer a = apps.get(0);
        linkApp(
            chains,
            a,
            "port "
                + port.text()
                + ": "
                + side
                + " = Node listen ("
                + a.getListenPort().location().display()
                + ")");
      } else if (apps.size() > 1) {
        unlinked.add(
            "target group "
                + tg.getId()
                + ": "
                + apps.size()
                + " Node servers listen on port "
                + port.text()
                + "; name one in the configuration's services");
      }
    }

    // --- single chain --------------------------------------------------------------------------

    void singleChainFallback() {
      List<TargetGroup> groups = byGroup.keySet().stream().filter(tg -> !isLambda(tg)).toList();
      if (groups.size() != 1) return;
      List<Chain> chains = byGroup.get(groups.get(0));
      List<ProxyServer> proxies =
          model.getProxyServers().stream().filter(p -> !usedProxies.contains(p)).toList();
      List<AppServer> apps =
          model.getAppServers().stream().filter(a -> !usedApps.contains(a)).toList();
      Chain first = chains.get(0);
      String why = "single chain: " + groups.get(0).getId() + " is the only target group and ";
      if (!first.hasBackend()) {
        if (proxies.size() == 1 && apps.size() <= 1) {
          linkProxy(
              chains,
              proxies.get(0),
              why + "nginx server " + proxies.get(0).getLocation().display() + " the only proxy");
        } else if (proxies.isEmpty() && apps.size() == 1) {
          linkApp(
              chains,
              apps.get(0),
              why
                  + apps.get(0).getFramework()
                  + " server "
                  + apps.get(0).getLocation().display()
                  + " the only Node server");
          return;
        } else {
          return;
        }
      }
      List<AppServer> left =
          model.getAppServers().stream().filter(a -> !usedApps.contains(a)).toList();
      if (first.hasProxy()
          && !first.hasApp()
          && left.size() == 1
          && model.getProxyServers().size() == 1) {
        AppServer a = left.get(0);
        ProxyLocation loc = first.getProxyLocation();
        if (loc != null && !forwardPortsKnown(first.getProxyServer(), loc)) {
          for (Chain c : chains) {
            c.setAppServer(a);
            c.getEvidence()
                .add(
                    "single chain: "
                        + a.getFramework()
                        + " server "
                        + a.getLocation().display()
                        + " is the only Node server behind the only nginx server");
          }
          usedApps.add(a);
        }
      }
    }

    // --- linking steps -------------------------------------------------------------------------

    private void linkProxy(List<Chain> chains, ProxyServer p, String why) {
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

    private void linkApp(List<Chain> chains, AppServer a, String why) {
      usedApps.add(a);
      for (Chain c : chains) {
        c.setAppServer(a);
        c.getEvidence().add(why);
      }
    }

    /**
     * Links the app behind the chain's proxy when a proxying location forwards to its listen port.
     */
    private boolean linkAppBehindProxy(List<Chain> chains, AppServer a, String configured) {
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
                + a.getListenPort().text()
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
    private static ProxyLocation forwardingLocation(ProxyServer p) {
      ProxyLocation first = null;
      for (ProxyLocation loc : p.getLocations()) {
        if (!loc.isProxying()) continue;
        if (loc.getPath().equals("/") && !loc.getModifier().equals("=")) return loc;
        if (first == null) first = loc;
      }
      return first;
    }

    private boolean forwardPortsKnown(ProxyServer p, ProxyLocation loc) {
      Upstream up = upstreamOf(p, loc);
      if (up != null) return up.getServerPorts().stream().anyMatch(Value::isNumber);
      return loc.getUpstreamPort() != null && loc.getUpstreamPort().isNumber();
    }

    private Upstream upstreamOf(ProxyServer p, ProxyLocation loc) {
      return model.upstreamOf(p, loc);
    }

    private static String listenAt(ProxyServer p, Value<?> port) {
      return p.getListenPorts().stream()
          .filter(v -> v.isNumber() && v.num() == port.num())
          .map(v -> v.location().display())
          .findFirst()
          .orElse(p.getLocation().display());
    }

    // --- what is left ----------------------------------------------------------------------------

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
}
