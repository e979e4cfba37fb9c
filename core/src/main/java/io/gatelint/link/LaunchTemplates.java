/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.link;

import io.gatelint.model.AutoScalingGroup;
import io.gatelint.model.LaunchTemplate;
import io.gatelint.model.Model;
import io.gatelint.model.Value;
import java.util.List;

/**
 * The first linking step: gives each Auto Scaling group that names a launch template or
 * configuration, and whose groups are not set yet, the groups declared there. A template not in the
 * model, or whose condition variants declare different groups, leaves the groups unknown. It runs
 * once, after every file is parsed, so a template in one file serves a group in any other of the
 * same scope.
 */
final class LaunchTemplates {

  private LaunchTemplates() {}

  static void resolve(Model model) {
    for (AutoScalingGroup asg : model.getAutoScalingGroups()) {
      Value<Object> named = asg.getLaunchTemplate();
      if (named == null || !asg.getSecurityGroups().isEmpty()) continue;
      List<LaunchTemplate> found = model.resolve(named, LaunchTemplate.class);
      if (found.isEmpty()) {
        asg.getSecurityGroups()
            .add(
                Value.unknown(
                    named.location(),
                    "launch template "
                        + named.display()
                        + " is not declared in the same template or plan"));
        continue;
      }
      List<Value<Object>> groups = found.get(0).getSecurityGroups();
      boolean same = found.stream().allMatch(lt -> sameGroups(lt.getSecurityGroups(), groups));
      if (same) {
        asg.getSecurityGroups().addAll(groups);
      } else {
        asg.getSecurityGroups()
            .add(
                Value.unknown(
                    named.location(),
                    "launch template "
                        + named.display()
                        + " declares different groups under different conditions"));
      }
    }
  }

  private static boolean sameGroups(List<Value<Object>> a, List<Value<Object>> b) {
    if (a.size() != b.size()) return false;
    for (int i = 0; i < a.size(); i++) {
      Value<Object> x = a.get(i);
      Value<Object> y = b.get(i);
      if (x.isUnknown() || y.isUnknown()) return false;
      if (x.isRef() != y.isRef()) return false;
      if (x.isRef() ? !x.ref().equals(y.ref()) : !x.text().equals(y.text())) return false;
    }
    return true;
  }
}
