/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One setting of the model: its value, or the fact that it is unknown, and where it came from.
 * Rules test {@link #isKnown()} first; a rule never fires on an unknown value.
 *
 * <p>The typed accessors ({@link #num()}, {@link #text()}, {@link #bool()}, {@link #millis()}) are
 * what rule expressions call; they are total and return a neutral value when the content does not
 * fit, so an expression never throws on a surprising template.
 */
public final class Value<T> {

  private final T value;

  // The origin's three components, held here rather than as an Origin of its own: a plan of
  // 391,000 security group rules holds two million values, and the record costs 24 bytes each.
  private final Origin.Kind kind;
  private final Location location;
  private final String note;

  private final Unit unit;
  private final boolean sensitive;

  /** How a numeric value reads: durations are kept in their source unit and shown with it. */
  public enum Unit {
    NONE,
    SECONDS,
    MILLIS
  }

  private Value(T value, Origin origin, Unit unit) {
    this(value, origin, unit, false);
  }

  private Value(T value, Origin origin, Unit unit, boolean sensitive) {
    this.value = value;
    Objects.requireNonNull(origin, "origin");
    this.kind = origin.kind();
    this.location = origin.location();
    this.note = origin.note();
    this.unit = unit;
    this.sensitive = sensitive;
  }

  public static <T> Value<T> of(T value, Origin origin) {
    return new Value<>(Objects.requireNonNull(value, "value"), origin, Unit.NONE);
  }

  public static <T> Value<T> explicit(T value, Location at) {
    return of(value, Origin.explicit(at));
  }

  public static <T> Value<T> byDefault(T value, Location appliesTo, String note) {
    return of(value, Origin.byDefault(appliesTo, note));
  }

  /**
   * A duration, converted at the parser edge (nginx {@code 1m30s}, CloudFormation seconds, Node
   * milliseconds): comparisons read {@link #millis()} whatever the source unit, and messages show
   * it in {@code shownIn}, the unit its source writes.
   */
  public static Value<Duration> duration(Duration duration, Origin origin, Unit shownIn) {
    return new Value<>(Objects.requireNonNull(duration, "duration"), origin, shownIn);
  }

  /** An unknown duration, shown in the unit its source would write. */
  public static Value<Duration> unknownDuration(Origin origin, Unit shownIn) {
    return new Value<>(null, origin, shownIn);
  }

  public static <T> Value<T> unknown(Location at, String why) {
    return new Value<>(null, Origin.unknown(at, why), Unit.NONE);
  }

  public static <T> Value<T> unknown(Origin origin) {
    return new Value<>(null, origin, Unit.NONE);
  }

  /** The same value, read as a duration in the given unit. */
  public Value<T> in(Unit newUnit) {
    return new Value<>(value, origin(), newUnit, sensitive);
  }

  /**
   * The same value, marked sensitive (a Terraform plan says so): rules may compare it, no output
   * prints it. {@link #display()} and {@link #describe()} show {@link SensitiveReads#SHOWN}; every
   * accessor of the content ({@link #raw()}, {@link #text()}, {@link #num()}, …) notes a read in
   * {@link SensitiveReads}, so that a renderer redacts whatever a rule computes from it.
   */
  public Value<T> asSensitive() {
    return new Value<>(value, origin(), unit, true);
  }

  public boolean isSensitive() {
    return sensitive;
  }

  public boolean isKnown() {
    return value != null;
  }

  public boolean isUnknown() {
    return value == null;
  }

  public boolean isDefault() {
    return kind == Origin.Kind.DEFAULT;
  }

  public Optional<T> get() {
    read();
    return Optional.ofNullable(value);
  }

  public T raw() {
    read();
    return value;
  }

  public Origin origin() {
    return new Origin(kind, location, note);
  }

  public Location location() {
    return location;
  }

  public Unit unit() {
    return unit;
  }

  /** The value as a number; {@code NaN} when unknown or not numeric. */
  public double num() {
    read();
    if (value instanceof Duration d) {
      return unit == Unit.MILLIS ? d.toMillis() : d.toMillis() / 1000.0;
    }
    if (value instanceof Number n) return n.doubleValue();
    if (value instanceof String s) {
      try {
        return Double.parseDouble(s.trim());
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }
    return Double.NaN;
  }

  /** True when the value is known and reads as a number. */
  public boolean isNumber() {
    return !Double.isNaN(num());
  }

  /** A duration in milliseconds, from {@link Unit}; {@code -1} when unknown or not numeric. */
  public long millis() {
    read();
    if (value instanceof Duration d) return d.toMillis();
    double n = num();
    if (Double.isNaN(n)) return -1;
    return switch (unit) {
      case MILLIS -> Math.round(n);
      case SECONDS, NONE -> Math.round(n * 1000);
    };
  }

  /** A duration in seconds; {@code -1} when unknown or not numeric. */
  public double seconds() {
    long ms = millis();
    return ms < 0 ? -1 : ms / 1000.0;
  }

  /** True when the value is a reference to another resource. */
  public boolean isRef() {
    return value instanceof Ref;
  }

  /** The reference, or null when the value is not one. */
  public Ref ref() {
    read();
    return value instanceof Ref r ? r : null;
  }

  /** The value as text; empty when unknown. */
  public String text() {
    read();
    if (value == null) return "";
    if (value instanceof Ref r) return r.toString();
    if (value instanceof Duration) {
      double n = num();
      return n == Math.rint(n) ? Long.toString((long) n) : Double.toString(n);
    }
    if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
      return Long.toString(d.longValue());
    }
    return String.valueOf(value);
  }

  /** The value as a boolean; strings {@code "true"} in any case count. False when unknown. */
  public boolean bool() {
    read();
    if (value instanceof Boolean b) return b;
    return value instanceof String s && s.trim().equalsIgnoreCase("true");
  }

  /** True when the value is known and is a boolean or the text true/false. */
  public boolean isBoolean() {
    read();
    return value instanceof Boolean
        || (value instanceof String s
            && (s.trim().equalsIgnoreCase("true") || s.trim().equalsIgnoreCase("false")));
  }

  /**
   * The value as it should read in a message: {@code 60 s}, {@code 5000 ms}, {@code /healthz}; a
   * space before the unit, so that a number is not read as one token with it.
   */
  public String display() {
    if (value == null) return "unknown";
    if (sensitive) return SensitiveReads.SHOWN;
    return switch (unit) {
      case SECONDS -> text() + " s";
      case MILLIS -> text() + " ms";
      case NONE -> text();
    };
  }

  /**
   * The value with its provenance, in a short form ({@link Origin#describe()}): {@code 30 s
   * (infra/api.yaml:12)} where a file sets it, {@code 5000 ms (Node 22 default; not set at
   * app/server.js:13)} where a default applies.
   */
  public String describe() {
    return display() + " (" + origin().describe() + ")";
  }

  /** A read of the content: noted when the value is sensitive, see {@link SensitiveReads}. */
  private void read() {
    if (sensitive) SensitiveReads.note();
  }

  @Override
  public String toString() {
    return describe();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Value<?> v
        && Objects.equals(value, v.value)
        && kind == v.kind
        && location.equals(v.location)
        && note.equals(v.note)
        && unit == v.unit
        && sensitive == v.sensitive;
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, origin(), unit);
  }
}
