/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import io.gatelint.model.Model;
import io.gatelint.model.Resource;
import io.gatelint.model.ResourceKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps the resources of one plan onto the model, Terraform provider defaults applied: the resource
 * kind registry names the kind of each Terraform type, and the mapper of that kind's family builds
 * it.
 */
final class PlanModelBuilder {

  private final Model model;
  private final List<ResourceMapper> mappers;
  private final Map<ResourceKind<?>, ResourceMapper> byKind = new HashMap<>();

  PlanModelBuilder(Model model) {
    this(model, true);
  }

  /**
   * {@code compactRules}: security group rules held compactly, as a plan is read; false only to
   * compare with the rules as mapped.
   */
  PlanModelBuilder(Model model, boolean compactRules) {
    this.model = model;
    this.mappers =
        List.of(
            new LoadBalancingMapper(),
            new TargetGroupMapper(),
            new SecurityGroupMapper(compactRules),
            new AlarmMapper(),
            new LambdaMapper(),
            new EcsMapper(),
            new Ec2Mapper());
    for (ResourceMapper mapper : mappers) {
      for (ResourceKind<?> kind : mapper.kinds()) {
        if (byKind.put(kind, mapper) != null)
          throw new IllegalStateException(kind + " mapped twice");
      }
    }
  }

  /** The kinds the mappers build; a test holds it equal to the kinds with Terraform types. */
  Set<ResourceKind<?>> kinds() {
    return byKind.keySet();
  }

  void add(ResourceView view) {
    ResourceKind<?> kind = ResourceKind.ofTerraformType(view.type());
    ResourceMapper mapper = kind == null ? null : byKind.get(kind);
    if (mapper == null) return;
    for (Resource resource : mapper.map(kind, view)) add(kind, resource);
  }

  private <R extends Resource> void add(ResourceKind<R> kind, Resource resource) {
    model.resources(kind).add(kind.modelClass().cast(resource));
  }

  /** Registers attachments once every resource is read. */
  void finish() {
    for (ResourceMapper mapper : mappers) mapper.finish();
  }
}
