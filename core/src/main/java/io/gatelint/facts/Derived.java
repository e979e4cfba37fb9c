/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.facts;

import java.util.function.Supplier;

/**
 * A fact derived from the frozen model on first use and kept: rules run on several threads, and the
 * first to ask derives it while the others wait, so that every rule reads the same objects.
 */
final class Derived<T> {

  private final Supplier<T> derive;
  private volatile T value;

  Derived(Supplier<T> derive) {
    this.derive = derive;
  }

  T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) value = v = derive.get();
      }
    }
    return v;
  }
}
