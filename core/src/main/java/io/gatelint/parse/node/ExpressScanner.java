/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.node;

import io.gatelint.model.Framework;
import java.util.List;
import org.treesitter.TSNode;

/** {@code express()} apps and {@code express.Router()} routers. */
final class ExpressScanner implements FrameworkScanner {

  @Override
  public Framework framework() {
    return Framework.EXPRESS;
  }

  @Override
  public Object create(
      ServerScanner scan, TSNode call, String module, boolean isNew, List<TSNode> args) {
    if (isNew) return null;
    return switch (module) {
      case "express" -> new AppObject(Framework.EXPRESS, call, false);
      case "express#Router" -> new AppObject(Framework.EXPRESS, call, true);
      default -> null;
    };
  }

  /** Express middleware mounted on a path answers the whole subtree. */
  @Override
  public boolean useWithPathIsRoute() {
    return true;
  }
}
