package io.gatelint.link;

import io.gatelint.model.AppServer;
import io.gatelint.model.Chain;
import io.gatelint.model.ProxyLocation;
import io.gatelint.model.ProxyServer;
import io.gatelint.model.TargetGroup;
import java.util.List;

/**
 * Linking step, the last: when the tree holds exactly one (non-Lambda) target group and one backend
 * chain left, that alone links them.
 */
final class SingleChain implements LinkStep {

  @Override
  public void link(Linking run) {
    List<TargetGroup> groups =
        run.byGroup.keySet().stream().filter(tg -> !Linking.isLambda(tg)).toList();
    if (groups.size() != 1) return;
    List<Chain> chains = run.byGroup.get(groups.get(0));
    List<ProxyServer> proxies =
        run.model.getProxyServers().stream().filter(p -> !run.usedProxies.contains(p)).toList();
    List<AppServer> apps =
        run.model.getAppServers().stream().filter(a -> !run.usedApps.contains(a)).toList();
    Chain first = chains.get(0);
    String why = "single chain: " + groups.get(0).getId() + " is the only target group and ";
    if (!first.hasBackend()) {
      if (proxies.size() == 1 && apps.size() <= 1) {
        run.linkProxy(
            chains,
            proxies.get(0),
            why + "nginx server " + proxies.get(0).getLocation().display() + " the only proxy");
      } else if (proxies.isEmpty() && apps.size() == 1) {
        run.linkApp(
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
        run.model.getAppServers().stream().filter(a -> !run.usedApps.contains(a)).toList();
    if (first.hasProxy()
        && !first.hasApp()
        && left.size() == 1
        && run.model.getProxyServers().size() == 1) {
      AppServer a = left.get(0);
      ProxyLocation loc = first.getProxyLocation();
      if (loc != null && !run.forwardPortsKnown(first.getProxyServer(), loc)) {
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
        run.usedApps.add(a);
      }
    }
  }
}
