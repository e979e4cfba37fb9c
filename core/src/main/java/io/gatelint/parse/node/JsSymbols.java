/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.node;

import static io.gatelint.parse.node.JsFile.arguments;
import static io.gatelint.parse.node.JsFile.field;
import static io.gatelint.parse.node.JsFile.is;
import static io.gatelint.parse.node.JsFile.namedChildren;
import static io.gatelint.parse.node.JsFile.present;
import static io.gatelint.parse.node.JsFile.unwrap;

import io.gatelint.parse.FileBudget;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * The symbol table of one JavaScript or TypeScript file, built in one walk and shared by the
 * server, constant and handler scanners: function declarations, {@code const}/{@code let}/{@code
 * var} bindings, the modules imported or required under each local name, and the properties of
 * object literals.
 *
 * <p>Bindings are file-wide by name: a name declared more than once, or assigned after its
 * declaration, is not trusted, so its initializer is not followed.
 */
final class JsSymbols {

  private static final int MAX_DEPTH = 40;

  private final JsFile file;

  /** function and generator declarations by name */
  private final Map<String, TSNode> functions = new HashMap<>();

  /** name → initializer; a null value marks a name that cannot be trusted */
  private final Map<String, TSNode> bindings = new HashMap<>();

  /** local name → module, or module#export for a named import */
  private final Map<String, String> modules = new HashMap<>();

  /** declarations seen, against {@link FileBudget#MAX_DECLARATIONS} */
  private int declarations;

  JsSymbols(JsFile file) {
    this.file = file;
    Set<String> reassigned = new HashSet<>();
    JsFile.walk(
        file.root(),
        n -> {
          switch (n.getType()) {
            case "function_declaration", "generator_function_declaration" -> {
              declared();
              TSNode name = field(n, "name");
              if (name != null) functions.put(file.text(name), n);
            }
            case "import_statement" -> {
              declared();
              importStatement(n);
            }
            case "variable_declarator" -> {
              declared();
              TSNode name = field(n, "name");
              TSNode value = field(n, "value");
              if (is(name, "identifier")) {
                String id = file.text(name);
                bindings.put(id, bindings.containsKey(id) || value == null ? null : value);
              }
              requireBinding(n);
            }
            case "assignment_expression", "augmented_assignment_expression" -> {
              TSNode left = unwrap(field(n, "left"));
              if (is(left, "identifier")) reassigned.add(file.text(left));
            }
            case "update_expression" -> {
              TSNode arg = unwrap(field(n, "argument"));
              if (is(arg, "identifier")) reassigned.add(file.text(arg));
            }
            default -> {}
          }
        });
    for (String name : reassigned) bindings.put(name, null);
  }

  /** Counts one declaration; the walk stops at the budget, before the rest of the tree is seen. */
  private void declared() {
    if (++declarations > FileBudget.MAX_DECLARATIONS) {
      throw new FileBudget.Exceeded(
          "the file declares more than "
              + FileBudget.MAX_DECLARATIONS
              + " functions, bindings and imports (generated code, not a server); it is not"
              + " linted");
    }
  }

  // ---- functions and bindings

  /** The function or generator declared under the name, or null. */
  TSNode function(String name) {
    return functions.get(name);
  }

  /** The initializer of a trusted binding, or null. */
  TSNode binding(String name) {
    return bindings.get(name);
  }

  /** True when the file declares the name with const, let or var (trusted or not). */
  boolean declares(String name) {
    return bindings.containsKey(name);
  }

  /** The expression a node stands for: identifiers and constant object properties followed. */
  TSNode resolve(TSNode node) {
    TSNode n = unwrap(node);
    for (int depth = 0; depth < MAX_DEPTH && present(n); depth++) {
      if (is(n, "identifier")) {
        TSNode init = bindings.get(file.text(n));
        if (init == null) return n;
        n = unwrap(init);
      } else if (is(n, "member_expression") || is(n, "subscript_expression")) {
        String prop = file.memberName(n);
        TSNode obj = resolve(file.memberObject(n));
        TSNode value = prop == null ? null : property(obj, prop);
        if (value == null) return n;
        n = unwrap(value);
      } else {
        return n;
      }
    }
    return n;
  }

