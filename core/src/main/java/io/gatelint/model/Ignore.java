/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

/**
 * A suppression declared on a resource itself — a CloudFormation resource's {@code Metadata: {
 * gatelint: { ignore: [ { rule: GL030, reason: … } ] } }}.
 *
 * @param rule the rule id it suppresses
 * @param reason why; empty when none was given (which is itself reported)
 * @param location where it is written
 */
public record Ignore(String rule, String reason, Location location) {}
