/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.link;

import io.gatelint.model.AutoScalingGroup;
import io.gatelint.model.Chain;
import io.gatelint.model.Model;
import io.gatelint.model.Resource;
import io.gatelint.model.TargetGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Directory proximity, how linking stays inside a project: a repository of independent example
 * projects holds many load balancers, nginx configs and Node servers on the same ports, and the one
 * that answers a target group sits in the folder nearest to the file that registers targets with
 * it. Closeness of two files is the depth of the deepest folder enclosing both.
 */
final class Proximity {

  private Proximity() {}

  /** The folder of a file path ("" at the root). */
  static String dir(String file) {
    String f = file.replace('\\', '/');
    int slash = f.lastIndexOf('/');
    return slash < 0 ? "" : f.substring(0, slash);
  }

  /** The deepest folder enclosing both files ("" for the root). */
  static String common(String fileA, String fileB) {
    String[] a = dir(fileA).split("/");
    String[] b = dir(fileB).split("/");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(a.length, b.length) && a[i].equals(b[i]); i++) {
      if (a[i].isEmpty()) break;
      out.add(a[i]);
    }
    return String.join("/", out);
  }

  /** How close two files are: the depth of the deepest folder enclosing both. */
  static int closeness(String fileA, String fileB) {
    String c = common(fileA, fileB);
    return c.isEmpty() ? 0 : c.split("/").length;
  }

  /** The candidates nearest the anchor file: all those in the deepest enclosing folder. */
  static <T> List<T> nearest(String anchor, List<T> candidates, Function<T, String> file) {
    int best = -1;
    List<T> out = new ArrayList<>();
    for (T c : candidates) {
      int k = closeness(anchor, file.apply(c));
      if (k > best) {
        best = k;
        out.clear();
      }
      if (k == best) out.add(c);
    }
    return out;
  }

  /**
   * The file that registers targets with the chain's target group: the ECS service, else an Auto
   * Scaling group naming the group, else the target group's own file.
   */
  static String anchor(Model model, Chain chain) {
    if (chain.getEcsService() != null) return file(chain.getEcsService());
    TargetGroup tg = chain.getTargetGroup();
    for (AutoScalingGroup asg : model.getAutoScalingGroups()) {
      for (var v : asg.getTargetGroups()) {
        if (model.resolve(v, TargetGroup.class).stream()
            .anyMatch(t -> t.getId().equals(tg.getId()) && t.getScope().equals(tg.getScope()))) {
          return file(asg);
        }
      }
    }
    return file(tg);
  }

  static String file(Resource r) {
    return r.getLocation().file();
  }

  /** The evidence a proximity link cites: where the candidate sits relative to the anchor. */
  static String evidence(String anchor, String candidate, int others) {
    String a = dir(anchor);
    String c = dir(candidate);
    String where;
    if (a.equals(c)) {
      where = "same folder as " + anchor;
    } else {
      String shared = common(anchor, candidate);
      String up = a.equals(shared) ? a : a + "/" + "../".repeat(depth(a) - depth(shared));
      if (up.endsWith("/")) up = up.substring(0, up.length() - 1);
      String down = shared.isEmpty() ? c : c.substring(Math.min(c.length(), shared.length() + 1));
      where = "nearest to " + anchor + ": " + (up.isEmpty() ? "." : up) + "/" + down;
    }
    return others == 0 ? where : where + " (" + others + " farther candidate(s) in other folders)";
  }

  private static int depth(String dir) {
    return dir.isEmpty() ? 0 : dir.split("/").length;
  }
}
