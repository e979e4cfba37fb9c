/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

/**
 * The HTTP framework a Node.js server is built with; it decides which defaults apply (Fastify keeps
 * its own) and names the server in messages.
 */
public enum Framework {
  /** {@code http.createServer} or {@code https.createServer} without a framework */
  NODE_HTTP("node:http"),
  EXPRESS("express"),
  KOA("koa"),
  FASTIFY("fastify"),
  /** NestJS, on Express or on Fastify through {@code FastifyAdapter} */
  NEST("nest"),
  HAPI("hapi");

  private final String displayName;

  Framework(String displayName) {
    this.displayName = displayName;
  }

  /** How messages name the framework: {@code express server app.js:3}. */
  @Override
  public String toString() {
    return displayName;
  }
}
