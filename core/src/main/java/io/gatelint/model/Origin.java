/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import java.util.Objects;

/**
 * Where a value came from: written explicitly in a file, a platform default, a parameter or
 * variable chain, or not known at lint time.
 *
 * @param kind how the value was obtained
 * @param location where it is written; for a default, the place the default applies to (the
 *     resource or block that leaves the setting out)
 * @param note a short human phrase, e.g. {@code "ALB default"}, {@code "parameter IdleTimeout
 *     default"}
 */
public record Origin(Kind kind, Location location, String note) {

  public enum Kind {
    /** Written in a file at {@link #location()}. */
    EXPLICIT,
    /** Not written; the platform's documented default applies. */
    DEFAULT,
    /** Reached through a parameter, variable or environment fallback. */
    PARAMETER,
    /** Cannot be known before deploy (an import, an unknown plan value, a runtime expression). */
    UNKNOWN
  }

  public Origin {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(location, "location");
    note = note == null ? "" : note;
  }

  public static Origin explicit(Location location) {
    return new Origin(Kind.EXPLICIT, location, "");
  }

  public static Origin byDefault(Location appliesTo, String note) {
    return new Origin(Kind.DEFAULT, appliesTo, note);
  }

  public static Origin parameter(Location location, String note) {
    return new Origin(Kind.PARAMETER, location, note);
  }

  public static Origin unknown(Location location, String why) {
    return new Origin(Kind.UNKNOWN, location, why);
  }

  public boolean isDefault() {
    return kind == Kind.DEFAULT;
  }

  /**
   * Where the value came from, as a message shows it after the value: {@code infra/api.yaml:41}
   * (written there), {@code infra/api.yaml:41, parameter IdleTimeoutSeconds default}; a default
   * names the default first and then the place that leaves the setting out, {@code Node 22 default;
   * not set at app/server.js:13}, so that the line is never read as the one that sets it.
   */
  public String describe() {
    String where = location.display();
    if (kind == Kind.DEFAULT) {
      return (note.isEmpty() ? "default" : note) + "; not set at " + where;
    }
    return note.isEmpty() ? where : where + ", " + note;
  }
}
