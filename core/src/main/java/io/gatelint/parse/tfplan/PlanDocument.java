/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
   * The full address of every modelled {@code planned_values} resource, in document order, each
   * mapped to itself so that the other sections share its string.
   */
  final Map<String, String> plannedAddresses = new LinkedHashMap<>();

  /** {@code resource_changes} by full address. */
  final Map<String, ResourceChange> changes = new LinkedHashMap<>();

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
      String address,
      String type,
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
