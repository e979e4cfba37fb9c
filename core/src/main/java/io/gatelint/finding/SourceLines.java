/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.finding;

import java.util.Optional;

/**
 * The lines of the run's inputs, by the path findings name, for a report that shows the offending
 * line. Only files the run read as templates, nginx configuration or Node source answer: a plan
 * JSON may hold sensitive values and never does, nor does any file outside the run's inputs.
 */
@FunctionalInterface
public interface SourceLines {

  /** No source shown (a result built without its inputs). */
  SourceLines NONE = (file, line) -> Optional.empty();

  /** Line {@code line} (1-based) of {@code file}, without its line break; empty when not shown. */
  Optional<String> line(String file, int line);
}
