/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.cfn;

import io.gatelint.model.Location;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A template as a tree that remembers where every node is written. YAML and JSON both read into it;
 * YAML short-form tags ({@code !Ref X}) are turned into their long form ({@code {Ref: X}}), so the
 * resolver sees one shape.
 */
sealed interface Node permits Node.MapNode, Node.ListNode, Node.Scalar {

  Location location();

  /** A mapping; keys keep their order and their own location. */
  record MapNode(Map<String, Entry> entries, Location location) implements Node {
    public MapNode {
      entries = entries == null ? new LinkedHashMap<>() : entries;
    }

    Node get(String key) {
      Entry e = entries.get(key);
      return e == null ? null : e.value();
    }

    /**
     * The only key when this map is an intrinsic function call ({@code Ref}, {@code Fn::…}, {@code
     * Condition}).
     */
    String intrinsic() {
      if (entries.size() != 1) return null;
      String key = entries.keySet().iterator().next();
      return key.equals("Ref") || key.startsWith("Fn::") || key.equals("Condition") ? key : null;
    }
  }

  record Entry(Location keyLocation, Node value) {}

  record ListNode(List<Node> items, Location location) implements Node {}

  /** A string, number, boolean, or null ({@code value} is then null). */
  record Scalar(Object value, Location location) implements Node {
    String text() {
      return value == null ? "" : String.valueOf(value);
    }
  }
}
