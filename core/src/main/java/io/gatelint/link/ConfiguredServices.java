/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.link;

import io.gatelint.model.AppServer;
import io.gatelint.model.Chain;
import io.gatelint.model.ProxyServer;
import io.gatelint.model.TargetGroup;
import java.util.List;

/**
 * Linking step: {@code services:} in the configuration name, for a target group, the nginx
 * configuration and/or the Node entrypoint that answer it. Explicit, so it runs before any step
 * that infers.
 */
final class ConfiguredServices implements LinkStep {

  private final List<ServiceLink> services;

  ConfiguredServices(List<ServiceLink> services) {
    this.services = List.copyOf(services);
  }

  @Override
  public void link(Linking run) {
    for (ServiceLink s : services) link(run, s);
  }

  private static void link(Linking run, ServiceLink s) {
    List<TargetGroup> groups =
        run.byGroup.keySet().stream()
            .filter(
                tg ->
                    tg.getId().equals(s.targetGroup())
                        || (tg.getName() != null
                            && tg.getName().isKnown()
                            && tg.getName().text().equals(s.targetGroup())))
            .toList();
    if (groups.isEmpty()) {
      run.unlinked.add(
          "service for target group "
              + s.targetGroup()
              + " (configuration): no such target group behind a load balancer");
      return;
    }
    for (TargetGroup tg : groups) {
      List<Chain> chains = run.byGroup.get(tg);
      Chain first = chains.get(0);
      if (!s.proxy().isEmpty()) {
        List<ProxyServer> servers =
            run.model.getProxyServers().stream()
                .filter(
                    p ->
                        p.getConfigFile().equals(s.proxy())
                            || p.getId().startsWith(s.proxy() + ":"))
                .toList();
        if (servers.size() > 1) {
          servers = servers.stream().filter(p -> p.listensOn(first.getTrafficPort())).toList();
        }
        if (servers.size() == 1) {
          run.linkProxy(
              chains,
              servers.get(0),
              "configuration: service " + tg.getId() + " proxy " + s.proxy());
        } else {
          run.unlinked.add(
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
            run.model.getAppServers().stream().filter(a -> a.getScope().equals(s.app())).toList();
        if (apps.size() == 1) {
          String why = "configuration: service " + tg.getId() + " app " + s.app();
          if (first.hasProxy()) {
            if (!run.linkAppBehindProxy(chains, apps.get(0), why)) {
              for (Chain c : chains) {
                c.setAppServer(apps.get(0));
                c.getEvidence().add(why);
              }
              run.usedApps.add(apps.get(0));
            }
          } else {
            run.linkApp(chains, apps.get(0), why);
          }
        } else {
          run.unlinked.add(
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
}
