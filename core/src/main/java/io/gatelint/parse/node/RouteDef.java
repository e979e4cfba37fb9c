/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.node;

import io.gatelint.model.Location;

/**
 * A route as declared, before mount prefixes are applied.
 *
 * @param anyPath for middleware the scanner cannot see through (static files, a catch-all handler,
 *     a router from a module not read), why it may answer any path under {@code path}; otherwise
 *     null
 */
record RouteDef(String method, Location methodAt, String path, Location pathAt, String anyPath) {

  RouteDef(String method, Location methodAt, String path, Location pathAt) {
    this(method, methodAt, path, pathAt, null);
  }

  /** Middleware mounted under {@code prefix} that may answer any path there, and why. */
  static RouteDef anyPath(String prefix, Location at, String why) {
    return new RouteDef("ALL", at, prefix, at, why);
  }
}
