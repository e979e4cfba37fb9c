/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.finding;

/**
 * A rule failed while evaluating one object (a defect in the rule or the model); the run goes on.
 */
public record EvaluationError(String ruleId, String file, String message) {}
