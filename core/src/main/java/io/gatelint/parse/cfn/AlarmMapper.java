/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.cfn;

import io.gatelint.model.Alarm;
import io.gatelint.model.AlarmMetric;
import io.gatelint.model.Location;
import io.gatelint.model.Resource;
import io.gatelint.model.ResourceKind;
import io.gatelint.model.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** CloudWatch alarms: the metric, its dimensions and metric-math queries. */
final class AlarmMapper implements ResourceMapper {

  static final Set<ResourceKind<?>> KINDS = Set.of(ResourceKind.ALARM);

  private final PropertyReader read;
  private final Resolver resolver;

  AlarmMapper(PropertyReader read) {
    this.read = read;
    this.resolver = read.resolver();
  }

  @Override
  public Resource map(ResourceKind<?> kind, String id, String type, Node.MapNode p, Location at) {
    return alarm(id, type, p, at);
  }

  private Alarm alarm(String id, String type, Node.MapNode p, Location at) {
    Alarm a = read.init(new Alarm(), id, type, at);
    a.setNamespace(read.value(p, "Namespace", at));
    a.setMetricName(read.value(p, "MetricName", at));
    a.setStatistic(read.value(p, "Statistic", at));
    a.setExtendedStatistic(read.value(p, "ExtendedStatistic", at));
    a.setDimensions(dimensions(p.get("Dimensions")));
    a.setActions(read.values(p.get("AlarmActions")));
    a.setActionsEnabled(
        read.valueOr(p, "ActionsEnabled", true, at, "CloudWatch default: actions enabled"));
    if (resolver.isUnknownList(p.get("Metrics"))) {
      // metric math computed at deploy time may watch anything
      AlarmMetric metric = new AlarmMetric();
      Location ml = p.get("Metrics").location();
      metric.setNamespace(Value.unknown(ml, "metrics computed at deploy time"));
      metric.setMetricName(Value.unknown(ml, "metrics computed at deploy time"));
      metric.setExpression(Value.unknown(ml, "metrics computed at deploy time"));
      unknownDimensions(metric.getDimensions(), ml);
      a.getMetrics().add(metric);
    }
    for (Node m : resolver.items(p.get("Metrics"))) {
      if (!(resolver.structural(m) instanceof Node.MapNode mm)) continue;
      AlarmMetric metric = new AlarmMetric();
      metric.setId(mm.get("Id") instanceof Node.Scalar s ? s.text() : "");
      metric.setExpression(read.value(mm, "Expression", mm.location()));
      if (resolver.structural(mm.get("MetricStat")) instanceof Node.MapNode stat
          && resolver.structural(stat.get("Metric")) instanceof Node.MapNode metricNode) {
        metric.setNamespace(read.value(metricNode, "Namespace", metricNode.location()));
        metric.setMetricName(read.value(metricNode, "MetricName", metricNode.location()));
        metric.setDimensions(dimensions(metricNode.get("Dimensions")));
      } else {
        metric.setNamespace(Value.unknown(mm.location(), "no MetricStat"));
        metric.setMetricName(Value.unknown(mm.location(), "no MetricStat"));
      }
      a.getMetrics().add(metric);
    }
    return a;
  }

  private Map<String, Value<Object>> dimensions(Node node) {
    Map<String, Value<Object>> out = new LinkedHashMap<>();
    if (resolver.isUnknownList(node)) {
      // dimensions computed at deploy time may name any load balancer and target group
      unknownDimensions(out, node.location());
      return out;
    }
    for (Node d : resolver.items(node)) {
      if (resolver.structural(d) instanceof Node.MapNode dm) {
        Value<Object> name = resolver.value(dm.get("Name"));
        Value<Object> v = resolver.value(dm.get("Value"));
        if (name != null && name.isKnown()) {
          out.put(name.text(), read.nullToUnknown(v, dm.location(), "no Value"));
        } else {
          unknownDimensions(out, dm.location());
        }
      } else if (resolver.isUnknownMap(d)) {
        unknownDimensions(out, d.location());
      }
    }
    return out;
  }

  private static void unknownDimensions(Map<String, Value<Object>> out, Location at) {
    out.putIfAbsent("LoadBalancer", Value.unknown(at, "dimension computed at deploy time"));
    out.putIfAbsent("TargetGroup", Value.unknown(at, "dimension computed at deploy time"));
  }
}
