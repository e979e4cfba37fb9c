/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.link;

import io.gatelint.model.AppServer;
import io.gatelint.model.Chain;
import io.gatelint.model.ProxyLocation;
import io.gatelint.model.ProxyServer;
import io.gatelint.model.Resource;
import io.gatelint.model.TargetGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Linking step, the last: when the project of a target group — the folder nearest the file that
 * registers its targets that holds any backend — holds that one (non-Lambda) target group and one
 * backend chain, that alone links them. A whole tree of one project is the simplest such folder; in
 * a repository of several projects, each is judged on its own.
 */
final class SingleChain implements LinkStep {

  @Override
  public void link(Linking run) {
    for (Map.Entry<TargetGroup, List<Chain>> e : run.byGroup.entrySet()) {
      if (!Linking.isLambda(e.getKey())) link(run, e.getKey(), e.getValue());
    }
  }

  private static void link(Linking run, TargetGroup tg, List<Chain> chains) {
    Chain first = chains.get(0);
    String anchor = Proximity.anchor(run.model, first);
    if (!first.hasBackend()) {
      List<Resource> backends = new ArrayList<>(run.model.getProxyServers());
      backends.addAll(run.model.getAppServers());
      if (backends.isEmpty()) return;
      String folder =
          Proximity.common(
              anchor, Proximity.file(Proximity.nearest(anchor, backends, Proximity::file).get(0)));
      if (groupsUnder(run, folder) != 1) return;
      List<ProxyServer> proxies = under(run.model.getProxyServers(), folder);
      List<AppServer> apps = under(run.model.getAppServers(), folder);
      String why =
          "single chain: " + tg.getId() + " is the only target group" + where(folder) + " and ";
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
    if (!first.hasProxy() || first.hasApp() || run.model.getAppServers().isEmpty()) return;
    ProxyServer p = first.getProxyServer();
    String pf = Proximity.file(p);
    AppServer nearest = Proximity.nearest(pf, run.model.getAppServers(), Proximity::file).get(0);
    String folder = Proximity.common(pf, Proximity.file(nearest));
    List<AppServer> left = under(run.model.getAppServers(), folder);
    if (left.size() == 1
        && under(run.model.getProxyServers(), folder).size() == 1
        && groupsUnder(run, folder) <= 1) {
      AppServer a = left.get(0);
      ProxyLocation loc = first.getProxyLocation();
      if (loc != null && !run.forwardPortsKnown(p, loc)) {
        for (Chain c : chains) {
          c.setAppServer(a);
          c.getEvidence()
              .add(
                  "single chain: "
                      + a.getFramework()
                      + " server "
                      + a.getLocation().display()
                      + " is the only Node server behind the only nginx server"
                      + where(folder));
        }
        run.usedApps.add(a);
      }
    }
  }

  private static String where(String folder) {
    return folder.isEmpty() ? "" : " in " + folder;
  }

  private static boolean inside(String file, String folder) {
    return folder.isEmpty() || file.replace('\\', '/').startsWith(folder + "/");
  }

  private static <T extends Resource> List<T> under(List<T> all, String folder) {
    return all.stream().filter(r -> inside(Proximity.file(r), folder)).toList();
  }

  private static long groupsUnder(Linking run, String folder) {
    return run.byGroup.entrySet().stream()
        .filter(e -> !Linking.isLambda(e.getKey()))
        .filter(e -> inside(Proximity.anchor(run.model, e.getValue().get(0)), folder))
        .count();
  }
}
