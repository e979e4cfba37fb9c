/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse;

import io.gatelint.model.Value;
import io.gatelint.model.Value.Unit;
import java.time.Duration;

/** Durations converted where a parser reads them, so rules compare time, not numbers. */
public final class Durations {

  private Durations() {}

  /**
   * A setting written in seconds (CloudFormation and Terraform durations), as a duration shown in
   * seconds, with its origin and sensitivity. Null stays null and unknown stays unknown. A value
   * written but not a number ({@code "sixty"}, a reference) keeps what was written, so a rule that
   * reports a setting AWS would reject still sees it; read it through {@code num()}, {@code
   * millis()} or {@code text()}, never {@code raw()}.
   */
  @SuppressWarnings("unchecked") // only the not-a-number case keeps a raw that is not a Duration
  public static Value<Duration> seconds(Value<Object> v) {
    if (v == null) return null;
    Value<Duration> out;
    if (v.raw() instanceof Duration d) {
      out = Value.duration(d, v.origin(), Unit.SECONDS);
    } else if (v.isUnknown()) {
      out = Value.unknownDuration(v.origin(), Unit.SECONDS);
    } else if (v.isNumber()) {
      out = Value.duration(Duration.ofMillis(Math.round(v.num() * 1000)), v.origin(), Unit.SECONDS);
    } else {
      return (Value<Duration>) (Value<?>) v.in(Unit.SECONDS);
    }
    return v.isSensitive() ? out.asSensitive() : out;
  }
}
