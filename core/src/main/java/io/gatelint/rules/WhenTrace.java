/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Collects the engine's {@link RuleEngine#trace} lines — which {@code when} entry did not hold for
 * each object a rule checked and did not report — bounded per rule: a large repository selects
 * hundreds of objects per rule, and a reader needs the first few and a count, not a flood. A line
 * already kept is not repeated.
 */
public final class WhenTrace implements Consumer<String> {

  /** The lines kept per rule before the rest are only counted. */
  public static final int DEFAULT_LIMIT = 20;

  private final int limit;
  private final Map<String, List<String>> kept = new LinkedHashMap<>();
  private final Map<String, Integer> dropped = new LinkedHashMap<>();

  public WhenTrace() {
    this(DEFAULT_LIMIT);
  }

  public WhenTrace(int limit) {
    this.limit = limit;
  }

  @Override
  public synchronized void accept(String line) {
    String rule = ruleOf(line);
    List<String> lines = kept.computeIfAbsent(rule, r -> new ArrayList<>());
    // condition variants of one object read alike: the same line twice tells nothing more
    if (lines.contains(line)) return;
    if (lines.size() < limit) lines.add(line);
    else dropped.merge(rule, 1, Integer::sum);
  }

  /** Every rule's kept lines, in the order the rules ran, each rule's followed by its count. */
  public synchronized List<String> lines() {
    List<String> out = new ArrayList<>();
    for (String rule : kept.keySet()) out.addAll(lines(rule));
    return out;
  }

  /** One rule's kept lines, and "GL010 … 12 more" when some were only counted. */
  public synchronized List<String> lines(String rule) {
    List<String> out = new ArrayList<>(kept.getOrDefault(rule, List.of()));
    int more = dropped.getOrDefault(rule, 0);
    if (more > 0) out.add(rule + " … " + more + " more not shown");
    return out;
  }

  /** Forgets every line, for the next run. */
  public synchronized void clear() {
    kept.clear();
    dropped.clear();
  }

  private static String ruleOf(String line) {
    int space = line.indexOf(' ');
    return space < 0 ? line : line.substring(0, space);
  }
}