  /** The value of a property of an object literal; shorthand {@code { a }} gives the identifier. */
  TSNode property(TSNode object, String name) {
    if (!is(object, "object")) return null;
    TSNode found = null;
    for (TSNode c : namedChildren(object)) {
      if (is(c, "pair") && name.equals(file.pairKey(c))) found = field(c, "value");
      else if (is(c, "shorthand_property_identifier") && name.equals(file.text(c))) found = c;
    }
    return found;
  }

  // ---- modules

  /**
   * The module (or module#export) an expression names: {@code express}, {@code http.createServer},
   * {@code require('x')}; an unresolved {@code name.prop} reads as itself ({@code
   * NestFactory.create}).
   */
  String moduleOf(TSNode raw) {
    TSNode n = unwrap(raw);
    if (is(n, "identifier")) return modules.get(file.text(n));
    if (is(n, "call_expression")) return requiredModule(n);
    if (is(n, "member_expression")) {
      String base = moduleOf(file.memberObject(n));
      String prop = file.memberName(n);
      if (base == null || prop == null) {
        return is(unwrap(file.memberObject(n)), "identifier") && prop != null
            ? file.text(unwrap(file.memberObject(n))) + "." + prop
            : null;
      }
      return prop.equals("default")
          ? base
          : (base.contains("#") ? base + "." + prop : base + "#" + prop);
    }
    return null;
  }

  private void importStatement(TSNode n) {
    String module = normalizeModule(file.stringLiteral(field(n, "source")));
    if (module == null) return;
    for (TSNode c : namedChildren(n)) {
      if (!is(c, "import_clause")) continue;
      for (TSNode part : namedChildren(c)) {
        if (is(part, "identifier")) modules.put(file.text(part), module);
        else if (is(part, "namespace_import")) {
          for (TSNode id : namedChildren(part))
            if (is(id, "identifier")) modules.put(file.text(id), module);
        } else if (is(part, "named_imports")) {
          for (TSNode spec : namedChildren(part)) {
            if (!is(spec, "import_specifier")) continue;
            TSNode name = field(spec, "name");
            TSNode alias = field(spec, "alias");
            if (name == null) continue;
            String imported = file.text(name);
            modules.put(
                file.text(alias != null ? alias : name),
                imported.equals("default") ? module : module + "#" + imported);
          }
        }
      }
    }
  }

  /** {@code const x = require('m')}, {@code const { a, b: c } = require('m')}. */
  private void requireBinding(TSNode n) {
    TSNode value = unwrap(field(n, "value"));
    String module = requiredModule(value);
    if (module == null && is(value, "member_expression")) {
      // require('fastify').default, require('express').Router
      String inner = requiredModule(unwrap(file.memberObject(value)));
      String prop = file.memberName(value);
      if (inner != null && prop != null)
        module = prop.equals("default") ? inner : inner + "#" + prop;
    }
    if (module == null) return;
    TSNode name = field(n, "name");
    if (is(name, "identifier")) {
      modules.put(file.text(name), module);
    } else if (is(name, "object_pattern")) {
      for (TSNode p : namedChildren(name)) {
        if (is(p, "shorthand_property_identifier_pattern")) {
          modules.put(file.text(p), module + "#" + file.text(p));
        } else if (is(p, "pair_pattern")) {
          TSNode key = field(p, "key");
          TSNode val = field(p, "value");
          if (key != null && is(val, "identifier"))
            modules.put(file.text(val), module + "#" + file.text(key));
        }
      }
    }
  }

  private String requiredModule(TSNode n) {
    if (!is(n, "call_expression")) return null;
    TSNode fn = field(n, "function");
    if (!is(fn, "identifier") || !file.text(fn).equals("require")) return null;
    List<TSNode> args = arguments(n);
    return args.isEmpty() ? null : normalizeModule(file.stringLiteral(args.get(0)));
  }

  private static String normalizeModule(String m) {
    if (m == null) return null;
    return m.startsWith("node:") ? m.substring(5) : m;
  }
}
