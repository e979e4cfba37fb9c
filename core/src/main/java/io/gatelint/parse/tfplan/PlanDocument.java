/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * What {@link PlanReader} keeps of a plan: only the resources of the types gatelint models, from
 * each of the three sections, whatever order they came in.
 */
final class PlanDocument {

  /**
   * {@code planned_values} resources by full address, in document order: filled only by {@link
   * PlanReader#read}, which holds a whole plan; the plan stage streams them instead.
   */
  final Map<String, PlannedResource> planned = new LinkedHashMap<>();

  /**
   * The full address of every modelled {@code planned_values} resource, in document order, with
   * what its {@code resource_changes} entry marks; the other sections share its address string.
   */
  final PlannedAddresses plannedAddresses = new PlannedAddresses();

  /** {@code configuration.root_module}; null when the plan has no configuration. */
  ConfigModule configuration;

  /**
   * The root module's input variables as planned: top-level {@code variables}, name → {@code
   * value}.
   */
  final Map<String, JsonNode> variables = new LinkedHashMap<>();

  /**
   * A resource of {@code planned_values}.
   *
   * @param values the {@code values} object
   * @param sensitiveValues {@code sensitive_values}, or null when it marks nothing
   * @param positions line and column of every node of {@code values}
   * @param module the JSON Pointer of the module object holding the resource, shared by its
   *     resources
   * @param index the resource's index in the module's {@code resources}
   */
  record PlannedResource(
      String address,
      String mode,
      String type,
      JsonNode values,
      JsonNode sensitiveValues,
      ValuePositions positions,
      String module,
      int index,
      int line,
      int column) {

    /** The JSON Pointer of the resource object in the plan. */
    String pointer() {
      return module + "/resources/" + index;
    }

    /** The line and column of the value at the path relative to {@code values}; null if absent. */
    int[] position(Object... path) {
      return positions.at(values, path);
    }
  }

  /**
   * A resource of {@code resource_changes}: what the plan does to it and which of its values are
   * unknown or sensitive after the change.
   *
   * @param afterUnknown {@code after_unknown}, or null when it is absent or an empty object
   * @param afterSensitive {@code after_sensitive}, or null when it marks nothing
   * @param index the entry's index in {@code resource_changes}
   */
  record ResourceChange(
      List<String> actions,
      JsonNode afterUnknown,
      JsonNode afterSensitive,
      int index,
      int line,
      int column) {

    /** The JSON Pointer of the entry's {@code change} object in the plan. */
    String pointer() {
      return "/resource_changes/" + index + "/change";
    }

    boolean deletedOnly() {
      return !actions.isEmpty() && actions.stream().allMatch("delete"::equals);
    }

    /**
     * True when the entry tells mapping something: values unknown or sensitive, or a resource only
     * deleted. Any other entry reads as no entry at all.
     */
    boolean marksAnything() {
      return afterUnknown != null || afterSensitive != null || deletedOnly();
    }
  }

  /**
   * The planned resources' addresses in document order, each with its change, in a few arrays: a
   * plan of 391,000 security group rules held a linked hash map entry per address and another per
   * change (with the change's record) while its values streamed, about 130 bytes a resource; this
   * holds about 40. A change that marks nothing is not kept ({@link ResourceChange#marksAnything}).
   */
  static final class PlannedAddresses {

    /** What a change marks, shared by the changes that mark alike. */
    private record Marks(List<String> actions, JsonNode afterUnknown, JsonNode afterSensitive) {}

    private String[] byOrdinal = new String[16];
    private Marks[] marks = new Marks[16];
    private int[] changeIndex = new int[16];
    private long[] changeAt = new long[16];
    private BitSet deleted = new BitSet();
    private int size;
    private int deletedCount;

    /** Open addressing, linear probing: ordinal + 1 of each address, 0 for a free slot. */
    private int[] table = new int[32];

    /** Changes read before their planned resource (a section order Terraform does not write). */
    private final Map<String, ResourceChange> early = new HashMap<>();

    private final Marks[] sharedMarks = new Marks[1 << 10];

    /** Adds an address; returns the equal one held when there is one (then nothing is added). */
    String add(String address) {
      int slot = find(address);
      if (table[slot] != 0) return byOrdinal[table[slot] - 1];
      if (size == byOrdinal.length) grow();
      byOrdinal[size] = address;
      table[slot] = ++size;
      if (size * 2 > table.length) rehash();
      ResourceChange change = early.remove(address);
      if (change != null) change(address, change);
      return null;
    }

    /** The held instance of an equal address; the address itself when none is held. */
    String canonical(String address) {
      int ordinal = ordinal(address);
      return ordinal < 0 ? address : byOrdinal[ordinal];
    }

