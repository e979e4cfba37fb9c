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
    int keys = v.keys(mapPath).size();
    if (keys == 0 && mapPath.length == 1 && v.block() != null) {
      // a map known only after apply: its keys are the ones written in the source
      TfBlock.TfAttribute written = v.block().attributes.get((String) mapPath[0]);
      if (written != null) keys = written.keys().size();
    }
    if (targets.size() == 1 && keys <= 1) return targets;
    return List.of();
  }
}
