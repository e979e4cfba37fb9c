/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** An Elastic Load Balancing v2 load balancer (rules apply to type application). */
public class LoadBalancer extends Resource {

  private Value<String> name;

  /** application, network or gateway */
  private Value<String> type;

  private Value<String> scheme;

  /** idle_timeout.timeout_seconds, seconds */
  private Value<Duration> idleTimeout;

  /** client_keep_alive.seconds */
  private Value<Duration> clientKeepAlive;

  private Value<Object> accessLogsEnabled;
  private Value<Object> accessLogsBucket;
  private Value<Object> dropInvalidHeaderFields;
  private Value<Object> desyncMitigationMode;

  /** references or literal ids; empty when unknown or not declared */
  private List<Value<Object>> securityGroups = new ArrayList<>();

  /** whether SecurityGroups is written; unknown when it is an unresolvable expression */
  private Value<Object> securityGroupsDeclared;

  public Value<String> getName() {
    return name;
  }

  public void setName(Value<String> name) {
    this.name = name;
  }

  public Value<String> getType() {
    return type;
  }

  public void setType(Value<String> type) {
    this.type = type;
  }

  public Value<String> getScheme() {
    return scheme;
  }

  public void setScheme(Value<String> scheme) {
    this.scheme = scheme;
  }

  public Value<Duration> getIdleTimeout() {
    return idleTimeout;
  }

  public void setIdleTimeout(Value<Duration> idleTimeout) {
    this.idleTimeout = idleTimeout;
  }

  public Value<Duration> getClientKeepAlive() {
    return clientKeepAlive;
  }

  public void setClientKeepAlive(Value<Duration> clientKeepAlive) {
    this.clientKeepAlive = clientKeepAlive;
  }

  public Value<Object> getAccessLogsEnabled() {
    return accessLogsEnabled;
  }

  public void setAccessLogsEnabled(Value<Object> accessLogsEnabled) {
    this.accessLogsEnabled = accessLogsEnabled;
  }

  public Value<Object> getAccessLogsBucket() {
    return accessLogsBucket;
  }

  public void setAccessLogsBucket(Value<Object> accessLogsBucket) {
    this.accessLogsBucket = accessLogsBucket;
  }

  public Value<Object> getDropInvalidHeaderFields() {
    return dropInvalidHeaderFields;
  }

  public void setDropInvalidHeaderFields(Value<Object> dropInvalidHeaderFields) {
    this.dropInvalidHeaderFields = dropInvalidHeaderFields;
  }

  public Value<Object> getDesyncMitigationMode() {
    return desyncMitigationMode;
  }

  public void setDesyncMitigationMode(Value<Object> desyncMitigationMode) {
    this.desyncMitigationMode = desyncMitigationMode;
  }

  public List<Value<Object>> getSecurityGroups() {
    return securityGroups;
  }

  public void setSecurityGroups(List<Value<Object>> securityGroups) {
    this.securityGroups = securityGroups;
  }

  public Value<Object> getSecurityGroupsDeclared() {
    return securityGroupsDeclared;
  }

  public void setSecurityGroupsDeclared(Value<Object> securityGroupsDeclared) {
    this.securityGroupsDeclared = securityGroupsDeclared;
  }
}