    /** Notes an address's change, when it marks anything. */
    void change(String address, ResourceChange change) {
      int ordinal = ordinal(address);
      if (!change.marksAnything()) {
        // a later entry of one address replaces an earlier one, as a map's would
        early.remove(address);
        if (ordinal >= 0) marks[ordinal] = null;
        return;
      }
      if (ordinal < 0) {
        early.put(address, change);
        return;
      }
      marks[ordinal] =
          share(new Marks(change.actions(), change.afterUnknown(), change.afterSensitive()));
      changeIndex[ordinal] = change.index();
      changeAt[ordinal] = ((long) change.line() << 32) | (change.column() & 0xffffffffL);
    }

    /** The change of an address, null when it has none that marks anything. */
    ResourceChange change(String address) {
      int ordinal = ordinal(address);
      Marks m = ordinal < 0 ? null : marks[ordinal];
      if (m == null) return ordinal < 0 ? early.get(address) : null;
      long at = changeAt[ordinal];
      return new ResourceChange(
          m.actions(),
          m.afterUnknown(),
          m.afterSensitive(),
          changeIndex[ordinal],
          (int) (at >> 32),
          (int) at);
    }

    /** The change of an address, which is then let go: a resource is mapped once. */
    ResourceChange takeChange(String address) {
      ResourceChange change = change(address);
      int ordinal = ordinal(address);
      if (ordinal >= 0) marks[ordinal] = null;
      return change;
    }

    /** Leaves out the resources their change only deletes. */
    void removeDeletedOnly() {
      for (int i = 0; i < size; i++) {
        if (marks[i] != null && !deleted.get(i) && change(byOrdinal[i]).deletedOnly()) {
          deleted.set(i);
          deletedCount++;
        }
      }
      early.clear();
    }

    /** The addresses not left out, in document order: a view, not a copy. */
    Set<String> live() {
      return new AbstractSet<>() {
        @Override
        public boolean contains(Object o) {
          if (!(o instanceof String address)) return false;
          int ordinal = ordinal(address);
          return ordinal >= 0 && !deleted.get(ordinal);
        }

        @Override
        public int size() {
          return size - deletedCount;
        }

        @Override
        public Iterator<String> iterator() {
          return new Iterator<>() {
            private int next = skip(0);

            private int skip(int from) {
              int i = from;
              while (i < size && deleted.get(i)) i++;
              return i;
            }

            @Override
            public boolean hasNext() {
              return next < size;
            }

            @Override
            public String next() {
              if (next >= size) throw new NoSuchElementException();
              String out = byOrdinal[next];
              next = skip(next + 1);
              return out;
            }
          };
        }
      };
    }

    int size() {
      return size;
    }

    private int ordinal(String address) {
      return table[find(address)] - 1;
    }

    private int find(String address) {
      int mask = table.length - 1;
      int h = address.hashCode() * 0x9E3779B9;
      int slot = (h ^ (h >>> 16)) & mask; // the product's high bits too, not only its low ones
      while (table[slot] != 0 && !byOrdinal[table[slot] - 1].equals(address)) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    private void grow() {
      int capacity = byOrdinal.length * 2;
      byOrdinal = Arrays.copyOf(byOrdinal, capacity);
      marks = Arrays.copyOf(marks, capacity);
      changeIndex = Arrays.copyOf(changeIndex, capacity);
      changeAt = Arrays.copyOf(changeAt, capacity);
    }

    private void rehash() {
      table = new int[table.length * 2];
      for (int i = 0; i < size; i++) table[find(byOrdinal[i])] = i + 1;
    }

    private Marks share(Marks m) {
      int slot = (m.hashCode() * 0x9E3779B9) >>> (32 - 10);
      Marks cached = sharedMarks[slot];
      if (cached != null && cached.equals(m)) return cached;
      sharedMarks[slot] = m;
      return m;
    }
  }

  /**
   * A resource of {@code configuration}: its type and its {@code expressions}. Held by
   * module-relative address; resources written alike share one.
   */
  record ConfigResource(String type, JsonNode expressions) {}

  /** A {@code module_calls} entry: source, argument expressions and the called module. */
  record ModuleCall(String source, JsonNode expressions, ConfigModule module) {}

  /** A module of {@code configuration}: resources by module-relative address, outputs, calls. */
  static final class ConfigModule {
    /** by module-relative address; looked up, never walked in order */
    final Map<String, ConfigResource> resources = new HashMap<>();

    /** output name → its {@code expression} object */
    final Map<String, JsonNode> outputs = new LinkedHashMap<>();

    final Map<String, ModuleCall> calls = new LinkedHashMap<>();

    /** {@code variables}: name → {@code default}, for the variables that declare one */
    final Map<String, JsonNode> variableDefaults = new LinkedHashMap<>();
  }
}
