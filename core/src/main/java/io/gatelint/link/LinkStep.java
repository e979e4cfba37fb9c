/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.link;

/**
 * One step of linking: attaches backends to the run's chains by one kind of evidence, adding the
 * evidence to each chain, or records why it could not. The {@link Linker} runs the steps in order;
 * a step never undoes an earlier one.
 */
interface LinkStep {

  void link(Linking run);
}
