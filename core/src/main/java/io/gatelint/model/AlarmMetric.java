/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import java.util.LinkedHashMap;
import java.util.Map;

/** One metric of a metric-math alarm. */
public class AlarmMetric {

  private String id = "";
  private Value<Object> namespace;
  private Value<Object> metricName;
  private Map<String, Value<Object>> dimensions = new LinkedHashMap<>();
  private Value<Object> expression;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

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

  public Map<String, Value<Object>> getDimensions() {
    return dimensions;
  }

  public void setDimensions(Map<String, Value<Object>> dimensions) {
    this.dimensions = dimensions;
  }

  public Value<Object> getExpression() {
    return expression;
  }

  public void setExpression(Value<Object> expression) {
    this.expression = expression;
  }
}
