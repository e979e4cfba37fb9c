/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.facts;

import io.gatelint.model.Alarm;
import io.gatelint.model.Resource;
import io.gatelint.model.Value;

/**
 * A part of an {@code AWS/ApplicationELB} alarm that names what it watches — a {@code LoadBalancer}
 * or {@code TargetGroup} dimension, or the metric name — with what it resolves to. A dangling one
 * can never match a metric CloudWatch publishes: the alarm stays in INSUFFICIENT_DATA and never
 * fires (GL044).
 */
public final class AlarmReference {

  /** how a reference resolves */
  public enum Status {
    /**
     * names a resource of the model: {@code !GetAtt X.LoadBalancerFullName}, {@code arn_suffix}, a
     * literal with its name
     */
    LINKED,
    /** cannot be checked: unknown, a well-formed literal, a reference outside the model */
    UNCHECKED,
    /** can never match */
    DANGLING
  }

  private final Alarm alarm;
  private final String part;
  private final Value<Object> value;
  private final Value<Object> metricName;
  private final Status status;
  private final Resource resource;
  private final String reason;

  AlarmReference(
      Alarm alarm,
      String part,
      Value<Object> value,
      Value<Object> metricName,
      Status status,
      Resource resource,
      String reason) {
    this.alarm = alarm;
    this.part = part;
    this.value = value;
    this.metricName = metricName;
    this.status = status;
    this.resource = resource;
    this.reason = reason;
  }

  public Alarm getAlarm() {
    return alarm;
  }

  /** {@code LoadBalancer dimension}, {@code TargetGroup dimension} or {@code metric name} */
  public String getPart() {
    return part;
  }

  /** the value as written, with its location */
  public Value<Object> getValue() {
    return value;
  }

  /**
   * the value as a message shows it: {@code !Ref ApiLoadBalancer}, {@code aws_lb.api.arn}, {@code
   * app/api/123}
   */
  public String getShown() {
    return shown(value);
  }

  static String shown(Value<Object> v) {
    if (v == null) return "unknown";
    if (v.isRef())
      return v.ref().written().equals("Ref") ? "!Ref " + v.ref().target() : v.ref().toString();
    return v.display();
  }

  /** the metric the alarm (or its metric-math metric) reads */
  public Value<Object> getMetricName() {
    return metricName;
  }

  public Status getStatus() {
    return status;
  }

  public boolean isDangling() {
    return status == Status.DANGLING;
  }

  public boolean isLinked() {
    return status == Status.LINKED;
  }

  /** the load balancer or target group it names, when linked */
  public Resource getResource() {
    return resource;
  }

  /** why it never matches, or how it links */
  public String getReason() {
    return reason;
  }

  @Override
  public String toString() {
    return alarm.getId() + " " + part + " " + shown(value) + ": " + status + " (" + reason + ")";
  }
}
