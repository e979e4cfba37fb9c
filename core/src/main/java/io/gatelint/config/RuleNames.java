/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.config;

import io.gatelint.finding.RuleInfo;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The ways a rule may be written where users name one — configuration {@code rules:} and {@code
 * ignore}, inline and Metadata suppressions: its id or its name, in any case ({@code GL010}, {@code
 * gl010}, {@code nginx-keepalive-not-above-idle-timeout}).
 */
public final class RuleNames {

  private final Map<String, String> ids = new LinkedHashMap<>();
  private final List<String> written = new ArrayList<>();

  public RuleNames(Collection<RuleInfo> rules) {
    for (RuleInfo r : rules) {
      ids.put(r.id().toLowerCase(Locale.ROOT), r.id());
      ids.put(r.name().toLowerCase(Locale.ROOT), r.id());
      written.add(r.id());
      written.add(r.name());
    }
  }

  /** The id of the rule written as {@code written}, if one runs. */
  public Optional<String> id(String written) {
    return Optional.ofNullable(ids.get(written.strip().toLowerCase(Locale.ROOT)));
  }

  /** The id or name closest to {@code written}, when near enough to be a typo. */
  public Optional<String> suggestion(String written) {
    return nearest(written.strip(), this.written);
  }

  /**
   * The candidate within a small edit distance of {@code written} — at most two edits, and at most
   * a third of its length — else empty.
   */
  public static Optional<String> nearest(String written, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(written.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    if (best == null || bestDistance == 0) return Optional.ofNullable(best);
    int limit = Math.min(2, Math.max(1, written.length() / 3));
    return bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
