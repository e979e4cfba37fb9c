/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.cfn;

import io.gatelint.model.Location;
import io.gatelint.model.Resource;
import io.gatelint.model.ResourceKind;

/**
 * Maps the CloudFormation resources of one family (load balancing, target groups, security groups
 * …) onto model objects. {@link ModelBuilder#MAPPERS} registers each mapper for the kinds it
 * declares.
 */
interface ResourceMapper {

  /**
   * The model object of one resource of one of the mapper's kinds.
   *
   * @param p the resource's properties, without those that are {@code AWS::NoValue} here
   * @param at where the resource is declared
   */
  Resource map(ResourceKind<?> kind, String id, String type, Node.MapNode p, Location at);
}
