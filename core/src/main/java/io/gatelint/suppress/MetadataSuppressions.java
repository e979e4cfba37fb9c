/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.suppress;

import io.gatelint.config.RuleNames;
import io.gatelint.finding.Finding;
import io.gatelint.model.Ignore;
import io.gatelint.model.Location;
import io.gatelint.model.Resource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step 2: the suppressions resources declare on themselves — a CloudFormation resource's {@code
 * Metadata: { gatelint: { ignore: [ { rule: GL030, reason: … } ] } }} — applied to the findings
 * about that resource wherever they are located: a cross-layer finding about a target group sits in
 * nginx.conf or server.js yet names the target group as its resource. Where two files declare
 * resources of the same id (two stacks), a declaration covers the findings of its own file only.
 * Rules are named by id or name, in any case.
 */
public final class MetadataSuppressions {

  private static final String HOW = "after '--' inline or as 'reason:' in Metadata";

  private final List<Resource> resources;
  private final RuleNames names;
  private final List<InvalidSuppression> invalid = new ArrayList<>();

  public MetadataSuppressions(List<Resource> resources, RuleNames names) {
    this.resources = resources;
    this.names = names;
  }

  /** The suppressions found wanting by the last {@link #apply}. */
  public List<InvalidSuppression> invalid() {
    return List.copyOf(invalid);
  }

  public List<Finding> apply(List<Finding> findings) {
    Map<String, List<Ignore>> byResource = new HashMap<>();
    // a resource read once per condition branch carries its ignores once per branch: one each
    Map<Location, Ignore> declared = new LinkedHashMap<>();
    for (Resource r : resources) {
      if (r.getIgnores().isEmpty()) continue;
      byResource.put(key(r.getLocation().file(), r.getId()), r.getIgnores());
      for (Ignore i : r.getIgnores()) declared.putIfAbsent(i.location(), i);
    }
    invalid.clear();
    if (declared.isEmpty()) return findings;
    // only the resources findings name: a plan can hold hundreds of thousands of others
    Set<String> named = new HashSet<>();
    for (Finding f : findings) named.add(f.resource());
    Map<String, Set<String>> filesOf = new HashMap<>();
    for (Resource r : resources) {
      if (!named.contains(r.getId())) continue;
      filesOf.computeIfAbsent(r.getId(), k -> new HashSet<>()).add(r.getLocation().file());
    }
    Set<Location> used = new HashSet<>();
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      Finding result = f;
      Set<String> files = filesOf.getOrDefault(f.resource(), Set.of());
      String file =
          files.size() == 1 && !files.contains(f.location().file())
              ? files.iterator().next()
              : f.location().file();
      for (Ignore ignore : byResource.getOrDefault(key(file, f.resource()), List.of())) {
        if (!names.id(ignore.rule()).map(f.ruleId()::equals).orElse(false)) continue;
        // already suppressed inline: the ignore still covers the finding, so it is not unused
        used.add(ignore.location());
        if (f.isSuppressed()) continue;
        result =
            f.suppressed(new Finding.Suppression("metadata", ignore.location(), ignore.reason()));
      }
      out.add(result);
    }
    for (Ignore i : declared.values()) {
      if (names.id(i.rule()).isEmpty()) {
        invalid.add(
            InvalidSuppression.unknownRule(
                i.location(), i.rule(), names.suggestion(i.rule()).orElse("")));
      } else if (!used.contains(i.location())) {
        invalid.add(InvalidSuppression.unused(i.location(), i.rule(), "on this resource"));
      } else if (i.reason().isEmpty()) {
        invalid.add(InvalidSuppression.noReason(i.location(), i.rule(), HOW));
      }
    }
    return out;
  }

  private static String key(String file, String resource) {
    return file + "\u0000" + resource;
  }
}
