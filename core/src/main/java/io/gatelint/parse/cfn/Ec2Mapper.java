/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.cfn;

import io.gatelint.model.AutoScalingGroup;
import io.gatelint.model.Instance;
import io.gatelint.model.LaunchTemplate;
import io.gatelint.model.Location;
import io.gatelint.model.Resource;
import io.gatelint.model.ResourceKind;
import io.gatelint.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** EC2 and Auto Scaling: groups, instances, launch templates and launch configurations. */
final class Ec2Mapper implements ResourceMapper {

  static final Set<ResourceKind<?>> KINDS =
      Set.of(ResourceKind.AUTO_SCALING_GROUP, ResourceKind.INSTANCE, ResourceKind.LAUNCH_TEMPLATE);

  private final PropertyReader read;
  private final Resolver resolver;

  Ec2Mapper(PropertyReader read) {
    this.read = read;
    this.resolver = read.resolver();
  }

  @Override
  public Resource map(ResourceKind<?> kind, String id, String type, Node.MapNode p, Location at) {
    if (kind == ResourceKind.AUTO_SCALING_GROUP) return autoScalingGroup(id, type, p, at);
    if (kind == ResourceKind.INSTANCE) return instance(id, type, p, at);
    return launchTemplate(id, type, p, at);
  }

  private AutoScalingGroup autoScalingGroup(String id, String type, Node.MapNode p, Location at) {
    AutoScalingGroup g = read.init(new AutoScalingGroup(), id, type, at);
    g.setTargetGroups(read.values(p.get("TargetGroupARNs")));
    Node spec =
        p.get("LaunchTemplate") != null
            ? p.get("LaunchTemplate")
            : p.get("LaunchTemplateSpecification");
    if (spec == null
        && resolver.structural(p.get("MixedInstancesPolicy")) instanceof Node.MapNode mixed
        && resolver.structural(mixed.get("LaunchTemplate")) instanceof Node.MapNode lt) {
      spec = lt.get("LaunchTemplateSpecification");
    }
    if (spec != null) {
      if (resolver.structural(spec) instanceof Node.MapNode m) {
        Value<Object> named = resolver.value(m.get("LaunchTemplateId"));
        if (named == null) named = resolver.value(m.get("LaunchTemplateName"));
        g.setLaunchTemplate(read.nullToUnknown(named, m.location(), "no LaunchTemplateId"));
      } else {
        g.setLaunchTemplate(
            Value.unknown(spec.location(), "launch template computed at deploy time"));
      }
    } else if (p.get("LaunchConfigurationName") != null) {
      g.setLaunchTemplate(read.value(p, "LaunchConfigurationName", at));
    } else if (p.get("InstanceId") != null) {
      g.setLaunchTemplate(
          Value.unknown(
              p.get("InstanceId").location(), "instances configured like an existing instance"));
    }
    return g;
  }

  /** An EC2 instance: SecurityGroupIds, SecurityGroups and its network interfaces' GroupSet. */
  private Instance instance(String id, String type, Node.MapNode p, Location at) {
    Instance i = read.init(new Instance(), id, type, at);
    i.getSecurityGroups().addAll(read.values(p.get("SecurityGroupIds")));
    i.getSecurityGroups().addAll(read.values(p.get("SecurityGroups")));
    i.getSecurityGroups().addAll(interfaceGroups(p.get("NetworkInterfaces"), "GroupSet"));
    if (p.get("LaunchTemplate") != null && i.getSecurityGroups().isEmpty()) {
      i.getSecurityGroups()
          .add(Value.unknown(p.get("LaunchTemplate").location(), "groups from a launch template"));
    }
    return i;
  }

  /**
   * A launch template ({@code LaunchTemplateData.SecurityGroupIds}, {@code SecurityGroups}, {@code
   * NetworkInterfaces[].Groups}) or launch configuration ({@code SecurityGroups}).
   */
  private LaunchTemplate launchTemplate(String id, String type, Node.MapNode p, Location at) {
    LaunchTemplate t = read.init(new LaunchTemplate(), id, type, at);
    if (type.equals("AWS::AutoScaling::LaunchConfiguration")) {
      t.getSecurityGroups().addAll(read.values(p.get("SecurityGroups")));
      return t;
    }
    Node data = p.get("LaunchTemplateData");
    if (resolver.structural(data) instanceof Node.MapNode d) {
      t.getSecurityGroups().addAll(read.values(d.get("SecurityGroupIds")));
      t.getSecurityGroups().addAll(read.values(d.get("SecurityGroups")));
      t.getSecurityGroups().addAll(interfaceGroups(d.get("NetworkInterfaces"), "Groups"));
    } else if (data != null) {
      t.getSecurityGroups()
          .add(Value.unknown(data.location(), "launch template data computed at deploy time"));
    }
    return t;
  }

  /**
   * The groups of a list of network interfaces; an unknown value when the list or an item cannot be
   * read.
   */
  private List<Value<Object>> interfaceGroups(Node interfaces, String key) {
    List<Value<Object>> out = new ArrayList<>();
    if (interfaces == null) return out;
    if (resolver.isUnknownList(interfaces))
      out.add(Value.unknown(interfaces.location(), "network interfaces computed at deploy time"));
    for (Node item : resolver.items(interfaces)) {
      if (resolver.structural(item) instanceof Node.MapNode ni) {
        out.addAll(read.values(ni.get(key)));
      } else if (resolver.isUnknownMap(item)) {
        out.add(Value.unknown(item.location(), "network interface computed at deploy time"));
      }
    }
    return out;
  }
}
