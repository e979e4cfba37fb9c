/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.node;

import static io.gatelint.parse.node.JsFile.arguments;
import static io.gatelint.parse.node.JsFile.field;
import static io.gatelint.parse.node.JsFile.is;
import static io.gatelint.parse.node.JsFile.unwrap;

import io.gatelint.model.Framework;
import java.util.List;
import org.treesitter.TSNode;

/**
 * {@code NestFactory.create(AppModule[, adapter])}: the app is the server ({@code
 * app.getHttpServer()}, {@code await app.listen()}); with a {@code FastifyAdapter} Fastify's
 * options and defaults apply.
 */
final class NestScanner implements FrameworkScanner {

  @Override
  public Framework framework() {
    return Framework.NEST;
  }

  @Override
  public Object create(
      ServerScanner scan, TSNode call, String module, boolean isNew, List<TSNode> args) {
    if (isNew
        || !(module.equals("NestFactory.create")
            || module.equals("@nestjs/core#NestFactory.create"))) {
      return null;
    }
    ServerObject s = new ServerObject(Framework.NEST, call);
    // a Nest app's routes are the decorators of its controllers, which are not read
    s.routes.add(
        RouteDef.anyPath(
            "",
            scan.file().location(call),
            "the routes of a NestJS app are declared by its controllers, which are not read"));
    if (args.size() > 1) {
      TSNode adapter = unwrap(args.get(1));
      if (is(adapter, "new_expression")
          && scan.file().text(field(adapter, "constructor")).endsWith("FastifyAdapter")) {
        s.fastifyDefaults = true;
        List<TSNode> adapterArgs = arguments(adapter);
        if (!adapterArgs.isEmpty()) scan.readOptions(s, adapterArgs.get(0), FastifyScanner.OPTIONS);
      }
    }
    return s;
  }
}
