/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.rules;

import io.gatelint.model.Value;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The functions rule expressions may call, beside the model's accessors. Each is total: it answers
 * false (never throws) for unknown values, so a rule cannot fire on what it cannot see.
 */
public final class Functions {

  private static final Pattern HTTP_CODES = Pattern.compile("\\d{3}(-\\d{3})?(,\\d{3}(-\\d{3})?)*");
  private static final Pattern GRPC_CODES =
      Pattern.compile("\\d{1,2}(-\\d{1,2})?(,\\d{1,2}(-\\d{1,2})?)*");

  private Functions() {}

  /** True when the value is known. */
  public static boolean known(Value<?> v) {
    return v != null && v.isKnown();
  }

  /** True when both values are known. */
  public static boolean known2(Value<?> a, Value<?> b) {
    return known(a) && known(b);
  }

  /** True when the value is known and numeric. */
  public static boolean number(Value<?> v) {
    return known(v) && v.isNumber();
  }

  /** True when the value is known and reads as true. */
  public static boolean isTrue(Value<?> v) {
    return known(v) && v.isBoolean() && v.bool();
  }

  /** True when the value is known and reads as false. */
  public static boolean isFalse(Value<?> v) {
    return known(v) && v.isBoolean() && !v.bool();
  }

  /** True when the value is a known number outside [low, high]. */
  public static boolean outside(Value<?> v, double low, double high) {
    return number(v) && (v.num() < low || v.num() > high);
  }

  /**
   * True when the value is known text that equals one of the comma-separated options, ignoring
   * case.
   */
  public static boolean textIn(Value<?> v, String options) {
    if (!known(v)) return false;
    for (String o : options.split(",")) {
      if (o.trim().equalsIgnoreCase(v.text().trim())) return true;
    }
    return false;
  }

  /**
   * True when an ALB HTTP matcher is valid: single codes, comma lists and ranges, each code within
   * 200–499 and each range ascending. Spaces are not allowed by the API.
   */
  public static boolean validHttpCodes(Value<?> v) {
    if (!known(v)) return true;
    String s = v.text().trim();
    if (!HTTP_CODES.matcher(s).matches()) return false;
    for (String part : s.split(",")) {
      String[] range = part.split("-");
      int low = Integer.parseInt(range[0]);
      int high = range.length > 1 ? Integer.parseInt(range[1]) : low;
      if (low < 200 || high > 499 || low > high) return false;
    }
    return true;
  }

  /** True when a gRPC matcher is valid: codes 0–99, lists and ranges. */
  public static boolean validGrpcCodes(Value<?> v) {
    if (!known(v)) return true;
    String s = v.text().trim();
    if (!GRPC_CODES.matcher(s).matches()) return false;
    for (String part : s.split(",")) {
      String[] range = part.split("-");
      if (range.length > 1 && Integer.parseInt(range[0]) > Integer.parseInt(range[1])) return false;
    }
    return true;
  }

  /**
   * True when the value is a known duration longer than zero: a timeout of 0 means "no timeout" on
   * nginx and Node, so it never takes part in an ordering.
   */
  public static boolean positive(Value<?> v) {
    return number(v) && v.millis() > 0;
  }

  /** True when both durations are known and {@code a} is shorter than {@code b}. */
  public static boolean shorter(Value<?> a, Value<?> b) {
    return number(a) && number(b) && a.millis() < b.millis();
  }

  /** True when both durations are known and {@code a} is at most {@code b}. */
  public static boolean atMost(Value<?> a, Value<?> b) {
    return number(a) && number(b) && a.millis() <= b.millis();
  }

  /**
   * The load balancer's own 5xx metrics, which count the 502s and 504s it answers itself (ALB
   * guide, CloudWatch metrics for your Application Load Balancer).
   */
  public static String elb5xxMetrics() {
    return "HTTPCode_ELB_5XX_Count,HTTPCode_ELB_502_Count,HTTPCode_ELB_504_Count";
  }

  /** The target group's host-count metrics, which show targets failing their health checks. */
  public static String hostCountMetrics() {
    return "UnHealthyHostCount,HealthyHostCount";
  }

  /** The load balancer's latency metric. */
  public static String latencyMetrics() {
    return "TargetResponseTime";
  }

  /**
   * Every metric the alarm rules look for: the targets' 5xx count beside the three sets above, so
   * an alarm on any of them is one someone relies on.
   */
  public static String watchedMetrics() {
    return "HTTPCode_Target_5XX_Count,"
        + elb5xxMetrics()
        + ","
        + hostCountMetrics()
        + ","
        + latencyMetrics();
  }

  /** True when the collection is null or empty. */
  public static boolean none(Collection<?> c) {
    return c == null || c.isEmpty();
  }

  /**
   * True when the value is known and written as an integer: {@code 200}, not {@code '200'} or
   * {@code 200.5}.
   */
  public static boolean integer(Value<?> v) {
    if (!known(v)) return false;
    Object raw = v.raw();
    return raw instanceof Integer
        || raw instanceof Long
        || raw instanceof Short
        || (raw instanceof Double d && d == Math.rint(d) && !d.isInfinite());
  }

  /**
   * The smallest whole number of seconds above a duration (60 s → 61, 4500 ms → 5), for a fix that
   * names a value in a setting written in seconds; -1 when the value is not a known number.
   */
  public static long secondsAbove(Value<?> v) {
    return number(v) ? Math.floorDiv(v.millis(), 1000) + 1 : -1;
  }

  /**
   * The largest whole number of seconds below a duration (5000 ms → 4, 4500 ms → 4); -1 when the
   * value is not a known number.
   */
  public static long secondsBelow(Value<?> v) {
    return number(v) ? Math.floorDiv(v.millis() + 999, 1000) - 1 : -1;
  }

  /** The smallest whole number of seconds not below a duration (60 s → 60, 4500 ms → 5). */
  public static long secondsAtLeast(Value<?> v) {
    return number(v) ? Math.floorDiv(v.millis() + 999, 1000) : -1;
  }
}
