/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import io.gatelint.model.ResourceKind;
import java.util.Arrays;
import java.util.List;

/** How a CloudWatch alarm's {@code dimensions} map is followed to the resources it names. */
final class AlarmDimensions {

  private AlarmDimensions() {}

  /** For a map written as one expression: the reference that belongs to the key. */
  static List<ReferenceResolver.Target> targetsForKey(
      ResourceView v, List<ReferenceResolver.Target> targets, String key, Object[] path) {
    List<String> affine =
        switch (key) {
          case "LoadBalancer" -> ResourceKind.LOAD_BALANCER.terraformTypes();
          case "TargetGroup" -> ResourceKind.TARGET_GROUP.terraformTypes();
          default -> List.of();
        };
    List<ReferenceResolver.Target> picked =
        targets.stream().filter(t -> affine.contains(t.type())).toList();
    if (picked.size() == 1) return picked;
    Object[] mapPath = Arrays.copyOf(path, path.length - 1);
    if (targets.size() == 1 && v.keys(mapPath).size() <= 1) return targets;
    return List.of();
  }
}
