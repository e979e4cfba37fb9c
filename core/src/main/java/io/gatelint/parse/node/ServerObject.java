/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.node;

import io.gatelint.model.Framework;
import io.gatelint.model.Value;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treesitter.TSNode;

/** A Node HTTP server object of one file and what the file says about it. */
final class ServerObject {

  Framework framework;
  final TSNode created;

  /** Fastify's own timeouts apply: fastify() itself, or NestJS on a FastifyAdapter. */
  boolean fastifyDefaults;

  AppObject app;

  /** the request listener of a plain node:http server */
  TSNode handler;

  Value<Object> port;

  /** keepAliveTimeout, headersTimeout, requestTimeout as the file sets them */
  final Map<String, Value<Duration>> settings = new LinkedHashMap<>();

  final List<RouteDef> routes = new ArrayList<>();

  ServerObject(Framework framework, TSNode created) {
    this.framework = framework;
    this.created = created;
  }
}
