/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.link;

import io.gatelint.model.AppServer;
import io.gatelint.model.Chain;
import io.gatelint.model.ProxyServer;
import io.gatelint.model.Resource;
import io.gatelint.model.TargetGroup;
import io.gatelint.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Linking step: a target group still without a backend is linked by port — its traffic port (the
 * target group's, or the ECS container port) equals the {@code listen} port of an nginx or Node
 * server. Candidates are ranked by {@link Proximity} to the file that registers the group's
 * targets: the nearest folder holding a match wins (an nginx server over a Node server there), and
 * a backend nearer to another target group on the same port belongs to that one. Two or more at the
 * nearest folder are reported, not guessed. A backend may answer several target groups (a
 * blue/green pair, two services of one task definition).
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
    List<Resource> all = new ArrayList<>();
    run.model.getProxyServers().stream().filter(p -> p.listensOn(port)).forEach(all::add);
    run.model.getAppServers().stream().filter(a -> a.listensOn(port)).forEach(all::add);
    if (all.isEmpty()) return;
    String anchor = Proximity.anchor(run.model, first);
    // the container's image names the folder of the app it runs: that beats bare proximity
    ImageBuilds.Match image = ImageBuilds.match(run.model, first, all);
    if (image != null && image.candidates().isEmpty()) {
      run.reason(
          tg,
          "target group "
              + tg.getId()
              + ": "
              + image.evidence()
              + ", but no nginx or Node server there listens on port "
              + port.display()
              + "; name one in the configuration's services");
      return;
    }
    List<Resource> nearest =
        Proximity.nearest(anchor, image == null ? all : image.candidates(), Proximity::file);
    List<Resource> proxies = nearest.stream().filter(r -> r instanceof ProxyServer).toList();
    List<Resource> pick = proxies.isEmpty() ? nearest : proxies;
    if (pick.size() > 1 && image != null) {
      run.reason(
          tg,
          "target group "
              + tg.getId()
              + ": "
              + image.evidence()
              + ", where "
              + pick.size()
              + " servers listen on port "
              + port.display()
              + " ("
              + String.join(", ", pick.stream().map(r -> r.getLocation().display()).toList())
              + "); name one in the configuration's services");
      return;
    }
    if (pick.size() > 1) {
      String kind = proxies.isEmpty() ? " Node servers" : " nginx servers";
      String folder = Proximity.common(anchor, Proximity.file(pick.get(0)));
      run.reason(
          tg,
          "target group "
              + tg.getId()
              + ": "
              + (folder.equals(Proximity.dir(anchor))
                  ? ""
                  : "nothing in "
                      + Proximity.dir(anchor)
                      + " listens on port "
                      + port.display()
                      + "; ")
              + pick.size()
              + kind
              + " listen on it in the nearest folder, "
              + (folder.isEmpty() ? "the tree root" : folder)
              + " ("
              + String.join(", ", pick.stream().map(r -> r.getLocation().display()).toList())
              + "); name one in the configuration's services");
      return;
    }
    Resource backend = pick.get(0);
    TargetGroup closer = image != null ? null : closerGroup(run, tg, anchor, backend, port);
    if (closer != null) {
      run.reason(
          tg,
          "target group "
              + tg.getId()
              + ": the server listening on port "
              + port.display()
              + " nearest to "
              + anchor
              + " ("
              + backend.getLocation().display()
              + ") sits nearer to target group "
              + closer.getId()
              + " ("
              + closer.getLocation().display()
              + "), of another project");
      return;
    }
    // with one candidate in the tree the port alone is the evidence; with more, where it sits is
    String near =
        image != null
            ? "; " + image.evidence()
            : all.size() == 1
                ? ""
                : "; " + Proximity.evidence(anchor, Proximity.file(backend), all.size() - 1);
    if (image != null) run.byImage.add(tg);
    if (backend instanceof ProxyServer p) {
      run.linkProxy(
          chains,
          p,
          "port "
              + port.display()
              + ": "
              + side
              + " = nginx listen ("
              + Linking.listenAt(p, port)
              + ")"
              + near);
    } else {
      AppServer a = (AppServer) backend;
      run.linkApp(
          chains,
          a,
          "port "
              + port.display()
              + ": "
              + side
              + " = Node listen ("
              + a.getListenPort().location().display()
              + ")"
              + near);
    }
  }

  /**
   * Another target group on the same port whose registrar sits nearer to the backend than this
   * group's does, or null: the backend then belongs to that group's project.
   */
  private static TargetGroup closerGroup(
      Linking run, TargetGroup tg, String anchor, Resource backend, Value<Object> port) {
    String file = Proximity.file(backend);
    int mine = Proximity.closeness(anchor, file);
    for (Map.Entry<TargetGroup, List<Chain>> e : run.byGroup.entrySet()) {
      if (e.getKey() == tg || Linking.isLambda(e.getKey())) continue;
      Chain c = e.getValue().get(0);
      Value<Object> p = c.getTrafficPort();
      if (p == null || !p.isNumber() || p.num() != port.num()) continue;
      if (Proximity.closeness(Proximity.anchor(run.model, c), file) > mine) return e.getKey();
    }
    return null;
  }
}
