/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.node;

import static io.gatelint.parse.node.JsFile.field;
import static io.gatelint.parse.node.JsFile.is;
import static io.gatelint.parse.node.JsFile.present;
import static io.gatelint.parse.node.JsFile.unwrap;

import io.gatelint.model.Location;
import io.gatelint.model.Origin;
import io.gatelint.model.Value;
import io.gatelint.parse.FileBudget;
import org.treesitter.TSNode;

/**
 * Folds the constant expressions of one file: number, string and boolean literals (with numeric
 * separators), arithmetic, {@code const} chains, properties of constant object literals, and
 * environment fallbacks ({@code process.env.X ?? 65000}, {@code Number(process.env.X) || 65000},
 * {@code parseInt(process.env.X ?? '65000', 10)}), which are known only as their fallback, with
 * that provenance. Everything else — calls, imports, reassigned variables — is unknown. Which names
 * are constants is the file's {@link JsSymbols}' answer.
 */
final class ConstantFolder {

  private static final int MAX_DEPTH = 40;

  private int steps;

  private final JsFile file;
  private final JsSymbols symbols;

  ConstantFolder(JsFile file, JsSymbols symbols) {
    this.file = file;
    this.symbols = symbols;
  }

  /**
   * The value of an expression as it reads at {@code site}, where a setting takes it. A literal or
   * constant is explicit at the site; an environment fallback is a parameter at the fallback.
   */
  Value<Object> fold(TSNode node, Location site) {
    Folded f = fold(node, 0);
    if (f.value == null) return Value.unknown(site, f.note);
    Origin origin =
        f.env ? Origin.parameter(f.at, f.note) : new Origin(Origin.Kind.EXPLICIT, site, f.note);
    return Value.of(f.value, origin);
  }

  /** Folding state: the value (null when unknown), and for an environment fallback where it is. */
  private record Folded(Object value, boolean env, Location at, String note, String envVar) {
    static Folded unknown(String why) {
      return new Folded(null, false, null, why, null);
    }

    static Folded known(Object value) {
      return new Folded(value, false, null, "", null);
    }

    Folded withValue(Object v) {
      return new Folded(v, env, at, note, envVar);
    }
  }

  private Folded fold(TSNode raw, int depth) {
    if (++steps > FileBudget.MAX_FOLD_STEPS) {
      throw new FileBudget.Exceeded(
          "folding this file's constants takes more than "
              + FileBudget.MAX_FOLD_STEPS
              + " steps (constants built from constants that double each time?); it is not linted");
    }
    if ((steps & 0x3ff) == 0) FileBudget.check();
    if (!present(raw)) return Folded.unknown("no value");
    if (depth > MAX_DEPTH) return Folded.unknown("expression too deep to fold");
    TSNode n = unwrap(raw);
    switch (n.getType()) {
      case "number" -> {
        Number v = parseNumber(file.text(n));
        return v == null ? Folded.unknown("unreadable number " + file.snippet(n)) : Folded.known(v);
      }
      case "string", "template_string" -> {
        String s = file.stringLiteral(n);
        return s == null
            ? Folded.unknown("template with substitutions: " + file.snippet(n))
            : Folded.known(s);
      }
      case "true" -> {
        return Folded.known(Boolean.TRUE);
      }
      case "false" -> {
        return Folded.known(Boolean.FALSE);
      }
      case "identifier", "shorthand_property_identifier" -> {
        String name = file.text(n);
        if (name.equals("undefined")) return Folded.unknown("undefined");
        TSNode init = symbols.binding(name);
        if (init == null) {
          return Folded.unknown(
              symbols.declares(name)
                  ? name + " is reassigned or declared more than once"
                  : name + " is not a constant of this file");
        }
        Folded inner = fold(init, depth + 1);
        if (inner.value == null || inner.env) return inner;
        return new Folded(
            inner.value,
            false,
            null,
            "const " + name + " (" + file.location(init).display() + ")",
            null);
      }
      case "member_expression", "subscript_expression" -> {
        String env = envVariable(n);
        if (env != null)
          return new Folded(
              null, false, null, "environment variable " + env + " (not known before deploy)", env);
        String prop = file.memberName(n);
        TSNode target =
            prop == null ? null : symbols.property(symbols.resolve(file.memberObject(n)), prop);
        if (target == null) return Folded.unknown("not a constant: " + file.snippet(n));
        Folded inner = fold(target, depth + 1);
        if (inner.value == null || inner.env) return inner;
        return new Folded(
            inner.value,
            false,
            null,
            file.snippet(n) + " (" + file.location(target).display() + ")",
            null);
      }
      case "unary_expression" -> {
        String op = opText(n);
        Folded arg = fold(field(n, "argument"), depth + 1);
        if (op.equals("+")) return toNumber(arg);
        if (op.equals("-")) {
          Folded num = toNumber(arg);
          return num.value instanceof Number x ? num.withValue(normalize(-x.doubleValue())) : num;
        }
        return Folded.unknown("not a constant: " + file.snippet(n));
      }
      case "binary_expression" -> {
        return binary(n, depth);
      }
      case "call_expression" -> {
        TSNode fn = unwrap(field(n, "function"));
        String name =
            is(fn, "identifier") ? file.text(fn) : is(fn, "member_expression") ? file.text(fn) : "";
        var args = JsFile.arguments(n);
        if ((name.equals("Number")
                || name.equals("parseInt")
                || name.equals("parseFloat")
                || name.equals("Number.parseInt")
                || name.equals("Number.parseFloat"))
            && !args.isEmpty()) {
          Folded arg = fold(args.get(0), depth + 1);
          Folded num = toNumber(arg);
          if (num.value instanceof Number x && name.contains("parseInt")) {
            return num.withValue(normalize(Math.floor(x.doubleValue())));
          }
          return num;
        }
        if (name.equals("String") && !args.isEmpty()) {
          Folded arg = fold(args.get(0), depth + 1);
          return arg.value == null
              ? arg
              : arg.withValue(
                  String.valueOf(arg.value instanceof Number x ? Values.text(x) : arg.value));
        }
        return Folded.unknown("result of a call: " + file.snippet(n));
      }
      default -> {
        return Folded.unknown("not a constant: " + file.snippet(n));
      }
    }
  }

