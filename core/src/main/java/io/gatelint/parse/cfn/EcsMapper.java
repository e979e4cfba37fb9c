/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.cfn;

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
import java.util.Set;

/** ECS services and task definitions. */
final class EcsMapper implements ResourceMapper {

  static final Set<ResourceKind<?>> KINDS =
      Set.of(ResourceKind.ECS_SERVICE, ResourceKind.TASK_DEFINITION);

  private final PropertyReader read;
  private final Resolver resolver;

  EcsMapper(PropertyReader read) {
    this.read = read;
    this.resolver = read.resolver();
  }

  @Override
  public Resource map(ResourceKind<?> kind, String id, String type, Node.MapNode p, Location at) {
    if (kind == ResourceKind.ECS_SERVICE) return ecsService(id, type, p, at);
    return taskDefinition(id, type, p, at);
  }

  private EcsService ecsService(String id, String type, Node.MapNode p, Location at) {
    EcsService s = read.init(new EcsService(), id, type, at);
    s.setTaskDefinition(read.value(p, "TaskDefinition", at));
    for (Node lbNode : resolver.items(p.get("LoadBalancers"))) {
      if (!(resolver.structural(lbNode) instanceof Node.MapNode m)) continue;
      EcsLoadBalancer lb = new EcsLoadBalancer();
      lb.setTargetGroup(read.value(m, "TargetGroupArn", m.location()));
      lb.setContainerName(read.value(m, "ContainerName", m.location()));
      lb.setContainerPort(read.value(m, "ContainerPort", m.location()));
      s.getLoadBalancers().add(lb);
    }
    if (resolver.structural(p.get("NetworkConfiguration")) instanceof Node.MapNode nc
        && resolver.structural(nc.get("AwsvpcConfiguration")) instanceof Node.MapNode vpc) {
      s.setSecurityGroups(read.values(vpc.get("SecurityGroups")));
    }
    s.setHealthCheckGracePeriod(
        Durations.seconds(read.value(p, "HealthCheckGracePeriodSeconds", at)));
    return s;
  }

  private TaskDefinition taskDefinition(String id, String type, Node.MapNode p, Location at) {
    TaskDefinition t = read.init(new TaskDefinition(), id, type, at);
    t.setNetworkMode(
        read.valueOr(p, "NetworkMode", "bridge", at, "ECS default network mode bridge"));
    for (Node c : resolver.items(p.get("ContainerDefinitions"))) {
      if (!(resolver.structural(c) instanceof Node.MapNode cm)) continue;
      Container container = new Container();
      container.setName(read.value(cm, "Name", cm.location()));
      container.setImage(read.value(cm, "Image", cm.location()));
      for (Node pm : resolver.items(cm.get("PortMappings"))) {
        if (!(resolver.structural(pm) instanceof Node.MapNode pmm)) continue;
        PortMapping mapping = new PortMapping();
        mapping.setContainerPort(read.value(pmm, "ContainerPort", pmm.location()));
        mapping.setHostPort(read.value(pmm, "HostPort", pmm.location()));
        container.getPortMappings().add(mapping);
      }
      for (Node e : resolver.items(cm.get("Environment"))) {
        if (resolver.structural(e) instanceof Node.MapNode em) {
          Value<Object> name = resolver.value(em.get("Name"));
          if (name != null && name.isKnown())
            container.getEnvironment().put(name.text(), read.value(em, "Value", em.location()));
        }
      }
      container.getCommand().addAll(read.values(cm.get("EntryPoint")));
      container.getCommand().addAll(read.values(cm.get("Command")));
      t.getContainers().add(container);
    }
    return t;
  }
}
