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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Linking step, the last: when the project of a target group — the folder nearest the file that
 * registers its targets that holds any backend — holds that one (non-Lambda) target group and one
 * backend chain, that alone links them. A whole tree of one project is the simplest such folder; in
 * a repository of several projects, each is judged on its own.
 */
final class SingleChain implements LinkStep {

  @Override
  public void link(Linking run) {
    Map<String, Integer> groups = groupsByFolder(run);
    for (Map.Entry<TargetGroup, List<Chain>> e : run.byGroup.entrySet()) {
      if (!Linking.isLambda(e.getKey())) link(run, groups, e.getKey(), e.getValue());
    }
  }

  private static void link(
      Linking run, Map<String, Integer> groups, TargetGroup tg, List<Chain> chains) {
    Chain first = chains.get(0);
    String anchor = Proximity.anchor(run.model, first);
    if (!first.hasBackend()) {
      List<Resource> backends = new ArrayList<>(run.model.getProxyServers());
      backends.addAll(run.model.getAppServers());
      if (backends.isEmpty()) return;
      String folder =
          Proximity.common(
              anchor, Proximity.file(Proximity.nearest(anchor, backends, Proximity::file).get(0)));
      if (groupsUnder(groups, folder) != 1) return;
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
        && groupsUnder(groups, folder) <= 1) {
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

  private static int groupsUnder(Map<String, Integer> groups, String folder) {
    return groups.getOrDefault(folder, 0);
  }

  /**
   * For every folder, how many (non-Lambda) target groups have their anchor file inside it, each
   * anchor worked out once: counting them again for each target group was quadratic in a tree of
   * many stacks. A file is inside a folder when the folder is "" or a prefix of the file's path
   * that ends at a slash (as {@link #inside} says).
   */
  private static Map<String, Integer> groupsByFolder(Linking run) {
    Map<String, Integer> out = new HashMap<>();
    for (Map.Entry<TargetGroup, List<Chain>> e : run.byGroup.entrySet()) {
      if (Linking.isLambda(e.getKey())) continue;
      String file = Proximity.anchor(run.model, e.getValue().get(0)).replace('\\', '/');
      Set<String> folders = new HashSet<>();
      folders.add("");
      for (int i = file.indexOf('/'); i >= 0; i = file.indexOf('/', i + 1))
        folders.add(file.substring(0, i));
      for (String f : folders) out.merge(f, 1, Integer::sum);
    }
    return out;
  }
}
