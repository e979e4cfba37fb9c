/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import java.time.Duration;

/** A target group's health check, every setting with its default when not written. */
public class HealthCheck {

  private Value<Object> enabled;
  private Value<Object> path;

  /** a number or traffic-port */
  private Value<Object> port;

  private Value<Object> protocol;

  /** converted from the seconds written; shown in seconds */
  private Value<Duration> interval;

  /** converted from the seconds written; shown in seconds */
  private Value<Duration> timeout;

  private Value<Object> healthyThreshold;
  private Value<Object> unhealthyThreshold;

  /** HTTP codes such as 200, 200-299 or 200,302 */
  private Value<Object> matcher;

  /** gRPC codes */
  private Value<Object> grpcMatcher;

  public Value<Object> getEnabled() {
    return enabled;
  }

  public void setEnabled(Value<Object> enabled) {
    this.enabled = enabled;
  }

  public Value<Object> getPath() {
    return path;
  }

  public void setPath(Value<Object> path) {
    this.path = path;
  }

  public Value<Object> getPort() {
    return port;
  }

  public void setPort(Value<Object> port) {
    this.port = port;
  }

  public Value<Object> getProtocol() {
    return protocol;
  }

  public void setProtocol(Value<Object> protocol) {
    this.protocol = protocol;
  }

  public Value<Duration> getInterval() {
    return interval;
  }

  public void setInterval(Value<Duration> interval) {
    this.interval = interval;
  }

  public Value<Duration> getTimeout() {
    return timeout;
  }

  public void setTimeout(Value<Duration> timeout) {
    this.timeout = timeout;
  }

  public Value<Object> getHealthyThreshold() {
    return healthyThreshold;
  }

  public void setHealthyThreshold(Value<Object> healthyThreshold) {
    this.healthyThreshold = healthyThreshold;
  }

  public Value<Object> getUnhealthyThreshold() {
    return unhealthyThreshold;
  }

  public void setUnhealthyThreshold(Value<Object> unhealthyThreshold) {
    this.unhealthyThreshold = unhealthyThreshold;
  }

  public Value<Object> getMatcher() {
    return matcher;
  }

  public void setMatcher(Value<Object> matcher) {
    this.matcher = matcher;
  }

  public Value<Object> getGrpcMatcher() {
    return grpcMatcher;
  }

  public void setGrpcMatcher(Value<Object> grpcMatcher) {
    this.grpcMatcher = grpcMatcher;
  }
}
