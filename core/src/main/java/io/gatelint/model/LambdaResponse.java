/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

/** An object literal a Lambda handler returns. */
public class LambdaResponse {

  private Location location;

  /** unknown when the property is absent or not a literal */
  private Value<Object> statusCode;

  private boolean hasStatusCode;

  /** the returned value is an object literal the parser could read */
  private boolean literal;

  public Location getLocation() {
    return location;
  }

  public void setLocation(Location location) {
    this.location = location;
  }

  public Value<Object> getStatusCode() {
    return statusCode;
  }

  public void setStatusCode(Value<Object> statusCode) {
    this.statusCode = statusCode;
  }

  public boolean isHasStatusCode() {
    return hasStatusCode;
  }

  public void setHasStatusCode(boolean hasStatusCode) {
    this.hasStatusCode = hasStatusCode;
  }

  public boolean isLiteral() {
    return literal;
  }

  public void setLiteral(boolean literal) {
    this.literal = literal;
  }

  /** True when statusCode is written as an integer (a string such as '200' is not). */
  public boolean hasIntegerStatusCode() {
    return hasStatusCode && statusCode != null && isInteger(statusCode.raw());
  }

  static boolean isInteger(Object raw) {
    return raw instanceof Integer
        || raw instanceof Long
        || raw instanceof Short
        || (raw instanceof Double d && d == Math.rint(d) && !d.isInfinite());
  }
}
