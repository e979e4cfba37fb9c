/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.node;

import io.gatelint.model.Framework;
import java.util.List;
import org.treesitter.TSNode;

/**
 * {@code Hapi.server({ port })} and {@code new Hapi.Server(…)}: the port is a factory option, the
 * Node server is {@code server.listener}, routes are {@code server.route({ method, path })}.
 */
final class HapiScanner implements FrameworkScanner {

  @Override
  public Framework framework() {
    return Framework.HAPI;
  }

  @Override
  public Object create(
      ServerScanner scan, TSNode call, String module, boolean isNew, List<TSNode> args) {
    boolean factory =
        isNew
            ? module.equals("@hapi/hapi#Server") || module.equals("hapi#Server")
            : module.equals("@hapi/hapi#server") || module.equals("hapi#server");
    if (!factory) return null;
    ServerObject s = new ServerObject(Framework.HAPI, call);
    if (!args.isEmpty()) {
      TSNode port = scan.symbols().property(scan.symbols().resolve(args.get(0)), "port");
      if (port != null) s.port = scan.port(port);
    }
    return s;
  }

  @Override
  public String serverProperty() {
    return "listener";
  }

  @Override
  public String routeObjectPathKey() {
    return "path";
  }
}
