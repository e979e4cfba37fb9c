/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.suppress;

import io.gatelint.model.Location;

/**
 * A suppression that is itself a problem: it gives no reason, names a rule that does not exist, or
 * suppresses nothing, or has expired. Reported under {@value PostProcessing#INVALID_SUPPRESSION}.
 *
 * @param location where the suppression is written
 * @param message what is wrong with it
 */
public record InvalidSuppression(Location location, String message) {

  static InvalidSuppression noReason(Location at, String rules, String how) {
    return new InvalidSuppression(
        at, "suppression of " + rules + " gives no reason: say why, " + how);
  }

  static InvalidSuppression unknownRule(Location at, String rule) {
    return unknownRule(at, rule, "");
  }

  /**
   * @param suggestion the rule id or name nearest to what is written; empty when none is near
   */
  static InvalidSuppression unknownRule(Location at, String rule, String suggestion) {
    return new InvalidSuppression(
        at,
        "suppression names "
            + rule
            + ", which is not a rule: it suppresses nothing"
            + (suggestion.isEmpty() ? "" : " (did you mean " + suggestion + "?)"));
  }

  static InvalidSuppression unused(Location at, String rule, String where) {
    return new InvalidSuppression(
        at,
        "suppression of "
            + rule
            + " suppresses nothing: no "
            + rule
            + " finding "
            + where
            + "; remove it or move it");
  }

  static InvalidSuppression expired(Location at, String what, java.time.LocalDate until) {
    return new InvalidSuppression(
        at,
        "suppression of "
            + what
            + " expired on "
            + until
            + " and no longer applies: fix the findings, or renew it with a reason");
  }
}
