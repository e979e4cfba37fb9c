/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model.defaults;

import io.gatelint.model.Location;
import io.gatelint.model.Origin;
import io.gatelint.model.Value;
import java.time.Duration;
import java.util.Objects;

/**
 * One platform default: what a setting is when nothing sets it, and the document that says so.
 * Every builder that applies a default reads it from one table of these rows ({@code ElbDefaults},
 * {@code NginxDefaults}, {@code NodeDefaults}), so a default is written once.
 *
 * @param setting the setting as its documentation names it, e.g. {@code idle_timeout}
 * @param value the default: a {@link Duration} for durations, else a number, text or boolean
 * @param shownIn how a duration reads in messages ({@code 60s}, {@code 5000ms})
 * @param note the phrase a message shows, e.g. {@code ALB default idle timeout 60s}
 * @param sourceUrl where the default is documented
 */
public record PlatformDefault(
    String setting, Object value, Value.Unit shownIn, String note, String sourceUrl) {

  public PlatformDefault {
    Objects.requireNonNull(setting, "setting");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(shownIn, "shownIn");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(sourceUrl, "sourceUrl");
  }

  public static PlatformDefault seconds(String setting, long seconds, String note, String url) {
    return new PlatformDefault(setting, Duration.ofSeconds(seconds), Value.Unit.SECONDS, note, url);
  }

  public static PlatformDefault millis(String setting, long millis, String note, String url) {
    return new PlatformDefault(setting, Duration.ofMillis(millis), Value.Unit.MILLIS, note, url);
  }

  public static PlatformDefault of(String setting, Object value, String note, String url) {
    return new PlatformDefault(setting, value, Value.Unit.NONE, note, url);
  }

  /** The default as the value of a resource or block that leaves the setting out. */
  public Value<Object> at(Location appliesTo) {
    return Value.byDefault(value, appliesTo, note).in(shownIn);
  }

  /** The default duration of a resource or block that leaves the setting out. */
  public Value<Duration> durationAt(Location appliesTo) {
    if (!(value instanceof Duration d)) {
      throw new IllegalStateException(setting + " is not a duration default");
    }
    return Value.duration(d, Origin.byDefault(appliesTo, note), shownIn);
  }
}
