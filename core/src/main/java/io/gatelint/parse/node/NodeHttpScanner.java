/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.node;

import static io.gatelint.parse.node.JsFile.is;

import io.gatelint.model.Framework;
import java.util.List;
import org.treesitter.TSNode;

/**
 * {@code http.createServer([options][, listener])} and its https twin; an app passed as the
 * listener makes the server that app's.
 */
final class NodeHttpScanner implements FrameworkScanner {

  @Override
  public Framework framework() {
    return Framework.NODE_HTTP;
  }

  @Override
  public Object create(
      ServerScanner scan, TSNode call, String module, boolean isNew, List<TSNode> args) {
    if (isNew || !(module.equals("http#createServer") || module.equals("https#createServer"))) {
      return null;
    }
    ServerObject s = new ServerObject(Framework.NODE_HTTP, call);
    for (TSNode arg : args) {
      TSNode resolved = scan.symbols().resolve(arg);
      if (is(resolved, "object")) {
        scan.readOptions(s, arg, ServerScanner.SETTINGS);
        continue;
      }
      if (scan.entityOf(arg) instanceof AppObject app) {
        s.app = app;
        s.framework = app.framework;
        app.servers.add(s);
      } else {
        s.handler = scan.functionOf(arg);
      }
    }
    return s;
  }
}
