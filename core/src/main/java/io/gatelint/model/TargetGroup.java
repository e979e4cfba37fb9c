/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A target group with its health check and registrations. */
public class TargetGroup extends Resource {

  private Value<String> name;
  private Value<Object> targetType;
  private Value<Object> protocol;
  private Value<Object> protocolVersion;
  private Value<Object> port;
  private HealthCheck healthCheck = new HealthCheck();
  private Value<Duration> deregistrationDelay;
  private List<Target> targets = new ArrayList<>();

  public Value<String> getName() {
    return name;
  }

  public void setName(Value<String> name) {
    this.name = name;
  }

  public Value<Object> getTargetType() {
    return targetType;
  }

  public void setTargetType(Value<Object> targetType) {
    this.targetType = targetType;
  }

  public Value<Object> getProtocol() {
    return protocol;
  }

  public void setProtocol(Value<Object> protocol) {
    this.protocol = protocol;
  }

  public Value<Object> getProtocolVersion() {
    return protocolVersion;
  }

  public void setProtocolVersion(Value<Object> protocolVersion) {
    this.protocolVersion = protocolVersion;
  }

  public Value<Object> getPort() {
    return port;
  }

  public void setPort(Value<Object> port) {
    this.port = port;
  }

  public HealthCheck getHealthCheck() {
    return healthCheck;
  }

  public void setHealthCheck(HealthCheck healthCheck) {
    this.healthCheck = healthCheck;
  }

  public Value<Duration> getDeregistrationDelay() {
    return deregistrationDelay;
  }

  public void setDeregistrationDelay(Value<Duration> deregistrationDelay) {
    this.deregistrationDelay = deregistrationDelay;
  }

  public List<Target> getTargets() {
    return targets;
  }

  public void setTargets(List<Target> targets) {
    this.targets = targets;
  }

  /**
   * True when the target group speaks HTTP/2 or gRPC to its targets ({@code ProtocolVersion} /
   * {@code protocol_version} HTTP2 or GRPC): connections are multiplexed and the HTTP/1 keep-alive
   * race the keep-alive rules describe does not arise.
   */
  public boolean isHttp2OrGrpc() {
    return protocolVersion != null
        && protocolVersion.isKnown()
        && (protocolVersion.text().trim().equalsIgnoreCase("HTTP2")
            || protocolVersion.text().trim().equalsIgnoreCase("GRPC"));
  }
}
