/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Once the model is frozen its stack references refuse what linking records: rules read them from
 * several threads, and a custom rule may call a method of the same name as a reading one.
 */
class FrozenStackReferencesTest {

  private static final StackReferences.Symbol SYMBOL =
      new StackReferences.Symbol(
          StackReferences.Kind.IMPORT, "a.yaml", "Shared", "Shared", Location.of("a.yaml", 3, 5));

  @Test
  void linkingRecordsUntilTheModelIsFrozen() {
    Model model = new Model();
    StackReferences refs = model.getStackReferences();
    refs.addSymbol(SYMBOL);
    refs.leaveUnresolved(SYMBOL, "no template exports Shared");
    model.freeze();

    assertThatThrownBy(
            () -> refs.resolve(SYMBOL, new StackReferences.Resolution(List.of(), List.of())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the model is frozen: its references are read-only");
    assertThatThrownBy(() -> refs.leaveUnresolved(SYMBOL, "changed"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> refs.addSymbol(SYMBOL)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> refs.addAll(new StackReferences()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("frozen")
        .satisfies(e -> assertThat(refs.getUnresolved()).containsOnlyKeys(SYMBOL));
    assertThat(refs.getUnresolved()).containsEntry(SYMBOL, "no template exports Shared");
    assertThat(refs.isResolved(null)).isFalse();
  }
}
