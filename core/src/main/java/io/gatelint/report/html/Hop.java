/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report.html;

/** A hop of the request path as the chain picture draws it, left to right. */
public enum Hop {
  CLIENT("client"),
  LOAD_BALANCER("load balancer"),
  TARGET_GROUP("target group"),
  NGINX("nginx"),
  NODE("Node"),
  LAMBDA("Lambda");

  private final String label;

  Hop(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
