/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.cfn;

import java.util.LinkedHashMap;
import java.util.Map;

/** The sections of one template that the resolver and the model builder consult. */
final class Template {

  private final String file;
  private final Node.MapNode root;
  private final Map<String, Node.MapNode> resources = new LinkedHashMap<>();

  Template(String file, Node.MapNode root) {
    this.file = file;
    this.root = root;
    if (root.get("Resources") instanceof Node.MapNode rs) {
      rs.entries()
          .forEach(
              (id, e) -> {
                if (e.value() instanceof Node.MapNode r) resources.put(id, r);
              });
    }
  }

  /** Whether a parsed document is a CloudFormation template (and not some other YAML or JSON). */
  static boolean isTemplate(Node root) {
    if (!(root instanceof Node.MapNode m)) return false;
    if (m.entries().containsKey("AWSTemplateFormatVersion")) return true;
    if (!(m.get("Resources") instanceof Node.MapNode rs)) return false;
    return rs.entries().values().stream()
        .anyMatch(
            e ->
                e.value() instanceof Node.MapNode r
                    && r.get("Type") instanceof Node.Scalar t
                    && (t.text().startsWith("AWS::") || t.text().startsWith("Custom::")));
  }

  String file() {
    return file;
  }

  Node.MapNode root() {
    return root;
  }

  Map<String, Node.MapNode> resources() {
    return resources;
  }

  String resourceType(String id) {
    Node.MapNode r = resources.get(id);
    return r != null && r.get("Type") instanceof Node.Scalar t ? t.text() : null;
  }

  Node.MapNode parameter(String name) {
    return root.get("Parameters") instanceof Node.MapNode ps
            && ps.get(name) instanceof Node.MapNode p
        ? p
        : null;
  }

  Node mapping(String map, String first, String second) {
    if (root.get("Mappings") instanceof Node.MapNode ms
        && ms.get(map) instanceof Node.MapNode m
        && m.get(first) instanceof Node.MapNode inner) {
      return inner.get(second);
    }
    return null;
  }

  /** SAM's {@code Globals.Function} section, or null. */
  Node.MapNode samFunctionGlobals() {
    return root.get("Globals") instanceof Node.MapNode g
            && g.get("Function") instanceof Node.MapNode f
        ? f
        : null;
  }
}
