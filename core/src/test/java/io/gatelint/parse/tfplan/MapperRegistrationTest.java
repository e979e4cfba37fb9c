/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatelint.model.Model;
import io.gatelint.model.ResourceKind;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every resource kind with Terraform types has exactly one mapper, and no mapper more. */
class MapperRegistrationTest {

  @Test
  void everyKindWithTerraformTypesHasAMapper() {
    Set<ResourceKind<?>> declared =
        ResourceKind.all().stream()
            .filter(k -> !k.terraformTypes().isEmpty())
            .collect(Collectors.toSet());
    assertEquals(declared, new PlanModelBuilder(new Model()).kinds());
  }

  @Test
  void thePlanReaderKeepsEveryTypeTheRegistryNames() {
    for (ResourceKind<?> kind : ResourceKind.all()) {
      for (String type : kind.terraformTypes())
        assertTrue(PlanReader.MODELLED_TYPES.contains(type), type);
      for (String type : kind.terraformAttachments())
        assertTrue(PlanReader.MODELLED_TYPES.contains(type), type);
    }
  }
}
