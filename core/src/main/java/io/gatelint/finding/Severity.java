/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.finding;

import java.util.Locale;

/** How serious a finding is; ordered from most to least severe. */
public enum Severity {
  ERROR,
  WARNING,
  NOTE;

  public static Severity parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown severity '" + text + "' (error, warning or note)", e);
    }
  }

  /** True when this severity is at least as severe as the threshold. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
