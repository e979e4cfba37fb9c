/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.suppress;

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
 * about that resource in the same file.
 */
public final class MetadataSuppressions {

  private static final String HOW = "after '--' inline or as 'reason:' in Metadata";

  private final List<Resource> resources;
  private final Set<String> knownRules;
  private final List<InvalidSuppression> invalid = new ArrayList<>();

  public MetadataSuppressions(List<Resource> resources, Set<String> knownRules) {
    this.resources = resources;
    this.knownRules = knownRules;
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
    Set<Location> used = new HashSet<>();
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      Finding result = f;
      for (Ignore ignore :
          byResource.getOrDefault(key(f.location().file(), f.resource()), List.of())) {
        if (!ignore.rule().equals(f.ruleId())) continue;
        // already suppressed inline: the ignore still covers the finding, so it is not unused
        used.add(ignore.location());
        if (f.isSuppressed()) continue;
        result =
            f.suppressed(new Finding.Suppression("metadata", ignore.location(), ignore.reason()));
      }
      out.add(result);
    }
    for (Ignore i : declared.values()) {
      if (!knownRules.contains(i.rule())) {
        invalid.add(InvalidSuppression.unknownRule(i.location(), i.rule()));
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
