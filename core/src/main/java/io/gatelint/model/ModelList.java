/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A list of the model that parsers and the linker fill and that {@link Model#freeze()} makes
 * read-only: once rules and facts read the model, an add or remove is a defect and fails loudly
 * instead of leaving the reference index stale.
 */
final class ModelList<E> extends AbstractList<E> implements RandomAccess {

  private final List<E> items = new ArrayList<>();
  private boolean frozen;

  void freeze() {
    frozen = true;
  }

  @Override
  public E get(int index) {
    return items.get(index);
  }

  @Override
  public int size() {
    return items.size();
  }

  @Override
  public E set(int index, E element) {
    check();
    return items.set(index, element);
  }

  @Override
  public void add(int index, E element) {
    check();
    items.add(index, element);
  }

  @Override
  public E remove(int index) {
    check();
    return items.remove(index);
  }

  @Override
  public void clear() {
    check();
    items.clear();
  }

  private void check() {
    if (frozen) {
      throw new UnsupportedOperationException(
          "the model is frozen: no stage after linking adds to it");
    }
  }
}
