/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Builds the JSON trees the plan reader keeps, in a fraction of the memory of Jackson's default
 * nodes: an object's fields in two arrays instead of a linked hash map, repeated short strings
 * (security group ids, protocols, references) and repeated small trees ({@code after_unknown} of
 * {@code {"id": true}}) shared. A plan of 391,000 security group rules keeps each of them as such a
 * tree until it is mapped, so the bytes per node decide whether it fits a 256 MB heap. The trees
 * are read-only once built: nothing in the plan stage changes a node it was given.
 */
final class PlanNodes {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /**
   * Above this many fields an object keeps a hash map: a linear scan would cost more than it saves.
   */
  private static final int ARRAY_FIELDS = 16;

  /** Strings up to this length are looked up in {@link #texts}; longer ones are rarely repeated. */
  private static final int SHARED_TEXT_CHARS = 96;

  /** Trees of up to this many nodes are looked up in {@link #trees}. */
  private static final int SHARED_TREE_NODES = 8;

  /** Direct-mapped caches: bounded, and the values a plan repeats most stay in them. */
  private final TextNode[] texts = new TextNode[1 << 14];

  private final JsonNode[] trees = new JsonNode[1 << 10];

  /** A string node, the same instance as an earlier equal one while it is in the cache. */
  TextNode text(String s) {
    if (s.length() > SHARED_TEXT_CHARS) return F.textNode(s);
    int slot = (s.hashCode() * 0x9E3779B9) >>> (32 - 14);
    TextNode cached = texts[slot];
    if (cached != null && cached.textValue().equals(s)) return cached;
    TextNode node = F.textNode(s);
    texts[slot] = node;
    return node;
  }

  /** A small tree, the same instance as an earlier equal one while it is in the cache. */
  JsonNode shared(JsonNode tree) {
    if (tree == null || !tree.isContainerNode() || count(tree) > SHARED_TREE_NODES) return tree;
    int slot = (tree.hashCode() * 0x9E3779B9) >>> (32 - 10);
    JsonNode cached = trees[slot];
    if (cached != null && cached.equals(tree)) return cached;
    trees[slot] = tree;
    return tree;
  }

  /** True when some leaf of the tree is {@code true}: a marking tree without one marks nothing. */
  static boolean marksAny(JsonNode tree) {
    if (tree == null) return false;
    if (tree.isBoolean()) return tree.booleanValue();
    for (JsonNode child : tree) if (marksAny(child)) return true;
    return false;
  }

  /** The number of nodes of a tree, itself included. */
  static int count(JsonNode tree) {
    int n = 1;
    for (JsonNode child : tree) n += count(child);
    return n;
  }

  /** Reads the value at the current token into a compact tree. */
  JsonNode read(JsonParser p) throws IOException {
    return read(p, null);
  }

  /**
   * Reads the value at the current token into a compact tree, giving each node to {@code visit} in
   * document order (its parent first) before its children are read.
   */
  JsonNode read(JsonParser p, NodeVisitor visit) throws IOException {
    JsonToken t = p.currentToken();
    int self = visit == null ? -1 : visit.start(p);
    switch (t) {
      case START_OBJECT -> {
        Fields fields = new Fields();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          if (visit != null) visit.step(self, name);
          if (fields.put(name, read(p, visit)) != null && visit != null) visit.duplicate();
        }
        if (fields.size() <= ARRAY_FIELDS) fields.trim();
        return new ObjectNode(
            F, fields.size() > ARRAY_FIELDS ? new LinkedHashMap<>(fields) : fields);
      }
      case START_ARRAY -> {
        ArrayList<JsonNode> items = new ArrayList<>(4);
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          if (visit != null) visit.step(self, i++);
          items.add(read(p, visit));
        }
        items.trimToSize();
        return new ArrayNode(F, items);
      }
      case VALUE_STRING -> {
        return text(p.getText());
      }
      case VALUE_NUMBER_INT -> {
        return switch (p.getNumberType()) {
          case INT -> F.numberNode(p.getIntValue());
          case LONG -> F.numberNode(p.getLongValue());
          default -> F.numberNode(p.getBigIntegerValue());
        };
      }
      case VALUE_NUMBER_FLOAT -> {
        return F.numberNode(p.getDoubleValue());
      }
      case VALUE_TRUE -> {
        return F.booleanNode(true);
      }
      case VALUE_FALSE -> {
        return F.booleanNode(false);
      }
      default -> {
        return F.nullNode();
      }
    }
  }

  /** Sees each node of a tree being read. */
  interface NodeVisitor {
    /** A node starts at the parser's current token; returns its number. */
    int start(JsonParser p);

    /** The next node read is the child of node {@code parent} at the key or index. */
    void step(int parent, Object key);

    /** The object being read repeats a key: the later value replaced the earlier one. */
    void duplicate();
  }

  /**
   * An object's fields in insertion order, in two arrays; a repeated key replaces the value in
   * place, as Jackson's own object node does.
   */
  static final class Fields extends AbstractMap<String, JsonNode> {
    private String[] keys = new String[4];
    private JsonNode[] values = new JsonNode[4];
    private int size;

    /** Drops the spare room once the object is read. */
    void trim() {
      keys = Arrays.copyOf(keys, size);
      values = Arrays.copyOf(values, size);
    }

    @Override
    public JsonNode put(String key, JsonNode value) {
      for (int i = 0; i < size; i++) {
        if (keys[i].equals(key)) {
          JsonNode old = values[i];
          values[i] = value;
          return old;
        }
      }
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      keys[size] = key;
      values[size++] = value;
      return null;
    }

    @Override
    public JsonNode get(Object key) {
      for (int i = 0; i < size; i++) if (keys[i].equals(key)) return values[i];
      return null;
    }

    @Override
    public boolean containsKey(Object key) {
      for (int i = 0; i < size; i++) if (keys[i].equals(key)) return true;
      return false;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public Set<Map.Entry<String, JsonNode>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public int size() {
          return size;
        }

        @Override
        public Iterator<Map.Entry<String, JsonNode>> iterator() {
          return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
              return i < size;
            }

            @Override
            public Map.Entry<String, JsonNode> next() {
              if (i >= size) throw new NoSuchElementException();
              int at = i++;
              return new AbstractMap.SimpleImmutableEntry<>(keys[at], values[at]);
            }
          };
        }
      };
    }
  }
}
