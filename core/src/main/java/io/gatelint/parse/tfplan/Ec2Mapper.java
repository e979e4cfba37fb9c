/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import io.gatelint.model.AutoScalingGroup;
import io.gatelint.model.Instance;
import io.gatelint.model.LaunchTemplate;
import io.gatelint.model.Resource;
import io.gatelint.model.ResourceKind;
import io.gatelint.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * EC2 and Auto Scaling: groups (and {@code aws_autoscaling_attachment}), instances, launch
 * templates and launch configurations.
 */
final class Ec2Mapper implements ResourceMapper {

  static final Set<ResourceKind<?>> KINDS =
      Set.of(ResourceKind.AUTO_SCALING_GROUP, ResourceKind.INSTANCE, ResourceKind.LAUNCH_TEMPLATE);

  private final List<ResourceView> asgAttachments = new ArrayList<>();
  private final List<AutoScalingGroup> autoScalingGroups = new ArrayList<>();

  @Override
  public Set<ResourceKind<?>> kinds() {
    return KINDS;
  }

  @Override
  public List<? extends Resource> map(ResourceKind<?> kind, ResourceView v) {
    if (ResourceKind.AUTO_SCALING_GROUP.terraformAttachments().contains(v.type())) {
      asgAttachments.add(v);
      return List.of();
    }
    if (kind == ResourceKind.AUTO_SCALING_GROUP) {
      AutoScalingGroup asg = autoScalingGroup(v);
      autoScalingGroups.add(asg);
      return List.of(asg);
    }
    if (kind == ResourceKind.INSTANCE) return List.of(instance(v));
    return List.of(launchTemplate(v));
  }

  private AutoScalingGroup autoScalingGroup(ResourceView v) {
    AutoScalingGroup asg = v.init(new AutoScalingGroup());
    asg.getTargetGroups().addAll(v.links("target_group_arns"));
    Object[] mixed = {
      "mixed_instances_policy", 0, "launch_template", 0, "launch_template_specification", 0
    };
    if (v.size("launch_template") > 0) {
      asg.setLaunchTemplate(firstLink(v, new Object[] {"launch_template", 0}, "id", "name"));
    } else if (v.size(
            "mixed_instances_policy", 0, "launch_template", 0, "launch_template_specification")
        > 0) {
      asg.setLaunchTemplate(firstLink(v, mixed, "launch_template_id", "launch_template_name"));
    } else {
      Value<Object> lc = v.link("launch_configuration");
      if (lc != null && (lc.isRef() || lc.isUnknown() || !lc.text().isEmpty()))
        asg.setLaunchTemplate(lc);
    }
    return asg;
  }

  /**
   * What names the launch template: the first argument written as a reference or a literal, else
   * unknown (an id or name known only after apply, or none written).
   */
  private static Value<Object> firstLink(ResourceView v, Object[] block, String... keys) {
    for (String key : keys) {
      Value<Object> named = v.link(ResourceView.append(block, key));
      // a value the configuration does not write is the provider's (a launch template named by
      // name plans its id as the text "unknown")
      if (named != null
          && (named.isRef()
              || (named.isKnown() && !named.isDefault() && !named.text().isEmpty()))) {
        return named;
      }
    }
    return Value.unknown(v.at(block), "launch template id or name known only after apply");
  }

  /** {@code aws_instance}: {@code vpc_security_group_ids}, {@code security_groups}. */
  private Instance instance(ResourceView v) {
    Instance instance = v.init(new Instance());
    instance.getSecurityGroups().addAll(v.links("vpc_security_group_ids"));
    instance.getSecurityGroups().addAll(v.links("security_groups"));
    if (v.size("network_interface") > 0) {
      // groups of separately declared network interfaces: not read
      instance
          .getSecurityGroups()
          .add(Value.unknown(v.at("network_interface"), "groups of attached network interfaces"));
    }
    return instance;
  }

  /**
   * {@code aws_launch_template} ({@code vpc_security_group_ids}, {@code security_group_names},
   * {@code network_interfaces.security_groups}) or {@code aws_launch_configuration} ({@code
   * security_groups}).
   */
  private LaunchTemplate launchTemplate(ResourceView v) {
    LaunchTemplate lt = v.init(new LaunchTemplate());
    if (v.type().equals("aws_launch_configuration")) {
      lt.getSecurityGroups().addAll(v.links("security_groups"));
      return lt;
    }
    lt.getSecurityGroups().addAll(v.links("vpc_security_group_ids"));
    lt.getSecurityGroups().addAll(v.links("security_group_names"));
    for (int i = 0; i < v.size("network_interfaces"); i++) {
      lt.getSecurityGroups().addAll(v.links("network_interfaces", i, "security_groups"));
    }
    return lt;
  }

  /**
   * Adds the target groups {@code aws_autoscaling_attachment} names to their groups, once every
   * resource of the plan is read.
   */
  @Override
  public void finish() {
    for (ResourceView view : asgAttachments) {
      Value<Object> asgName = view.link("autoscaling_group_name");
      Value<Object> group = view.link("lb_target_group_arn");
      if (group == null) group = view.link("alb_target_group_arn");
      if (asgName == null || !asgName.isRef() || group == null) continue;
      for (AutoScalingGroup asg : autoScalingGroups) {
        if (asg.getId().equals(asgName.ref().target())) asg.getTargetGroups().add(group);
      }
    }
  }
}
