/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.cfn;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates the definitions in a template's {@code Conditions} section under one choice of
 * outcomes, to tell which choices can happen at all.
 *
 * <p>The answer is true, false, or null (not known). A parameter's default is not a fixed value —
 * another environment may supply its own — so {@code Fn::Equals} over it is not known, unless the
 * config file gives the parameter's value or its {@code AllowedValues} decide the outcome. Literals
 * are fixed. {@code Fn::Not}, {@code Fn::And}, {@code Fn::Or} and {@code Condition} follow the
 * conditions they name: from the choice when it has them, else from their own definitions.
 */
final class Conditions {

  private final Template template;
  private final Map<String, String> overrides;

  /** whether a parameter's default counts as its value (see {@link #underDefaults}) */
  private final boolean defaults;

  Conditions(Template template, Map<String, String> overrides) {
    this(template, overrides, false);
  }

  private Conditions(Template template, Map<String, String> overrides, boolean defaults) {
    this.template = template;
    this.overrides = overrides;
    this.defaults = defaults;
  }

  /**
   * What a condition evaluates to in the default deployment: the config file's values, else each
   * parameter's {@code Default}; null where a parameter without either (or a pseudo parameter)
   * decides it. This answers whether a resource with this {@code Condition} exists when the stack
   * is deployed as written; it never rules a variant out.
   */
  Boolean underDefaults(String name) {
    return new Conditions(template, overrides, true).outcome(name, Map.of());
  }

  /**
   * Whether a choice of outcomes can happen: no condition in it has a definition that evaluates,
   * under the choice, to the other outcome.
   */
  boolean consistent(Map<String, Boolean> choice) {
    for (Map.Entry<String, Boolean> e : choice.entrySet()) {
      Boolean v = definition(e.getKey(), choice, new HashSet<>());
      if (v != null && !v.equals(e.getValue())) return false;
    }
    return true;
  }

  /**
   * A condition's outcome under a choice: the choice's when it has one, else its definition's, else
   * null.
   */
  Boolean outcome(String name, Map<String, Boolean> choice) {
    return outcome(name, choice, new HashSet<>());
  }

  private Boolean outcome(String name, Map<String, Boolean> choice, Set<String> visiting) {
    Boolean chosen = choice.get(name);
    return chosen != null ? chosen : definition(name, choice, visiting);
  }

  /**
   * What a condition's own definition evaluates to under the choice (the condition itself is not
   * looked up).
   */
  private Boolean definition(String name, Map<String, Boolean> choice, Set<String> visiting) {
    Node def = template.root().get("Conditions") instanceof Node.MapNode cs ? cs.get(name) : null;
    if (def == null || !visiting.add(name)) return null;
    try {
      return eval(def, choice, visiting);
    } finally {
      visiting.remove(name);
    }
  }

  private Boolean eval(Node node, Map<String, Boolean> choice, Set<String> visiting) {
    if (!(node instanceof Node.MapNode m) || m.intrinsic() == null) return null;
    String fn = m.intrinsic();
    Node arg = m.get(fn);
    List<Node> args = arg instanceof Node.ListNode l ? l.items() : List.of();
    switch (fn) {
      case "Condition":
        return arg instanceof Node.Scalar s ? outcome(s.text(), choice, visiting) : null;
      case "Fn::Not":
        {
          if (args.size() != 1) return null;
          Boolean v = eval(args.get(0), choice, visiting);
          return v == null ? null : !v;
        }
      case "Fn::And":
      case "Fn::Or":
        {
          if (args.isEmpty()) return null;
          boolean and = fn.equals("Fn::And");
          boolean unknown = false;
          for (Node a : args) {
            Boolean v = eval(a, choice, visiting);
            if (v == null) unknown = true;
            else if (v != and) return v; // a false in an And, a true in an Or decides
          }
          return unknown ? null : and;
        }
      case "Fn::Equals":
        {
          if (args.size() != 2) return null;
          Set<String> a = possible(args.get(0));
          Set<String> b = possible(args.get(1));
          if (a == null || b == null) return null;
          if (a.size() == 1 && a.equals(b)) return true;
          Set<String> both = new HashSet<>(a);
          both.retainAll(b);
          return both.isEmpty() ? false : null;
        }
      default:
        return null;
    }
  }

  /** The values a side of {@code Fn::Equals} can take in this environment, or null when any. */
  private Set<String> possible(Node node) {
    if (node instanceof Node.Scalar s) return s.value() == null ? null : Set.of(s.text());
    if (!(node instanceof Node.MapNode m)
        || !"Ref".equals(m.intrinsic())
        || !(m.get("Ref") instanceof Node.Scalar r)) {
      return null;
    }
    String name = r.text();
    if (overrides.containsKey(name)) return Set.of(String.valueOf(overrides.get(name)));
    Node.MapNode param = template.parameter(name);
    if (defaults && param != null && param.get("Default") instanceof Node.Scalar d) {
      return d.value() == null ? null : Set.of(d.text());
    }
    if (param != null
        && param.get("AllowedValues") instanceof Node.ListNode allowed
        && !allowed.items().isEmpty()) {
      Set<String> out = new LinkedHashSet<>();
      for (Node v : allowed.items()) {
        if (!(v instanceof Node.Scalar s) || s.value() == null) return null;
        out.add(s.text());
      }
      return out;
    }
    return null; // a default is only this environment's guess; pseudo parameters are known at
    // deploy
  }
}
