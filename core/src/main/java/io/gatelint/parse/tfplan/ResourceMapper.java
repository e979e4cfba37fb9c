/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import io.gatelint.model.Resource;
import io.gatelint.model.ResourceKind;
import java.util.List;
import java.util.Set;

/**
 * Maps the planned resources of one family (load balancing, target groups, security groups …) onto
 * model objects. One instance serves one plan, so a mapper may keep what it needs until {@link
 * #finish()}.
 */
interface ResourceMapper {

  /** The kinds the mapper builds; {@link PlanModelBuilder} dispatches on them. */
  Set<ResourceKind<?>> kinds();

  /**
   * The model objects of one planned resource of one of the mapper's kinds; none for an attachment,
   * which registers into resources of its kind once all are read.
   */
  List<? extends Resource> map(ResourceKind<?> kind, ResourceView v);

  /** Runs once every resource of the plan is mapped. */
  default void finish() {}
}
