/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The line and column of every node of a planned resource's {@code values}, packed: one {@code
 * long} per node in document order, which is the tree's pre-order, found again by walking the tree
 * along the path. A map of JSON Pointer strings cost a third of the memory of a plan of security
 * group rules. A resource whose values repeat a key (not valid Terraform output, but JSON) keeps
 * such a map, as the position of the replaced value must not count.
 */
abstract class ValuePositions {

  /** The line and column of the node at the path relative to {@code values}; null when absent. */
  abstract int[] at(JsonNode values, Object... path);

  private static long pack(int line, int column) {
    return ((long) line << 32) | (column & 0xffffffffL);
  }

  private static int[] unpack(long lc) {
    return new int[] {(int) (lc >> 32), (int) lc};
  }

  /** Packed positions, in the tree's pre-order. */
  private static final class Packed extends ValuePositions {
    private final long[] byNode;

    Packed(long[] byNode) {
      this.byNode = byNode;
    }

    @Override
    int[] at(JsonNode values, Object... path) {
      JsonNode node = values;
      int index = 0;
      for (Object step : path) {
        String token = String.valueOf(step);
        index++; // the first child follows its parent
        JsonNode next = null;
        if (node.isObject()) {
          for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (field.getKey().equals(token)) {
              next = field.getValue();
              break;
            }
            index += PlanNodes.count(field.getValue());
          }
        } else if (node.isArray()) {
          int i = arrayIndex(token);
          if (i >= 0 && i < node.size()) {
            for (int k = 0; k < i; k++) index += PlanNodes.count(node.get(k));
            next = node.get(i);
          }
        }
        if (next == null) return null;
        node = next;
      }
      return index < byNode.length ? unpack(byNode[index]) : null;
    }

    /** The index a JSON Pointer token names, as the pointer strings did: canonical digits only. */
    private static int arrayIndex(String token) {
      try {
        int i = Integer.parseInt(token);
        return Integer.toString(i).equals(token) ? i : -1;
      } catch (NumberFormatException e) {
        return -1;
      }
    }
  }

  /** Positions by JSON Pointer, for values with a repeated key. */
  private static final class ByPointer extends ValuePositions {
    private final Map<String, int[]> byPointer;

    ByPointer(Map<String, int[]> byPointer) {
      this.byPointer = byPointer;
    }

    @Override
    int[] at(JsonNode values, Object... path) {
      StringBuilder pointer = new StringBuilder();
      for (Object step : path) pointer.append('/').append(PlanReader.escape(String.valueOf(step)));
      return byPointer.get(pointer.toString());
    }
  }

  /**
   * Notes positions while {@link PlanNodes} reads one tree. Reused from resource to resource: its
   * arrays grow to the largest resource and are copied out trimmed.
   */
  static final class Recorder implements PlanNodes.NodeVisitor {
    private final int lineOffset;
    private long[] positions = new long[64];
    private int[] parents = new int[64];
    private Object[] keys = new Object[64];
    private int count;
    private int pendingParent = -1;
    private Object pendingKey = "";
    private boolean duplicates;

    Recorder(int lineOffset) {
      this.lineOffset = lineOffset;
    }

    void reset() {
      count = 0;
      pendingParent = -1;
      pendingKey = "";
      duplicates = false;
    }

    @Override
    public int start(JsonParser p) {
      JsonLocation at = p.currentTokenLocation();
      if (count == positions.length) {
        positions = Arrays.copyOf(positions, count * 2);
        parents = Arrays.copyOf(parents, count * 2);
        keys = Arrays.copyOf(keys, count * 2);
      }
      positions[count] = pack(at.getLineNr() + lineOffset, at.getColumnNr());
      parents[count] = pendingParent;
      keys[count] = pendingKey;
      return count++;
    }

    @Override
    public void step(int parent, Object key) {
      pendingParent = parent;
      pendingKey = key;
    }

    @Override
    public void duplicate() {
      duplicates = true;
    }

    /** The positions of the tree just read. */
    ValuePositions done() {
      if (!duplicates) return new Packed(Arrays.copyOf(positions, count));
      // as a map written in document order: a later value's pointers replace the earlier's
      Map<String, int[]> byPointer = new HashMap<>();
      String[] pointers = new String[count];
      for (int i = 0; i < count; i++) {
        pointers[i] =
            parents[i] < 0
                ? ""
                : pointers[parents[i]] + "/" + PlanReader.escape(String.valueOf(keys[i]));
        byPointer.put(pointers[i], unpack(positions[i]));
      }
      return new ByPointer(byPointer);
    }
  }
}
