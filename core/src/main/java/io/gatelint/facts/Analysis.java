/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.facts;

import io.gatelint.model.Problem;
import io.gatelint.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs each fact's analysis of one resource and keeps going when it fails: the failure becomes a
 * problem on that resource ("analysis of … failed"), the other resources and facts are still
 * analysed, and no rule that reads the fact is blamed for it.
 */
final class Analysis {

  private final List<Problem> failures = new ArrayList<>();

  /** The analysis' answer for the resource, or {@code fallback} when it threw. */
  <T> T of(Resource resource, Supplier<T> analysis, T fallback) {
    try {
      return analysis.get();
    } catch (RuntimeException | StackOverflowError e) {
      failures.add(
          new Problem(
              resource.getLocation(),
              "analysis of "
                  + resource.getSourceType()
                  + " "
                  + resource.getLabel()
                  + " failed: "
                  + e
                  + "; the rules that read it skip this resource, please report it"));
      return fallback;
    }
  }

  List<Problem> failures() {
    return List.copyOf(failures);
  }
}
