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
   * The candidate near enough to {@code written} to be a typo of it (see {@link
   * io.gatelint.finding.Suggestions}).
   */
  public static Optional<String> nearest(String written, Collection<String> candidates) {
    return Optional.ofNullable(io.gatelint.finding.Suggestions.nearest(written, candidates));
  }
}
