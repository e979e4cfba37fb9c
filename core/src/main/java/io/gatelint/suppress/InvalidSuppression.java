/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.suppress;

import io.gatelint.model.Location;

/**
 * A suppression that is itself a problem: it gives no reason, names a rule that does not exist, or
 * suppresses nothing. Reported under {@value PostProcessing#INVALID_SUPPRESSION}.
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
    return new InvalidSuppression(
        at, "suppression names " + rule + ", which is not a rule: it suppresses nothing");
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
}
