/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.suppress;

import io.gatelint.finding.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Findings of one rule at one line that differ only by the instance of a counted or for-each
 * resource (or module) become one finding listing the instances: a {@code for_each} over target
 * groups writes one {@code .tf} block for all of them, so one line gets one finding, and the
 * message says which instances it concerns ({@code aws_lb_target_group.this["api"]}, {@code
 * ...["web"]}).
 */
final class InstanceGrouping {

  /**
   * An instance address: names joined by dots, at least one of them indexed; a dot ending a
   * sentence after the address is not part of it.
   */
  private static final Pattern ADDRESS =
      Pattern.compile(
          "[A-Za-z_][\\w\\-]*+(?:\\.[A-Za-z_][\\w\\-]*+)*"
              + "(?:\\[(?:\"[^\"]*\"|\\d+)\\](?:\\.[A-Za-z_][\\w\\-]*+)*)+");

  private static final Pattern INSTANCE_KEY = Pattern.compile("\\[(?:\"[^\"]*\"|\\d+)\\]");

  List<Finding> apply(List<Finding> findings) {
    Map<List<Object>, List<Finding>> groups = new LinkedHashMap<>();
    for (Finding f : findings) {
      List<Object> key =
          List.of(
              f.ruleId(),
              f.location().file(),
              f.location().line(),
              generic(f.message()),
              generic(f.resource()),
              f.isSuppressed());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
    }
    List<Finding> out = new ArrayList<>();
    for (List<Finding> group : groups.values()) {
      // a finding alone is its own group: its messages are not searched for instances
      Set<String> instances = group.size() < 2 ? Set.of() : instances(group);
      if (instances.size() < 2) {
        out.addAll(group);
        continue;
      }
      Finding first = group.get(0);
      Set<Finding.Related> related = new LinkedHashSet<>();
      for (Finding f : group) related.addAll(f.related());
      String message =
          generic(first.message()) + " Instances: " + String.join(", ", instances) + ".";
      out.add(
          new Finding(
              first.rule(),
              first.severity(),
              first.location(),
              message,
              List.copyOf(related),
              generic(first.resource()),
              first.suppression(),
              generic(first.fix())));
    }
    return out;
  }

  /** The message with every instance key written {@code [*]}. */
  private static String generic(String text) {
    // no instance key without a bracket: most messages (every CloudFormation one) are returned
    // as they are, without a search that tries each position of each word
    if (text.indexOf('[') < 0) return text;
    Matcher m = ADDRESS.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find())
      m.appendReplacement(
          out, Matcher.quoteReplacement(INSTANCE_KEY.matcher(m.group()).replaceAll("[*]")));
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The instances the group's messages name: at the first address where the messages differ, each
   * message's address there.
   */
  private static Set<String> instances(List<Finding> group) {
    List<List<String>> addresses = new ArrayList<>();
    for (Finding f : group) {
      List<String> found = new ArrayList<>();
      if (f.message().indexOf('[') < 0) return Set.of();
      Matcher m = ADDRESS.matcher(f.message());
      while (m.find()) found.add(m.group());
      addresses.add(found);
    }
    int n = addresses.stream().mapToInt(List::size).min().orElse(0);
    for (int i = 0; i < n; i++) {
      Set<String> at = new LinkedHashSet<>();
      for (List<String> a : addresses) at.add(a.get(i));
      if (at.size() > 1) return at;
    }
    return Set.of();
  }
}
