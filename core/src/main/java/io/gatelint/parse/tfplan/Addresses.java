/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Terraform addresses: {@code module.api["a"].aws_lb.this[0]} split into steps, indexes stripped.
 */
final class Addresses {

  private Addresses() {}

  /** The dot-separated steps of an address or reference, brackets and quoted keys kept whole. */
  static List<String> steps(String address) {
    List<String> steps = new ArrayList<>();
    StringBuilder step = new StringBuilder();
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < address.length(); i++) {
      char c = address.charAt(i);
      if (quoted) {
        if (c == '\\' && i + 1 < address.length()) {
          step.append(c).append(address.charAt(++i));
          continue;
        }
        if (c == '"') quoted = false;
      } else if (c == '"') {
        quoted = true;
      } else if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (c == '.' && depth == 0) {
        steps.add(step.toString());
        step.setLength(0);
        continue;
      }
      step.append(c);
    }
    steps.add(step.toString());
    return steps;
  }

  /** A step without its index: {@code this[0]} → {@code this}. */
  static String name(String step) {
    int bracket = step.indexOf('[');
    return bracket < 0 ? step : step.substring(0, bracket);
  }

  /** A step's index as written ({@code [0]}, {@code ["a"]}), or null. */
  static String index(String step) {
    int bracket = step.indexOf('[');
    return bracket < 0 ? null : step.substring(bracket);
  }

  /** The address with every index removed: {@code module.api.aws_lb.this}. */
  static String strip(String address) {
    List<String> steps = steps(address);
    StringBuilder out = new StringBuilder();
    for (String step : steps) {
      if (out.length() > 0) out.append('.');
      out.append(name(step));
    }
    // an address without indexes is its own stripped form: keep the one string
    return address.contentEquals(out) ? address : out.toString();
  }

  /**
   * Adds an instance address under its base address: the usual resource without {@code count} or
   * {@code for_each} as a one-element immutable list, a list that grows only from the second
   * instance on. The plan stage holds these indexes for every resource while the values stream.
   */
  static void addInstance(Map<String, List<String>> byBase, String base, String address) {
    byBase.merge(
        base,
        List.of(address),
        (had, one) -> {
          List<String> grown = had instanceof ArrayList<String> list ? list : new ArrayList<>(had);
          grown.add(address);
          return grown;
        });
  }

  /** {@code prefix.rest}, or rest alone when the prefix is empty. */
  static String join(String prefix, String rest) {
    return prefix.isEmpty() ? rest : prefix + "." + rest;
  }

  /**
   * True when an instance address matches an address written with some indexes left out: same
   * steps, and every index the written one has is the instance's.
   */
  static boolean matches(String written, String instance) {
    List<String> a = steps(written);
    List<String> b = steps(instance);
    if (a.size() != b.size()) return false;
    for (int i = 0; i < a.size(); i++) {
      if (!name(a.get(i)).equals(name(b.get(i)))) return false;
      String index = index(a.get(i));
      if (index != null && !index.equals(index(b.get(i)))) return false;
    }
    return true;
  }

  /**
   * The module part of an instance address ({@code module.api["a"]}), empty for the root module.
   */
  static String modulePrefix(String address) {
    List<String> steps = steps(address);
    int i = 0;
    while (i + 1 < steps.size() && steps.get(i).equals("module")) i += 2;
    return String.join(".", steps.subList(0, i));
  }
}
