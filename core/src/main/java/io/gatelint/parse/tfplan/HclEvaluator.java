/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import io.gatelint.parse.tfplan.HclSyntax.Binary;
import io.gatelint.parse.tfplan.HclSyntax.Call;
import io.gatelint.parse.tfplan.HclSyntax.Conditional;
import io.gatelint.parse.tfplan.HclSyntax.For;
import io.gatelint.parse.tfplan.HclSyntax.GetAttr;
import io.gatelint.parse.tfplan.HclSyntax.Index;
import io.gatelint.parse.tfplan.HclSyntax.Literal;
import io.gatelint.parse.tfplan.HclSyntax.Name;
import io.gatelint.parse.tfplan.HclSyntax.Node;
import io.gatelint.parse.tfplan.HclSyntax.ObjectCons;
import io.gatelint.parse.tfplan.HclSyntax.Splat;
import io.gatelint.parse.tfplan.HclSyntax.SplatItem;
import io.gatelint.parse.tfplan.HclSyntax.Template;
import io.gatelint.parse.tfplan.HclSyntax.Tuple;
import io.gatelint.parse.tfplan.HclSyntax.Unary;
import io.gatelint.parse.tfplan.HclSyntax.Variable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Evaluates HCL expressions as far as a plan allows. Values are Terraform's: null, {@link Boolean},
 * {@link BigDecimal}, {@link String}, {@link List} and {@link Map}; plus {@link Unknown} for what
 * is known only after apply or cannot be read here (with the reason), and {@link Sym} for a
 * resource, or an attribute of one, whose value the plan does not know but whose identity it does:
 * {@code aws_lb_target_group.this["api"].arn}. Functions follow Terraform's documentation
 * (https://developer.hashicorp.com/terraform/language/functions); an unknown argument makes the
 * result unknown, except where the function decides without it ({@code try}, {@code coalesce} with
 * a known non-null first argument, a conditional with a known condition).
 */
final class HclEvaluator {

  /** A value not known here, and why. */
  record Unknown(String reason) {}

  /**
   * A resource or module-built value known by identity: the planned instance address (or the
   * address of a counted resource as a whole when {@code collection}), its type, and the attributes
   * taken from it.
   */
  record Sym(String address, String type, List<String> attributes, boolean collection) {
    Sym attr(String name) {
      List<String> more = new ArrayList<>(attributes);
      more.add(name);
      return new Sym(address, type, List.copyOf(more), collection);
    }
  }

  /** Raised for an expression Terraform would reject (a missing key, a wrong type): try() skips. */
  static class EvalError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EvalError(String message) {
      super(message, null, false, false);
    }
  }

  /** A value read key by key on demand: a module call's outputs, its instances. */
  interface Lazy {
    Object attribute(String name);

    Object index(Object key);
  }

  /** What a module instance gives its expressions: variables, locals, resources and calls. */
  interface Module {
    Object variable(String name);

    Object local(String name);

    /** {@code module.NAME}: an object of outputs, a map or list of them, or unknown. */
    Object module(String name);

    /** {@code TYPE.NAME}: a {@link Sym} or an error when the resource has no instance. */
    Object resource(String type, String name);

    /** Resolves {@code base[key]} for a {@link Sym}: the instance, or an error. */
    Object instance(Sym base, Object key);

    /** The instances of a counted resource, for a splat. */
    List<Object> instances(Sym base);
  }

  /** The names an expression sees: its module, {@code each}/{@code count}, and iterators. */
  record Env(Module module, Map<String, Object> names, Object each, Object count) {
    static final Object NONE = new Object();

    Env with(String name, Object value) {
      Map<String, Object> more = new HashMap<>(names);
      more.put(name, value);
      return new Env(module, more, each, count);
    }
  }

  private static final int MAX_DEPTH = 64;
  private int depth;

  /** A namespace root such as {@code var} or {@code aws_lb}: only traversal gives it a value. */
  private record Namespace(String name) {}

  /** The value of an expression; what cannot be evaluated is {@link Unknown} with the reason. */
  Object evaluate(Node node, Env env) {
    try {
      return resolve(eval(node, env));
    } catch (EvalError e) {
      return new Unknown(e.getMessage());
    } catch (StackOverflowError e) {
      return new Unknown("expression too deep");
    }
  }

  private Object eval(Node node, Env env) {
    if (++depth > MAX_DEPTH) {
      depth--;
      throw new EvalError("expression nested too deep");
    }
    try {
      return evalNode(node, env);
    } finally {
      depth--;
    }
  }

  private Object evalNode(Node node, Env env) {
    if (node instanceof Literal l) return l.value();
    if (node instanceof Name n) return n.name();
    if (node instanceof Template t) return template(t, env);
    if (node instanceof Variable v) return variable(v.name(), env);
    if (node instanceof GetAttr g) return getAttr(eval(g.source(), env), g.name(), env);
    if (node instanceof Index ix)
      return index(eval(ix.source(), env), resolve(eval(ix.key(), env)), env);
    if (node instanceof Splat sp) return splat(sp, env);
    if (node instanceof SplatItem) return env.names().get("\u0000splat");
    if (node instanceof Conditional c) {
      Object cond = resolve(eval(c.condition(), env));
      if (cond instanceof Unknown) return cond;
      return truth(cond) ? resolve(eval(c.then(), env)) : resolve(eval(c.otherwise(), env));
    }
    if (node instanceof Unary u) return unary(u.op(), resolve(eval(u.operand(), env)));
    if (node instanceof Binary b) return binary(b, env);
    if (node instanceof Tuple t) {
      List<Object> out = new ArrayList<>();
      for (Node item : t.items()) out.add(element(item, env));
      return out;
    }
    if (node instanceof ObjectCons o) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (int k = 0; k < o.keys().size(); k++) {
        Object key = resolve(eval(o.keys().get(k), env));
        if (key instanceof Unknown u) return u;
        out.put(string(key), element(o.values().get(k), env));
      }
      return out;
    }
    if (node instanceof For f) return forExpression(f, env);
    if (node instanceof Call c) return call(c, env);
    throw new EvalError("expression not evaluated");
  }

  /**
   * An element of a tuple or object. An error is the whole constructor's, as in Terraform, so that
   * {@code try([each.value.x], [])} falls back when the attribute is missing.
   */
  private Object element(Node node, Env env) {
    return resolve(eval(node, env));
  }

  private Object variable(String name, Env env) {
    if (env.names().containsKey(name)) return env.names().get(name);
    return switch (name) {
      case "each" -> {
        if (env.each() == Env.NONE) throw new EvalError("each outside for_each");
        yield env.each();
      }
      case "count" -> {
        if (env.count() == Env.NONE) throw new EvalError("count outside count");
        yield Map.of("index", env.count());
      }
      case "path" -> new Unknown("path.* is the machine's folder, not in the plan");
      case "terraform" -> new Unknown("terraform.workspace is not in the plan");
      case "self" -> new Unknown("self is known after apply");
      default -> new Namespace(name);
    };
  }

  private Object getAttr(Object source, String name, Env env) {
    if (source instanceof Namespace ns) {
      return switch (ns.name()) {
        case "var" -> env.module().variable(name);
        case "local" -> env.module().local(name);
        case "module" -> env.module().module(name);
        case "data" -> new Namespace("data." + name);
        case "ephemeral" -> new Unknown("ephemeral values are not in the plan");
        default -> {
          if (ns.name().startsWith("data.")) yield new Unknown(ns.name() + " is read at apply");
          yield env.module().resource(ns.name(), name);
        }
      };
    }
    return attribute(source, name, env);
  }

  private Object attribute(Object source, String name, Env env) {
    Object v = resolve(source);
    if (v instanceof Unknown) return v;
    if (v instanceof Lazy lazy) return lazy.attribute(name);
    if (v instanceof Sym sym) {
      if (!sym.collection()) return sym.attr(name);
      // a type the plan reader does not keep: whether it is counted is not known, take it whole
      if (!PlanReader.MODELLED_TYPES.contains(sym.type()))
        return new Sym(sym.address(), sym.type(), List.of(name), false);
      throw new EvalError(sym.address() + " has count or for_each: index it");
    }
    if (v instanceof Map<?, ?> m) {
      if (!m.containsKey(name)) throw new EvalError("no attribute \"" + name + "\"");
      return m.get(name);
    }
    if (v == null) throw new EvalError("attribute \"" + name + "\" of null");
    throw new EvalError("attribute \"" + name + "\" of a " + typeName(v));
  }

  private Object index(Object source, Object key, Env env) {
    Object v = resolve(source);
    if (v instanceof Unknown) return v;
    if (key instanceof Unknown) return key;
    if (v instanceof Lazy lazy) return lazy.index(key);
    if (v instanceof Sym sym) {
      if (sym.collection()) return env.module().instance(sym, key);
      if (key instanceof String s) return sym.attr(s);
      return new Unknown(sym.address() + " indexed by a number: known after apply");
    }
    if (v instanceof List<?> list) {
      int n = number(key).intValueExact();
      if (n < 0 || n >= list.size()) throw new EvalError("index " + n + " out of range");
      return list.get(n);
    }
    if (v instanceof Map<?, ?> m) {
      String k = string(key);
      if (!m.containsKey(k)) throw new EvalError("no key \"" + k + "\"");
      return m.get(k);
    }
    if (v == null) throw new EvalError("index of null");
    throw new EvalError("index of a " + typeName(v));
  }

  private Object splat(Splat sp, Env env) {
    Object source = resolve(eval(sp.source(), env));
    if (source instanceof Unknown) return source;
    List<Object> items;
    if (source instanceof Sym sym && sym.collection()) {
      items = env.module().instances(sym);
      if (items == null) return new Unknown(sym.address() + " instances are not in the plan");
    } else if (source instanceof List<?> list) {
      items = new ArrayList<>(list);
    } else if (source == null) {
      return List.of();
    } else {
      items = List.of(source);
    }
    List<Object> out = new ArrayList<>();
    for (Object item : items) out.add(resolve(eval(sp.each(), env.with("\u0000splat", item))));
    return out;
  }

  private Object template(Template t, Env env) {
    StringBuilder out = new StringBuilder();
    for (Node part : t.parts()) {
      if (part == null) return new Unknown("template directive not evaluated");
      Object v = resolve(eval(part, env));
      if (v instanceof Unknown) return v;
      if (v instanceof Sym s) return new Unknown(symText(s) + " is known after apply");
      out.append(string(v));
    }
    return out.toString();
  }

  private Object unary(String op, Object v) {
    if (v instanceof Unknown) return v;
    if (v instanceof Sym s) return new Unknown(symText(s) + " is known after apply");
    if (op.equals("!")) return !truth(v);
    return number(v).negate();
  }

  private Object binary(Binary b, Env env) {
    Object left = resolve(eval(b.left(), env));
    String op = b.op();
    if (op.equals("&&") && Boolean.FALSE.equals(left)) return false;
    if (op.equals("||") && Boolean.TRUE.equals(left)) return true;
    Object right = resolve(eval(b.right(), env));
    if (op.equals("==") || op.equals("!=")) {
      if (left instanceof Unknown) return left;
      if (right instanceof Unknown) return right;
      // a resource's attribute is never null once planned: compared with null it is decided
      boolean eq;
      if (left instanceof Sym || right instanceof Sym) {
        if (left != null && right != null)
          return new Unknown("comparison of values known after apply");
        eq = false;
      } else {
        eq = same(left, right);
      }
      return op.equals("==") ? eq : !eq;
    }
    if (left instanceof Unknown) return left;
    if (right instanceof Unknown) return right;
    if (left instanceof Sym || right instanceof Sym)
      return new Unknown("arithmetic on values known after apply");
    return switch (op) {
      case "&&" -> truth(left) && truth(right);
      case "||" -> truth(left) || truth(right);
      case "<" -> number(left).compareTo(number(right)) < 0;
      case ">" -> number(left).compareTo(number(right)) > 0;
      case "<=" -> number(left).compareTo(number(right)) <= 0;
      case ">=" -> number(left).compareTo(number(right)) >= 0;
      case "+" -> number(left).add(number(right));
      case "-" -> number(left).subtract(number(right));
      case "*" -> number(left).multiply(number(right));
      case "/" -> {
        if (number(right).signum() == 0) throw new EvalError("division by zero");
        yield number(left).divide(number(right), java.math.MathContext.DECIMAL64);
      }
      case "%" -> {
        if (number(right).signum() == 0) throw new EvalError("division by zero");
        yield number(left).remainder(number(right));
      }
      default -> throw new EvalError("operator " + op);
    };
  }

  private Object forExpression(For f, Env env) {
    Object collection = resolve(eval(f.collection(), env));
    if (collection instanceof Unknown) return collection;
    if (collection instanceof Sym s && s.collection() && s.attributes().isEmpty())
      collection = instanceCollection(s, env);
    if (collection instanceof Unknown) return collection;
    if (collection instanceof Sym s) return new Unknown(symText(s) + " is known after apply");
    List<Object[]> pairs = new ArrayList<>();
    if (collection instanceof Map<?, ?> m) {
      m.forEach((k, v) -> pairs.add(new Object[] {k, v}));
    } else if (collection instanceof List<?> list) {
      for (int k = 0; k < list.size(); k++)
        pairs.add(new Object[] {BigDecimal.valueOf(k), list.get(k)});
    } else if (collection == null) {
      throw new EvalError("for over null");
    } else {
      throw new EvalError("for over a " + typeName(collection));
    }
    List<Object> tuple = new ArrayList<>();
    Map<String, Object> object = new LinkedHashMap<>();
    for (Object[] pair : pairs) {
      Env inner = env.with(f.valueVar(), pair[1]);
      if (f.keyVar() != null) inner = inner.with(f.keyVar(), pair[0]);
      if (f.cond() != null) {
        Object cond = resolve(eval(f.cond(), inner));
        if (cond instanceof Unknown) return cond;
        if (!truth(cond)) continue;
      }
      Object value = resolve(eval(f.value(), inner));
      if (f.key() == null) {
        tuple.add(value);
      } else {
        Object key = resolve(eval(f.key(), inner));
        if (key instanceof Unknown) return key;
        if (key instanceof Sym s) return new Unknown(symText(s) + " is known after apply");
        String k = string(key);
        if (f.group()) {
          @SuppressWarnings("unchecked")
          List<Object> group = (List<Object>) object.computeIfAbsent(k, x -> new ArrayList<>());
          group.add(value);
        } else {
          if (object.containsKey(k)) throw new EvalError("duplicate key \"" + k + "\"");
          object.put(k, value);
        }
      }
    }
    return f.key() == null ? tuple : object;
  }

  /**
   * A resource with count or for_each taken whole, as Terraform gives it to a for expression: a map
   * from each for_each key to its instance, or a list of the count instances ({@code { for k, tg in
   * aws_lb_target_group.this : k => tg.arn }}).
   */
  private static Object instanceCollection(Sym s, Env env) {
    List<Object> items = env.module().instances(s);
    if (items == null) return new Unknown(s.address() + " instances are not in the plan");
    Map<String, Object> byKey = new LinkedHashMap<>();
    Map<Integer, Object> byIndex = new java.util.TreeMap<>();
    for (Object item : items) {
      String suffix = ((Sym) item).address().substring(s.address().length());
      if (suffix.startsWith("[\"") && suffix.endsWith("\"]")) {
        byKey.put(suffix.substring(2, suffix.length() - 2).replace("\\\"", "\""), item);
      } else if (suffix.matches("\\[\\d+\\]")) {
        byIndex.put(Integer.valueOf(suffix.substring(1, suffix.length() - 1)), item);
      } else {
        return new Unknown(s.address() + " instances are not addressed by key or index");
      }
    }
    if (!byKey.isEmpty() && !byIndex.isEmpty())
      return new Unknown(s.address() + " instances mix keys and indexes");
    return byKey.isEmpty() ? new ArrayList<>(byIndex.values()) : byKey;
  }

  private Object call(Call c, Env env) {
    String name = c.name();
    if (name.equals("try") || name.equals("can")) {
      for (Node arg : c.args()) {
        try {
          Object v = resolve(eval(arg, env));
          if (v instanceof Unknown) return v;
          return name.equals("can") ? Boolean.TRUE : v;
        } catch (EvalError e) {
          if (name.equals("can")) return Boolean.FALSE;
        }
      }
      if (name.equals("can")) return Boolean.FALSE;
      throw new EvalError("no argument of try() could be evaluated");
    }
    List<Object> args = new ArrayList<>();
    for (Node arg : c.args()) args.add(resolve(eval(arg, env)));
    if (c.expandLast() && !args.isEmpty()) {
      Object last = args.remove(args.size() - 1);
      if (last instanceof Unknown) return last;
      args.addAll(list(last));
    }
    return HclFunctions.call(name, args);
  }

  /** Values built lazily (a variable or local read on demand) are resolved here. */
  static Object resolve(Object v) {
    return v;
  }

  static boolean truth(Object v) {
    if (v instanceof Boolean b) return b;
    if (v instanceof String s && (s.equals("true") || s.equals("false"))) return s.equals("true");
    throw new EvalError("a bool is required, not " + typeName(v));
  }

  static BigDecimal number(Object v) {
    if (v instanceof BigDecimal n) return n;
    if (v instanceof Number n) return new BigDecimal(n.toString());
    if (v instanceof String s) {
      try {
        return new BigDecimal(s.trim());
      } catch (NumberFormatException e) {
        throw new EvalError("\"" + s + "\" is not a number");
      }
    }
    throw new EvalError("a number is required, not " + typeName(v));
  }

  static String string(Object v) {
    if (v instanceof String s) return s;
    if (v instanceof BigDecimal n) return n.stripTrailingZeros().toPlainString();
    if (v instanceof Boolean b) return b.toString();
    throw new EvalError("a string is required, not " + typeName(v));
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object v) {
    if (v instanceof List<?> l) return (List<Object>) l;
    if (v instanceof Map<?, ?> m) return new ArrayList<>(m.values());
    throw new EvalError("a list is required, not " + typeName(v));
  }

  static boolean same(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) return x.compareTo(y) == 0;
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) return false;
      for (int k = 0; k < x.size(); k++) if (!same(x.get(k), y.get(k))) return false;
      return true;
    }
    return Objects.equals(a, b);
  }

  static String typeName(Object v) {
    if (v == null) return "null";
    if (v instanceof Lazy) return "module";
    if (v instanceof Boolean) return "bool";
    if (v instanceof BigDecimal) return "number";
    if (v instanceof String) return "string";
    if (v instanceof List) return "list";
    if (v instanceof Map) return "object";
    if (v instanceof Sym) return "resource value";
    return "value";
  }

  static String symText(Sym s) {
    StringBuilder out = new StringBuilder(s.address());
    for (String a : s.attributes()) out.append('.').append(a);
    return out.toString();
  }

  /** The distinct elements, in order. */
  static List<Object> distinct(Collection<Object> items) {
    Set<Object> seen = new LinkedHashSet<>(items);
    return new ArrayList<>(seen);
  }
}
