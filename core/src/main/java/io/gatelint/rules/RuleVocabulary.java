/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.rules;

import io.gatelint.facts.Facts;
import io.gatelint.model.Chain;
import io.gatelint.model.Model;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names an expression may use after a dot: the read accessors of the model's and the facts'
 * classes (found by walking from {@link Model} and {@link Facts} through return types), as methods
 * and as bean properties, plus a few harmless methods of strings and collections. Setters, {@code
 * getClass}, methods that return nothing (the model's mutators) and every other method of {@code
 * Object} are left out.
 */
final class RuleVocabulary {

  private static final Set<String> SAFE_LIBRARY_METHODS =
      Set.of(
          "size",
          "isEmpty",
          "contains",
          "containsKey",
          "get",
          "length",
          "startsWith",
          "endsWith",
          "equalsIgnoreCase",
          "equals",
          "toLowerCase",
          "toUpperCase",
          "trim",
          "empty");

  private RuleVocabulary() {}

  static Set<String> members() {
    Set<String> names = new TreeSet<>(SAFE_LIBRARY_METHODS);
    for (List<Method> methods : types().values()) {
      for (Method m : methods) {
        String name = m.getName();
        names.add(name);
        String property = property(m);
        if (property != null) names.add(property);
      }
    }
    return names;
  }

  /**
   * The one walk both the guard and the rule-authoring page use: every class an expression can
   * reach from {@link Model}, {@link Chain} and {@link Facts} through return and parameter types,
   * in the order reached, each with the methods an expression may call on it (inherited ones
   * included, sorted by name).
   */
  static Map<Class<?>, List<Method>> types() {
    Map<Class<?>, List<Method>> out = new LinkedHashMap<>();
    Deque<Class<?>> todo = new ArrayDeque<>();
    todo.add(Model.class);
    todo.add(Chain.class);
    todo.add(Facts.class);
    Set<String> pkg = Set.of(Model.class.getPackageName(), Facts.class.getPackageName());
    while (!todo.isEmpty()) {
      Class<?> c = todo.removeFirst();
      if (out.containsKey(c)) continue;
      List<Method> methods = new ArrayList<>();
      for (Method m : c.getMethods()) {
        // only what the model itself declares: not Object's, Enum's (getDeclaringClass leads to
        // reflection) or Record's methods, and nothing that hands out a class, loader or file
        // a method that returns nothing only acts: the model's mutators (freeze, the stack
        // references' add and resolve steps) are for the parsers and the linker, not for rules;
        // nor is a lookup handed out as a function (the linker's targetGroupsBehindEach)
        if (!pkg.contains(m.getDeclaringClass().getPackageName())
            || Modifier.isStatic(m.getModifiers())
            || m.getReturnType() == void.class
            || m.getReturnType().getName().startsWith("java.util.function.")
            || dangerous(m.getReturnType())) {
          continue;
        }
        String name = m.getName();
        if (name.startsWith("set")
            || name.equals("getClass")
            || name.equals("hashCode")
            || name.equals("wait")
            || name.equals("notify")
            || name.equals("notifyAll")) {
          continue;
        }
        methods.add(m);
        enqueue(m.getGenericReturnType(), pkg, todo);
        for (Type p : m.getGenericParameterTypes()) enqueue(p, pkg, todo);
      }
      methods.sort(
          Comparator.comparing(Method::getName)
              .thenComparing(m -> Arrays.toString(m.getParameterTypes())));
      out.put(c, List.copyOf(methods));
    }
    return out;
  }

  /**
   * The bean-property name of a getter ({@code getIdleTimeout} → {@code idleTimeout}); else null.
   */
  static String property(Method m) {
    String name = m.getName();
    if (m.getParameterCount() != 0) return null;
    if (name.startsWith("get") && name.length() > 3) {
      return Character.toLowerCase(name.charAt(3)) + name.substring(4);
    }
    if (name.startsWith("is") && name.length() > 2) {
      return Character.toLowerCase(name.charAt(2)) + name.substring(3);
    }
    return null;
  }

  private static boolean dangerous(Class<?> type) {
    String name = type.getName();
    return type == Class.class
        || type == ClassLoader.class
        || type == Thread.class
        || type == Runtime.class
        || name.startsWith("java.lang.reflect.")
        || name.startsWith("java.lang.invoke.")
        || name.startsWith("java.io.")
        || name.startsWith("java.nio.file.")
        || name.startsWith("java.net.");
  }

  private static void enqueue(Type t, Set<String> pkg, Deque<Class<?>> todo) {
    if (t instanceof Class<?> c && pkg.contains(c.getPackageName())) {
      todo.add(c);
    } else if (t instanceof ParameterizedType p) {
      enqueue(p.getRawType(), pkg, todo);
      for (Type a : p.getActualTypeArguments()) enqueue(a, pkg, todo);
    }
  }
}
