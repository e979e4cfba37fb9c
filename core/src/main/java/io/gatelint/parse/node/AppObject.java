/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.node;

import io.gatelint.model.Framework;
import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSNode;

/** An application or router object of one file: routes are declared on it, servers serve it. */
final class AppObject {

  /** A router mounted on an app under a path prefix: {@code app.use('/api', router)}. */
  record Mount(String prefix, AppObject router) {}

  final Framework framework;
  final TSNode created;
  final boolean router;
  String prefix = "";
  final List<RouteDef> routes = new ArrayList<>();
  final List<Mount> mounts = new ArrayList<>();
  final List<ServerObject> servers = new ArrayList<>();

  AppObject(Framework framework, TSNode created, boolean router) {
    this.framework = framework;
    this.created = created;
    this.router = router;
  }
}
