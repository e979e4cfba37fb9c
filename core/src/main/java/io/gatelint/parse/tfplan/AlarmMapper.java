/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatelint.model.Alarm;
import io.gatelint.model.AlarmMetric;
import io.gatelint.model.Resource;
import io.gatelint.model.ResourceKind;
import io.gatelint.model.Value;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** CloudWatch metric alarms: the metric, its dimensions and metric queries. */
final class AlarmMapper implements ResourceMapper {

  static final Set<ResourceKind<?>> KINDS = Set.of(ResourceKind.ALARM);

  @Override
  public Set<ResourceKind<?>> kinds() {
    return KINDS;
  }

  @Override
  public List<? extends Resource> map(ResourceKind<?> kind, ResourceView v) {
    return List.of(alarm(v));
  }

  private Alarm alarm(ResourceView v) {
    Alarm alarm = v.init(new Alarm());
    alarm.setNamespace(v.value("namespace"));
    alarm.setMetricName(v.value("metric_name"));
    alarm.setStatistic(v.value("statistic"));
    alarm.setExtendedStatistic(v.value("extended_statistic"));
    dimensions(v, new Object[] {"dimensions"}, alarm.getDimensions());
    alarm.getActions().addAll(v.links("alarm_actions"));
    alarm.setActionsEnabled(v.valueOr(true, "actions_enabled"));
    for (int i = 0; i < v.size("metric_query"); i++) {
      Object[] q = {"metric_query", i};
      AlarmMetric metric = new AlarmMetric();
      JsonNode id = v.planned(ResourceView.append(q, "id"));
      metric.setId(id == null || id.isNull() ? "" : id.asText());
      metric.setExpression(v.value(ResourceView.append(q, "expression")));
      if (v.size(ResourceView.append(q, "metric")) > 0) {
        Object[] m = ResourceView.append(q, "metric", 0);
        metric.setNamespace(v.value(ResourceView.append(m, "namespace")));
        metric.setMetricName(v.value(ResourceView.append(m, "metric_name")));
        dimensions(v, ResourceView.append(m, "dimensions"), metric.getDimensions());
      }
      alarm.getMetrics().add(metric);
    }
    return alarm;
  }

  private static void dimensions(ResourceView v, Object[] path, Map<String, Value<Object>> into) {
    List<String> keys = v.keys(path);
    if (keys.isEmpty() && v.unknown(path) && v.block() != null && path.length == 1) {
      TfBlock.TfAttribute written = v.block().attributes.get((String) path[0]);
      if (written != null) keys = List.copyOf(written.keys().keySet());
    }
    if (keys.isEmpty() && v.unknown(path)) {
      // a map known only after apply, and no source to read its keys from: it may name any load
      // balancer and target group, so coverage rules must not count it as watching nothing
      for (String key : List.of("LoadBalancer", "TargetGroup")) {
        into.put(key, Value.unknown(v.at(path), "dimensions known after apply"));
      }
      return;
    }
    for (String key : keys) {
      Value<Object> value = v.link(ResourceView.append(path, key));
      if (value == null)
        value = Value.unknown(v.at(ResourceView.append(path, key)), "known after apply");
      into.put(key, value);
    }
  }
}
