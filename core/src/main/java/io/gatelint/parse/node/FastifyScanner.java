/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.node;

import io.gatelint.model.Framework;
import java.util.List;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * {@code fastify(options)}: the instance is the server (its Node server is {@code .server}), routes
 * are declared on it, and Fastify's own timeout defaults apply.
 */
final class FastifyScanner implements FrameworkScanner {

  /** The timeouts Fastify takes as factory options. */
  static final Set<String> OPTIONS =
      Set.of("keepAliveTimeout", "requestTimeout", "connectionTimeout");

  @Override
  public Framework framework() {
    return Framework.FASTIFY;
  }

  @Override
  public Object create(
      ServerScanner scan, TSNode call, String module, boolean isNew, List<TSNode> args) {
    if (isNew
        || !(module.equals("fastify")
            || module.equals("fastify#fastify")
            || module.equals("fastify#default"))) {
      return null;
    }
    ServerObject s = new ServerObject(Framework.FASTIFY, call);
    s.fastifyDefaults = true;
    if (!args.isEmpty()) scan.readOptions(s, args.get(0), OPTIONS);
    return s;
  }

  @Override
  public String serverProperty() {
    return "server";
  }

  /** {@code fastify.listen()} resolves to an address, not the server. */
  @Override
  public boolean listenReturnsServer() {
    return false;
  }

  @Override
  public boolean routesOnServer() {
    return true;
  }
}
