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
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names an expression may use after a dot: the read accessors of the model's and the facts'
 * classes (found by walking from {@link Model} and {@link Facts} through return types), as methods
 * and as bean properties, plus a few harmless methods of strings and collections. Setters, {@code
 * getClass} and every other method of {@code Object} are left out.
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
    Set<Class<?>> seen = new HashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>();
    todo.add(Model.class);
    todo.add(Chain.class);
    todo.add(Facts.class);
    Set<String> pkg = Set.of(Model.class.getPackageName(), Facts.class.getPackageName());
    while (!todo.isEmpty()) {
      Class<?> c = todo.pop();
      if (!seen.add(c)) continue;
      for (Method m : c.getMethods()) {
        // only what the model itself declares: not Object's, Enum's (getDeclaringClass leads to
        // reflection) or Record's methods, and nothing that hands out a class, loader or file
        if (!pkg.contains(m.getDeclaringClass().getPackageName())
            || Modifier.isStatic(m.getModifiers())
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
        names.add(name);
        if (name.startsWith("get") && name.length() > 3 && m.getParameterCount() == 0) {
          names.add(Character.toLowerCase(name.charAt(3)) + name.substring(4));
        } else if (name.startsWith("is") && name.length() > 2 && m.getParameterCount() == 0) {
          names.add(Character.toLowerCase(name.charAt(2)) + name.substring(3));
        }
        enqueue(m.getGenericReturnType(), pkg, todo);
        for (Type p : m.getGenericParameterTypes()) enqueue(p, pkg, todo);
      }
    }
    return names;
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
