/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.rules;

import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.mvel2.MVEL;
import org.mvel2.ParserContext;

/**
 * One expression of a rule, already passed by the {@link ExpressionGuard}: MVEL compiles it on its
 * first run, or at once when the rule was loaded eagerly. Compiling the 26 built-in rules' few
 * hundred expressions cost about half of an empty-folder run's CPU time, and most runs need only
 * the rules whose {@code for} selects something: a run without chains never compiles the chain
 * rules' {@code when}, {@code at} and messages.
 *
 * <p>A plain property path over an input ({@code model.chains}, {@code
 * facts.alarmCoverage.danglingReferences}: what every {@code for} of the built-in rules reads) is
 * read through its getters, as MVEL reads it, without compiling anything: a run whose model has no
 * chains learns it without MVEL, and an empty run never loads it. Anything else on the way (no
 * public getter, a null, a getter that throws) is left to MVEL, so that the result and any error
 * stay MVEL's.
 */
public final class Expression {

  private static final Pattern PATH =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)+");

  /** What {@link #read} returns when the path is not plain getters all the way. */
  private static final Object UNREAD = new Object();

  private final String file;
  private final int line;
  private final String text;
  private final Map<String, Class<?>> inputs;

  /** The names of a plain property path whose first name is an input; null otherwise. */
  private final String[] path;

  private volatile Serializable compiled;

  Expression(String file, int line, String text, Map<String, Class<?>> inputs) {
    this.file = file;
    this.line = line;
    this.text = text;
    this.inputs = new LinkedHashMap<>(inputs);
    String stripped = text.strip();
    String[] names = PATH.matcher(stripped).matches() ? stripped.split("\\.") : null;
    this.path = names != null && inputs.containsKey(names[0]) ? names : null;
  }

  /** The rule file it was read from. */
  String file() {
    return file;
  }

  /** The line of its field in the rule file. */
  int line() {
    return line;
  }

  /** The names it may read, with their types. */
  Map<String, Class<?>> inputs() {
    return java.util.Collections.unmodifiableMap(inputs);
  }

  /** The expression as it runs, {@code let} names expanded. */
  public String text() {
    return text;
  }

  /** Its value over the run's variables, compiling it first when this is its first run. */
  Object run(Map<String, Object> vars) {
    if (path != null) {
      Object value = read(vars);
      if (value != UNREAD) return value;
    }
    return MVEL.executeExpression(compiled(), vars);
  }

  /** Whether MVEL has compiled this expression (it has not, until it was needed). */
  boolean isCompiled() {
    return compiled != null;
  }

  /**
   * The value of the property path, each name read through its public {@code getName()} method as
   * MVEL reads a bean property; {@link #UNREAD} when a step is anything else.
   */
  private Object read(Map<String, Object> vars) {
    if (!vars.containsKey(path[0])) return UNREAD;
    Object value = vars.get(path[0]);
    for (int i = 1; i < path.length; i++) {
      if (value == null) return UNREAD;
      String name = path[i];
      try {
        Method getter =
            value
                .getClass()
                .getMethod("get" + Character.toUpperCase(name.charAt(0)) + name.substring(1));
        // getClass and the like are MVEL's to refuse or not, as they were
        if (Modifier.isStatic(getter.getModifiers()) || getter.getDeclaringClass() == Object.class)
          return UNREAD;
        value = getter.invoke(value);
      } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
        return UNREAD;
      }
    }
    return value;
  }

  /**
   * The compiled expression; a rule file whose expression MVEL refuses raises a {@link
   * RuleFileException} with the file and the field's line.
   */
  Serializable compiled() {
    Serializable c = compiled;
    if (c == null) {
      synchronized (this) {
        c = compiled;
        if (c == null) {
          c = compile();
          compiled = c;
        }
      }
    }
    return c;
  }

  private Serializable compile() {
    ParserContext context = new ParserContext();
    inputs.forEach(context::addInput);
    for (Method m : Functions.class.getMethods()) {
      if (m.getDeclaringClass() == Functions.class) context.addImport(m.getName(), m);
    }
    try {
      return QuietOutput.run(() -> MVEL.compileExpression(text, context));
    } catch (RuntimeException | StackOverflowError e) {
      throw new RuleFileException(
          file, line, "expression does not compile: " + firstLine(e.getMessage()));
    }
  }

  private static String firstLine(String s) {
    if (s == null) return "";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
