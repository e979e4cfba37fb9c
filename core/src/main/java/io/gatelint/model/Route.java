/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

/**
 * An HTTP route an app serves, or middleware that may answer any path under a prefix (static files,
 * a catch-all handler, a router or plugin from code not read): then the route table is incomplete
 * and {@link #getAnyPath()} says why.
 */
public class Route {

  private Value<Object> method;
  private Value<Object> path;
  private String anyPath;

  /**
   * Middleware the scanner cannot see through, at {@code at}: it may serve every path matching
   * {@code pattern} ({@code *} or {@code /prefix/*}).
   */
  public static Route anyPath(String pattern, Location at, String why) {
    Route r = new Route();
    r.setMethod(Value.explicit("ALL", at));
    r.setPath(Value.of(pattern, new Origin(Origin.Kind.EXPLICIT, at, why)));
    r.anyPath = why;
    return r;
  }

  /** Why this entry may serve any path under its pattern; null for a declared route. */
  public String getAnyPath() {
    return anyPath;
  }

  /** Whether this entry stands for middleware that may serve any path under its pattern. */
  public boolean isAnyPath() {
    return anyPath != null;
  }

  public Value<Object> getMethod() {
    return method;
  }

  public void setMethod(Value<Object> method) {
    this.method = method;
  }

  public Value<Object> getPath() {
    return path;
  }

  public void setPath(Value<Object> path) {
    this.path = path;
  }

  /**
   * True when a request path matches a route pattern; parameters and wildcards match any segment.
   */
  static boolean matches(String pattern, String path) {
    if (pattern.equals(path) || pattern.equals("*") || pattern.equals("/*")) return true;
    String[] p = trim(pattern).split("/", -1);
    String[] q = trim(path).split("/", -1);
    for (int i = 0; i < p.length; i++) {
      if (p[i].equals("*") || p[i].equals("(.*)")) return true;
      if (i >= q.length) return p[i].endsWith("?");
      boolean param = p[i].startsWith(":") || p[i].startsWith("{") || p[i].contains("*");
      if (!param && !p[i].equals(q[i])) return false;
    }
    return p.length == q.length;
  }

  private static String trim(String s) {
    String t = s.endsWith("/") && s.length() > 1 ? s.substring(0, s.length() - 1) : s;
    int query = t.indexOf('?');
    return query >= 0 && !t.startsWith(":") ? t.substring(0, query) : t;
  }
}
