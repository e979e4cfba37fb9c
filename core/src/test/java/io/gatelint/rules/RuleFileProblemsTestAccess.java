/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.rules;

/** The custom rule of {@link RuleFileProblemsTest}, for tests in other packages. */
public final class RuleFileProblemsTestAccess {
  private RuleFileProblemsTestAccess() {}

  public static String custom() {
    return RuleFileProblemsTest.CUSTOM;
  }
}
