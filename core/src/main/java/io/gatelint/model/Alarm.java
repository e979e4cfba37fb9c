/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A CloudWatch metric alarm. */
public class Alarm extends Resource {

  private Value<Object> namespace;
  private Value<Object> metricName;
  private Value<Object> statistic;
  private Value<Object> extendedStatistic;

  /** dimension name to value (a reference or a literal) */
  private Map<String, Value<Object>> dimensions = new LinkedHashMap<>();

  /** alarm actions */
  private List<Value<Object>> actions = new ArrayList<>();

  private Value<Object> actionsEnabled;

  /** metric-math metrics */
  private List<AlarmMetric> metrics = new ArrayList<>();

  public Value<Object> getNamespace() {
    return namespace;
  }

  public void setNamespace(Value<Object> namespace) {
    this.namespace = namespace;
  }

  public Value<Object> getMetricName() {
    return metricName;
  }

  public void setMetricName(Value<Object> metricName) {
    this.metricName = metricName;
  }

  public Value<Object> getStatistic() {
    return statistic;
  }

  public void setStatistic(Value<Object> statistic) {
    this.statistic = statistic;
  }

  public Value<Object> getExtendedStatistic() {
    return extendedStatistic;
  }

  public void setExtendedStatistic(Value<Object> extendedStatistic) {
    this.extendedStatistic = extendedStatistic;
  }

  public Map<String, Value<Object>> getDimensions() {
    return dimensions;
  }

  public void setDimensions(Map<String, Value<Object>> dimensions) {
    this.dimensions = dimensions;
  }

  public List<Value<Object>> getActions() {
    return actions;
  }

  public void setActions(List<Value<Object>> actions) {
    this.actions = actions;
  }

  public Value<Object> getActionsEnabled() {
    return actionsEnabled;
  }

  public void setActionsEnabled(Value<Object> actionsEnabled) {
    this.actionsEnabled = actionsEnabled;
  }

  public List<AlarmMetric> getMetrics() {
    return metrics;
  }

  public void setMetrics(List<AlarmMetric> metrics) {
    this.metrics = metrics;
  }
}
