/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report.html;

import io.gatelint.finding.Finding;
import io.gatelint.model.Chain;
import io.gatelint.model.Location;
import io.gatelint.model.Value;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which pair of timeouts each ordering rule compares, the one place the chain picture learns it:
 * the first setting is where the rule's finding points ({@code at}), the second the other end
 * ({@code related}). A rule not listed compares no two timeouts of a chain.
 */
public final class Orderings {

  /** Two settings a rule says are in the wrong order. */
  public record Pair(Setting at, Setting other) {}

  /** An ordering a finding says is broken in a chain. */
  public record Broken(Finding finding, Setting at, Setting other) {}

  // mirrors the 'at' and 'related' of each rule file in rules/; GL014 points at whichever backend
  // timeout is short, so it has one pair per backend
  static final Map<String, List<Pair>> PAIRS =
      Map.of(
          "GL010", List.of(new Pair(Setting.NGINX_KEEPALIVE_TIMEOUT, Setting.LB_IDLE_TIMEOUT)),
          "GL011", List.of(new Pair(Setting.NODE_KEEPALIVE_TIMEOUT, Setting.LB_IDLE_TIMEOUT)),
          "GL012", List.of(new Pair(Setting.NODE_HEADERS_TIMEOUT, Setting.NODE_KEEPALIVE_TIMEOUT)),
          "GL014",
              List.of(
                  new Pair(Setting.PROXY_READ_TIMEOUT, Setting.LB_IDLE_TIMEOUT),
                  new Pair(Setting.NODE_SOCKET_TIMEOUT, Setting.LB_IDLE_TIMEOUT)),
          "GL015",
              List.of(new Pair(Setting.UPSTREAM_KEEPALIVE_TIMEOUT, Setting.NODE_KEEPALIVE_TIMEOUT)),
          "GL020", List.of(new Pair(Setting.HEALTH_CHECK_TIMEOUT, Setting.HEALTH_CHECK_INTERVAL)),
          "GL050", List.of(new Pair(Setting.HEALTH_CHECK_INTERVAL, Setting.LAMBDA_TIMEOUT)));

  private Orderings() {}

  /** The pairs a rule compares; empty for a rule that compares no two timeouts of a chain. */
  public static List<Pair> of(String ruleId) {
    return PAIRS.getOrDefault(ruleId, List.of());
  }

  /**
   * The orderings the findings say are broken in this chain: a finding belongs to the chain when it
   * points at the chain's value of the pair's first setting and, when it names another location,
   * that is the chain's value of the second. Suppressed findings are left out.
   */
  public static List<Broken> broken(Chain chain, List<Finding> findings) {
    List<Broken> out = new ArrayList<>();
    for (Finding f : findings) {
      if (f.isSuppressed()) continue;
      // a rule over chains names the target group; one over target groups may name another
      if (f.resource() != null
          && !f.resource().isEmpty()
          && !f.resource().equals(chain.getTargetGroup().getId())) continue;
      for (Pair p : of(f.ruleId())) {
        Value<Duration> at = p.at().read(chain);
        Value<Duration> other = p.other().read(chain);
        if (at == null || other == null || !sameLine(at.location(), f.location())) continue;
        if (!f.related().isEmpty()
            && f.related().stream().noneMatch(r -> sameLine(other.location(), r.location())))
          continue;
        out.add(new Broken(f, p.at(), p.other()));
        break;
      }
    }
    return out;
  }

  private static boolean sameLine(Location a, Location b) {
    return a != null
        && b != null
        && a.line() > 0
        && a.file().equals(b.file())
        && a.line() == b.line();
  }
}
