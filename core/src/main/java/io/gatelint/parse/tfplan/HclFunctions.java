/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import static io.gatelint.parse.tfplan.HclEvaluator.list;
import static io.gatelint.parse.tfplan.HclEvaluator.number;
import static io.gatelint.parse.tfplan.HclEvaluator.string;

import io.gatelint.parse.tfplan.HclEvaluator.EvalError;
import io.gatelint.parse.tfplan.HclEvaluator.Sym;
import io.gatelint.parse.tfplan.HclEvaluator.Unknown;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Terraform functions module code uses to pick and combine values, as documented at
 * https://developer.hashicorp.com/terraform/language/functions. A function not listed here gives an
 * unknown value naming it; an unknown argument gives an unknown result unless the function decides
 * without it.
 */
final class HclFunctions {

  private HclFunctions() {}

  static Object call(String name, List<Object> args) {
    try {
      return apply(name, args);
    } catch (UnknownText e) {
      return new Unknown(e.getMessage());
    }
  }

  private static Object apply(String name, List<Object> args) {
    switch (name) {
      case "coalesce" -> {
        for (Object a : args) {
          if (a instanceof Unknown) return a;
          if (a != null && !"".equals(a)) return a;
        }
        throw new EvalError("coalesce: no non-null argument");
      }
      case "coalescelist" -> {
        for (Object a : args) {
          if (a instanceof Unknown) return a;
          if (a != null && !list(a).isEmpty()) return a;
        }
        throw new EvalError("coalescelist: no non-empty argument");
      }
      case "tostring",
          "tonumber",
          "tobool",
          "tolist",
          "toset",
          "tomap",
          "sensitive",
          "nonsensitive" -> {
        need(name, args, 1);
        Object a = args.get(0);
        if (a instanceof Unknown || a == null) return a;
        return switch (name) {
          case "tostring" -> a instanceof Sym ? a : string(a);
          case "tonumber" -> number(a);
          case "tobool" -> HclEvaluator.truth(a);
          case "toset" -> HclEvaluator.distinct(list(a));
          case "tolist" -> list(a);
          default -> a;
        };
      }
      default -> {
        // every other function needs all its arguments known
      }
    }
    for (Object a : args) {
      if (a instanceof Unknown) return a;
    }
    switch (name) {
      case "concat" -> {
        List<Object> out = new ArrayList<>();
        for (Object a : args) out.addAll(list(a));
        return out;
      }
      case "one" -> {
        need(name, args, 1);
        if (args.get(0) == null) return null;
        List<Object> l = list(args.get(0));
        if (l.size() > 1) throw new EvalError("one: more than one element");
        return l.isEmpty() ? null : l.get(0);
      }
      case "element" -> {
        need(name, args, 2);
        List<Object> l = list(args.get(0));
        if (l.isEmpty()) throw new EvalError("element of an empty list");
        int n = number(args.get(1)).intValueExact();
        return l.get(Math.floorMod(n, l.size()));
      }
      case "lookup" -> {
        if (args.size() < 2) throw new EvalError("lookup needs a map and a key");
        Object m = args.get(0);
        String key = string(args.get(1));
        if (m instanceof Map<?, ?> map && map.containsKey(key)) return map.get(key);
        if (!(m instanceof Map) && m != null)
          throw new EvalError("lookup on a " + HclEvaluator.typeName(m));
        if (args.size() > 2) return args.get(2);
        throw new EvalError("lookup: no key \"" + key + "\"");
      }
      case "length" -> {
        need(name, args, 1);
        Object a = args.get(0);
        if (a instanceof String s) return BigDecimal.valueOf(s.codePointCount(0, s.length()));
        if (a instanceof Map<?, ?> m) return BigDecimal.valueOf(m.size());
        return BigDecimal.valueOf(list(a).size());
      }
      case "keys" -> {
        need(name, args, 1);
        if (!(args.get(0) instanceof Map<?, ?> m)) throw new EvalError("keys of a non-map");
        List<Object> out = new ArrayList<>();
        m.keySet().stream().map(String::valueOf).sorted().forEach(out::add);
        return out;
      }
      case "values" -> {
        need(name, args, 1);
        if (!(args.get(0) instanceof Map<?, ?> m)) throw new EvalError("values of a non-map");
        Map<String, Object> sorted = new java.util.TreeMap<>();
        m.forEach((k, v) -> sorted.put(String.valueOf(k), v));
        return new ArrayList<>(sorted.values());
      }
      case "merge" -> {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Object a : args) {
          if (a == null) continue;
          if (!(a instanceof Map<?, ?> m)) throw new EvalError("merge of a non-map");
          m.forEach((k, v) -> out.put(String.valueOf(k), v));
        }
        return out;
      }
      case "flatten" -> {
        need(name, args, 1);
        List<Object> out = new ArrayList<>();
        flatten(list(args.get(0)), out);
        return out;
      }
      case "compact" -> {
        need(name, args, 1);
        List<Object> out = new ArrayList<>();
        for (Object a : list(args.get(0))) {
          if (a instanceof Unknown) return a;
          if (a != null && !"".equals(a)) out.add(a);
        }
        return out;
      }
      case "distinct" -> {
        need(name, args, 1);
        return HclEvaluator.distinct(list(args.get(0)));
      }
      case "contains" -> {
        need(name, args, 2);
        for (Object a : list(args.get(0))) {
          if (a instanceof Sym || args.get(1) instanceof Sym)
            return new Unknown("contains() over values known after apply");
          if (HclEvaluator.same(a, args.get(1))) return true;
        }
        return false;
      }
      case "zipmap" -> {
        need(name, args, 2);
        List<Object> k = list(args.get(0));
        List<Object> v = list(args.get(1));
        if (k.size() != v.size()) throw new EvalError("zipmap: lengths differ");
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < k.size(); i++) out.put(string(k.get(i)), v.get(i));
        return out;
      }
      case "range" -> {
        if (args.isEmpty() || args.size() > 3) throw new EvalError("range: 1 to 3 arguments");
        BigDecimal start = args.size() == 1 ? BigDecimal.ZERO : number(args.get(0));
        BigDecimal end = number(args.get(args.size() == 1 ? 0 : 1));
        BigDecimal step = args.size() == 3 ? number(args.get(2)) : BigDecimal.ONE;
        if (step.signum() == 0) throw new EvalError("range: step 0");
        List<Object> out = new ArrayList<>();
        for (BigDecimal x = start;
            step.signum() > 0 ? x.compareTo(end) < 0 : x.compareTo(end) > 0;
            x = x.add(step)) {
          out.add(x);
          if (out.size() > 1024) throw new EvalError("range too long");
        }
        return out;
      }
      case "max", "min" -> {
        if (args.isEmpty()) throw new EvalError(name + ": no argument");
        BigDecimal best = number(args.get(0));
        for (Object a : args) {
          BigDecimal n = number(a);
          if (name.equals("max") ? n.compareTo(best) > 0 : n.compareTo(best) < 0) best = n;
        }
        return best;
      }
      case "format" -> {
        if (args.isEmpty()) throw new EvalError("format: no format");
        return format(string(args.get(0)), args.subList(1, args.size()));
      }
      case "join" -> {
        need(name, args, 2);
        List<String> parts = new ArrayList<>();
        for (Object a : list(args.get(1))) parts.add(text(a));
        return String.join(string(args.get(0)), parts);
      }
      case "split" -> {
        need(name, args, 2);
        List<Object> out = new ArrayList<>();
        for (String p :
            string(args.get(1)).split(java.util.regex.Pattern.quote(string(args.get(0))), -1))
          out.add(p);
        return out;
      }
      case "lower" -> {
        need(name, args, 1);
        return text(args.get(0)).toLowerCase(Locale.ROOT);
      }
      case "upper" -> {
        need(name, args, 1);
        return text(args.get(0)).toUpperCase(Locale.ROOT);
      }
      case "trimspace" -> {
        need(name, args, 1);
        return text(args.get(0)).strip();
      }
      case "startswith", "endswith" -> {
        need(name, args, 2);
        String s = text(args.get(0));
        String p = text(args.get(1));
        return name.equals("startswith") ? s.startsWith(p) : s.endsWith(p);
      }
      case "substr" -> {
        need(name, args, 3);
        String s = text(args.get(0));
        int offset = number(args.get(1)).intValueExact();
        int length = number(args.get(2)).intValueExact();
        if (offset < 0) offset = Math.max(0, s.length() + offset);
        offset = Math.min(offset, s.length());
        int end = length < 0 ? s.length() : Math.min(s.length(), offset + length);
        return s.substring(offset, end);
      }
      case "replace" -> {
        need(name, args, 3);
        String search = text(args.get(1));
        if (search.length() > 1 && search.startsWith("/") && search.endsWith("/"))
          return new Unknown("replace() with a regular expression not evaluated");
        return text(args.get(0)).replace(search, text(args.get(2)));
      }
      case "abs" -> {
        need(name, args, 1);
        return number(args.get(0)).abs();
      }
      default -> {
        return new Unknown("function " + name + "() not evaluated");
      }
    }
  }

  private static void need(String name, List<Object> args, int n) {
    if (args.size() != n) throw new EvalError(name + "() takes " + n + " argument(s)");
  }

  private static String text(Object v) {
    if (v instanceof Sym s) throw new UnknownText(HclEvaluator.symText(s));
    if (v == null) throw new EvalError("a string is required, not null");
    return string(v);
  }

  /** A resource value used as text: known only after apply. */
  static final class UnknownText extends EvalError {
    private static final long serialVersionUID = 1L;

    UnknownText(String what) {
      super(what + " is known after apply");
    }
  }

  private static void flatten(List<Object> items, List<Object> out) {
    for (Object a : items) {
      if (a instanceof List<?> l) {
        @SuppressWarnings("unchecked")
        List<Object> inner = (List<Object>) l;
        flatten(inner, out);
      } else {
        out.add(a);
      }
    }
  }

  /** {@code format} with the verbs module code uses: %s, %d, %v, %q and %%. */
  private static Object format(String spec, List<Object> args) {
    StringBuilder out = new StringBuilder();
    int next = 0;
    for (int i = 0; i < spec.length(); i++) {
      char c = spec.charAt(i);
      if (c != '%') {
        out.append(c);
        continue;
      }
      if (i + 1 >= spec.length()) throw new EvalError("format: lone %");
      char verb = spec.charAt(++i);
      if (verb == '%') {
        out.append('%');
        continue;
      }
      if (next >= args.size()) throw new EvalError("format: too few arguments");
      Object a = args.get(next++);
      switch (verb) {
        case 's', 'v' -> out.append(text(a));
        case 'd' -> out.append(number(a).toBigInteger());
        case 'q' -> out.append('"').append(text(a)).append('"');
        default -> {
          return new Unknown("format verb %" + verb + " not evaluated");
        }
      }
    }
    return out.toString();
  }
}
