/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatelint.model.Container;
import io.gatelint.model.EcsLoadBalancer;
import io.gatelint.model.EcsService;
import io.gatelint.model.Location;
import io.gatelint.model.PortMapping;
import io.gatelint.model.Resource;
import io.gatelint.model.ResourceKind;
import io.gatelint.model.TaskDefinition;
import io.gatelint.model.Value;
import io.gatelint.parse.Durations;
import java.util.List;
import java.util.Set;

/** ECS services and task definitions (whose container definitions are a JSON string). */
final class EcsMapper implements ResourceMapper {

  static final Set<ResourceKind<?>> KINDS =
      Set.of(ResourceKind.ECS_SERVICE, ResourceKind.TASK_DEFINITION);

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Set<ResourceKind<?>> kinds() {
    return KINDS;
  }

  @Override
  public List<? extends Resource> map(ResourceKind<?> kind, ResourceView v) {
    if (kind == ResourceKind.ECS_SERVICE) return List.of(ecsService(v));
    return List.of(taskDefinition(v));
  }

  private EcsService ecsService(ResourceView v) {
    EcsService service = v.init(new EcsService());
    service.setTaskDefinition(v.link("task_definition"));
    for (int i = 0; i < v.size("load_balancer"); i++) {
      EcsLoadBalancer lb = new EcsLoadBalancer();
      lb.setTargetGroup(v.link("load_balancer", i, "target_group_arn"));
      lb.setContainerName(v.value("load_balancer", i, "container_name"));
      lb.setContainerPort(v.value("load_balancer", i, "container_port"));
      service.getLoadBalancers().add(lb);
    }
    if (v.size("network_configuration") > 0) {
      service.getSecurityGroups().addAll(v.links("network_configuration", 0, "security_groups"));
    }
    service.setHealthCheckGracePeriod(
        Durations.seconds(v.valueOr(0, "health_check_grace_period_seconds")));
    return service;
  }

  private TaskDefinition taskDefinition(ResourceView v) {
    TaskDefinition td = v.init(new TaskDefinition());
    td.setNetworkMode(v.value("network_mode"));
    JsonNode definitions = v.planned("container_definitions");
    if (definitions == null || !definitions.isTextual()) return td;
    JsonNode containers;
    try {
      containers = JSON.readTree(definitions.textValue());
    } catch (java.io.IOException e) {
      return td;
    }
    if (containers == null || !containers.isArray()) return td;
    Location base = v.at("container_definitions");
    boolean sensitive = v.sensitive("container_definitions");
    for (int i = 0; i < containers.size(); i++) {
      JsonNode c = containers.get(i);
      String at = "#/" + i;
      Container container = new Container();
      container.setName(inner(c.get("name"), base, at + "/name", sensitive));
      container.setImage(inner(c.get("image"), base, at + "/image", sensitive));
      JsonNode mappings = c.get("portMappings");
      if (mappings != null && mappings.isArray()) {
        for (int j = 0; j < mappings.size(); j++) {
          PortMapping pm = new PortMapping();
          pm.setContainerPort(
              inner(
                  mappings.get(j).get("containerPort"),
                  base,
                  at + "/portMappings/" + j + "/containerPort",
                  sensitive));
          pm.setHostPort(
              inner(
                  mappings.get(j).get("hostPort"),
                  base,
                  at + "/portMappings/" + j + "/hostPort",
                  sensitive));
          container.getPortMappings().add(pm);
        }
      }
      JsonNode environment = c.get("environment");
      if (environment != null && environment.isArray()) {
        for (int j = 0; j < environment.size(); j++) {
          JsonNode name = environment.get(j).get("name");
          if (name == null || !name.isTextual()) continue;
          Value<Object> value =
              inner(
                  environment.get(j).get("value"),
                  base,
                  at + "/environment/" + j + "/value",
                  sensitive);
          if (value != null) container.getEnvironment().put(name.textValue(), value);
        }
      }
      for (String words : List.of("entryPoint", "command")) {
        JsonNode list = c.get(words);
        if (list == null || !list.isArray()) continue;
        for (int j = 0; j < list.size(); j++) {
          Value<Object> word = inner(list.get(j), base, at + "/" + words + "/" + j, sensitive);
          if (word != null) container.getCommand().add(word);
        }
      }
      td.getContainers().add(container);
    }
    return td;
  }

  /**
   * A value inside the container_definitions JSON string, located at the attribute with an inner
   * pointer.
   */
  private static Value<Object> inner(
      JsonNode node, Location base, String pointer, boolean sensitive) {
    if (node == null || node.isNull() || !node.isValueNode()) return null;
    Value<Object> v =
        Value.explicit(ResourceView.scalar(node), base.withPointer(base.pointer() + pointer));
    return sensitive ? v.asSensitive() : v;
  }
}
