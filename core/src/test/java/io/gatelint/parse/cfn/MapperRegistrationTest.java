/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gatelint.model.ResourceKind;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every resource kind with CloudFormation types has exactly one mapper, and no mapper more. */
class MapperRegistrationTest {

  @Test
  void everyKindWithCloudFormationTypesHasAMapper() {
    Set<ResourceKind<?>> declared =
        ResourceKind.all().stream()
            .filter(k -> !k.cloudFormationTypes().isEmpty())
            .collect(Collectors.toSet());
    assertEquals(declared, ModelBuilder.MAPPERS.keySet());
  }
}
