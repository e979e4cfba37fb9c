/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import io.gatelint.model.Value;
import java.util.List;

/** Conversions of plan values that every mapper uses. */
final class PlanValues {

  private PlanValues() {}

  static List<Value<Object>> nonNull(Value<Object> v) {
    return v == null ? List.of() : List.of(v);
  }

  /** The value typed as text, keeping origin, unit and sensitivity. */
  @SuppressWarnings("unchecked")
  static Value<String> text(Value<Object> v) {
    if (v == null) return null;
    if (v.isUnknown() || v.raw() instanceof String) return (Value<String>) (Value<?>) v;
    Value<String> s = Value.of(v.text(), v.origin()).in(v.unit());
    return v.isSensitive() ? s.asSensitive() : s;
  }
}
