/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A block of a {@code .tf} file as {@link HclScanner} finds it: its type and labels, where it
 * starts, the attributes written in it and its nested blocks, in source order.
 */
final class TfBlock {

  final String type;
  final List<String> labels;
  final int line;
  final int column;
  final Map<String, TfAttribute> attributes = new LinkedHashMap<>();
  final List<TfBlock> blocks = new ArrayList<>();

  TfBlock(String type, List<String> labels, int line, int column) {
    this.type = type;
    this.labels = labels;
    this.line = line;
    this.column = column;
  }

  /** The nested blocks of a type, in source order ({@code dynamic "x"} blocks are not counted). */
  List<TfBlock> blocks(String blockType) {
    return blocks.stream().filter(b -> b.type.equals(blockType)).toList();
  }

  /** True when a {@code dynamic "name"} block writes blocks of that type. */
  boolean hasDynamic(String blockType) {
    return blocks.stream()
        .anyMatch(b -> b.type.equals("dynamic") && b.labels.equals(List.of(blockType)));
  }

  /**
   * An attribute assignment {@code name = …}; when its value is an object literal, the keys written
   * in it ({@code dimensions = { LoadBalancer = … }}); the expression's source text (empty for
   * object keys).
   */
  record TfAttribute(
      String name, int line, int column, Map<String, TfAttribute> keys, String text) {}
}
