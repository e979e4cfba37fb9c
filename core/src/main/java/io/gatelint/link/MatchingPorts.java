package io.gatelint.link;

import io.gatelint.model.AppServer;
import io.gatelint.model.Chain;
import io.gatelint.model.ProxyServer;
import io.gatelint.model.TargetGroup;
import io.gatelint.model.Value;
import java.util.List;

/**
 * Linking step: a target group still without a backend is linked by port — its traffic port (the
 * target group's, or the ECS container port) equals the {@code listen} port of exactly one nginx
 * server, else of exactly one Node server; two or more are reported, not guessed.
 */
final class MatchingPorts implements LinkStep {

  @Override
  public void link(Linking run) {
    run.byGroup.forEach((tg, chains) -> link(run, tg, chains));
  }

  private static void link(Linking run, TargetGroup tg, List<Chain> chains) {
    Chain first = chains.get(0);
    if (Linking.isLambda(tg) || first.hasBackend()) return;
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
        run.model.getProxyServers().stream()
            .filter(p -> !run.usedProxies.contains(p) && p.listensOn(port))
            .toList();
    if (proxies.size() == 1) {
      ProxyServer p = proxies.get(0);
      run.linkProxy(
          chains,
          p,
          "port "
              + port.display()
              + ": "
              + side
              + " = nginx listen ("
              + Linking.listenAt(p, port)
              + ")");
      return;
    }
    if (proxies.size() > 1) {
      run.unlinked.add(
          "target group "
              + tg.getId()
              + ": "
              + proxies.size()
              + " nginx servers listen on port "
              + port.display()
              + " ("
              + String.join(", ", proxies.stream().map(p -> p.getLocation().display()).toList())
              + "); name one in the configuration's services");
      return;
    }
    List<AppServer> apps =
        run.model.getAppServers().stream()
            .filter(a -> !run.usedApps.contains(a) && a.listensOn(port))
            .toList();
    if (apps.size() == 1) {
      AppServer a = apps.get(0);
      run.linkApp(
          chains,
          a,
          "port "
              + port.display()
              + ": "
              + side
              + " = Node listen ("
              + a.getListenPort().location().display()
              + ")");
    } else if (apps.size() > 1) {
      run.unlinked.add(
          "target group "
              + tg.getId()
              + ": "
              + apps.size()
              + " Node servers listen on port "
              + port.display()
              + "; name one in the configuration's services");
    }
  }
}
