/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.node;

import io.gatelint.model.Framework;
import io.gatelint.model.Value;
import java.util.List;
import org.treesitter.TSNode;

/** {@code new Koa()} apps and {@code new Router({ prefix })} from @koa/router or koa-router. */
final class KoaScanner implements FrameworkScanner {

  @Override
  public Framework framework() {
    return Framework.KOA;
  }

  @Override
  public Object create(
      ServerScanner scan, TSNode call, String module, boolean isNew, List<TSNode> args) {
    if (!isNew) return null;
    switch (module) {
      case "koa" -> {
        return new AppObject(Framework.KOA, call, false);
      }
      case "@koa/router", "koa-router", "@koa/router#Router", "koa-router#Router" -> {
        AppObject router = new AppObject(Framework.KOA, call, true);
        if (!args.isEmpty()) {
          TSNode prefix = scan.symbols().property(scan.symbols().resolve(args.get(0)), "prefix");
          Value<Object> p =
              prefix == null ? null : scan.folder().fold(prefix, scan.file().location(prefix));
          if (p != null && p.raw() instanceof String s) router.prefix = s;
        }
        return router;
      }
      default -> {
        return null;
      }
    }
  }
}