  private Folded binary(TSNode n, int depth) {
    String op = opText(n);
    TSNode leftNode = field(n, "left");
    TSNode rightNode = field(n, "right");
    if (op.equals("??") || op.equals("||")) {
      Folded left = fold(leftNode, depth + 1);
      if (left.envVar != null && left.value == null) {
        Folded right = fold(rightNode, depth + 1);
        if (right.value == null) return right;
        return new Folded(
            right.value,
            true,
            file.location(n),
            "fallback when environment variable " + left.envVar + " is unset",
            left.envVar);
      }
      if (left.value == null) return left;
      boolean useRight = op.equals("??") ? false : !truthy(left.value);
      return useRight ? fold(rightNode, depth + 1) : left;
    }
    Folded left = fold(leftNode, depth + 1);
    Folded right = fold(rightNode, depth + 1);
    if (left.value == null) return left;
    if (right.value == null) return right;
    Folded carrier = left.env ? left : right.env ? right : Folded.known(null);
    if (op.equals("+") && (left.value instanceof String || right.value instanceof String)) {
      String l = Values.text(left.value);
      String r = Values.text(right.value);
      FileBudget.expand((long) l.length() + r.length());
      return carrier.withValue(l + r);
    }
    if (!(left.value instanceof Number a) || !(right.value instanceof Number b)) {
      return Folded.unknown("not a numeric expression: " + file.snippet(n));
    }
    double x = a.doubleValue();
    double y = b.doubleValue();
    Double r =
        switch (op) {
          case "+" -> x + y;
          case "-" -> x - y;
          case "*" -> x * y;
          case "/" -> y == 0 ? null : x / y;
          case "%" -> y == 0 ? null : x % y;
          case "**" -> Math.pow(x, y);
          default -> null;
        };
    return r == null
        ? Folded.unknown("not foldable: " + file.snippet(n))
        : carrier.withValue(normalize(r));
  }

  /**
   * Number(...) semantics for a folded value; an unknown environment read stays an environment
   * read.
   */
  private static Folded toNumber(Folded f) {
    if (f.value == null || f.value instanceof Number) return f;
    if (f.value instanceof Boolean b) return f.withValue(b ? 1 : 0);
    Number n = parseNumber(String.valueOf(f.value).trim());
    return n == null ? Folded.unknown("not a number: " + f.value) : f.withValue(n);
  }

  private static boolean truthy(Object v) {
    if (v instanceof Boolean b) return b;
    if (v instanceof Number n) return n.doubleValue() != 0 && !Double.isNaN(n.doubleValue());
    return v instanceof String s && !s.isEmpty();
  }

  /** {@code process.env.X} or {@code process.env['X']} → X. */
  private String envVariable(TSNode node) {
    TSNode n = unwrap(node);
    if (!(is(n, "member_expression") || is(n, "subscript_expression"))) return null;
    TSNode obj = unwrap(file.memberObject(n));
    boolean processEnv =
        (is(obj, "member_expression") && file.text(obj).replaceAll("\\s", "").equals("process.env"))
            || (is(obj, "identifier") && file.text(obj).equals("env") && !symbols.declares("env"));
    return processEnv ? file.memberName(n) : null;
  }

  private String opText(TSNode n) {
    TSNode op = field(n, "operator");
    return op == null ? "" : file.text(op);
  }

  /**
   * A JavaScript numeric literal: separators, hex, octal, binary, exponents. Null when unreadable.
   */
  static Number parseNumber(String text) {
    String t = text.replace("_", "").trim();
    if (t.isEmpty()) return null;
    try {
      if (t.endsWith("n")) t = t.substring(0, t.length() - 1);
      String lower = t.toLowerCase();
      if (lower.startsWith("0x")) return normalize(Long.parseLong(t.substring(2), 16));
      if (lower.startsWith("0o")) return normalize(Long.parseLong(t.substring(2), 8));
      if (lower.startsWith("0b")) return normalize(Long.parseLong(t.substring(2), 2));
      return normalize(Double.parseDouble(t));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Integral values as Integer (or Long), others as Double. */
  static Number normalize(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) return d;
    if (d == Math.rint(d)) {
      if (d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE) return (int) d;
      if (Math.abs(d) < 9.007199254740992E15) return (long) d;
    }
    return d;
  }

  /** Text forms of folded values. */
  static final class Values {
    private Values() {}

    static String text(Object v) {
      if (v instanceof Double d && d == Math.rint(d) && !d.isInfinite())
        return Long.toString(d.longValue());
      return String.valueOf(v);
    }
  }
}
