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

import io.gatelint.model.LambdaHandler;
import io.gatelint.model.LambdaResponse;
import io.gatelint.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.treesitter.TSNode;

/**
 * Finds the Lambda handlers a file exports and the values they return. An exported function is a
 * handler when its export name contains "handler" or its first parameter is named {@code event}:
 * {@code exports.handler = …}, {@code module.exports.handler = …}, {@code module.exports = {
 * handler }}, {@code export const handler = …}, {@code export async function handler}, {@code
 * export { fn as handler }}. A wrapper call ({@code middy(fn)}) is followed to its first function
 * argument.
 */
final class HandlerScanner {

  private final JsFile file;
  private final JsSymbols symbols;
  private final ConstantFolder folder;

  /** export name → function node, in the order the file exports them */
  private final Map<String, TSNode> exported = new LinkedHashMap<>();

  HandlerScanner(JsFile file, JsSymbols symbols, ConstantFolder folder) {
    this.file = file;
    this.symbols = symbols;
    this.folder = folder;
  }

  List<LambdaHandler> scan() {
    for (TSNode top : namedChildren(file.root())) {
      if (is(top, "expression_statement"))
        commonJs(unwrap(namedChildren(top).isEmpty() ? null : namedChildren(top).get(0)));
      if (is(top, "export_statement")) esm(top);
    }
    List<LambdaHandler> out = new ArrayList<>();
    exported.forEach(
        (name, fn) -> {
          if (!looksLikeHandler(name, fn)) return;
          LambdaHandler h = new LambdaHandler();
          h.setId(file.relativePath() + "#" + name);
          h.setSourceType("node lambda handler");
          h.setScope(file.relativePath());
          h.setLocation(file.location(fn));
          h.setExportName(name);
          h.setFile(file.relativePath());
          h.setResponses(responses(fn));
          out.add(h);
        });
    return out;
  }

  private boolean looksLikeHandler(String name, TSNode fn) {
    if (name.toLowerCase(Locale.ROOT).contains("handler")) return true;
    TSNode params = field(fn, "parameters");
    if (params == null) params = field(fn, "parameter");
    List<TSNode> ps =
        is(params, "formal_parameters")
            ? namedChildren(params)
            : params == null ? List.of() : List.of(params);
    if (ps.isEmpty()) return false;
    String first = file.text(ps.get(0)).replaceAll("[:?].*", "").trim();
    return first.equals("event") || first.equals("evt");
  }

  private void commonJs(TSNode expr) {
    if (!is(expr, "assignment_expression")) return;
    TSNode left = unwrap(field(expr, "left"));
    TSNode right = field(expr, "right");
    String target = file.text(left).replaceAll("\\s", "");
    if (target.equals("module.exports") || target.equals("exports")) {
      TSNode obj = unwrap(right);
      if (!is(obj, "object")) return;
      for (TSNode c : namedChildren(obj)) {
        if (is(c, "pair")) {
          String key = file.pairKey(c);
          if (key != null) export(key, field(c, "value"));
        } else if (is(c, "shorthand_property_identifier")) {
          export(file.text(c), c);
        } else if (is(c, "method_definition")) {
          TSNode name = field(c, "name");
          if (name != null) export(file.text(name), c);
        }
      }
      return;
    }
    if (is(left, "member_expression") || is(left, "subscript_expression")) {
      String owner = file.text(file.memberObject(left)).replaceAll("\\s", "");
      String name = file.memberName(left);
      if (name != null && (owner.equals("exports") || owner.equals("module.exports")))
        export(name, right);
    }
  }

  private void esm(TSNode export) {
    TSNode decl = field(export, "declaration");
    if (decl != null) {
      if (is(decl, "function_declaration") || is(decl, "generator_function_declaration")) {
        TSNode name = field(decl, "name");
        if (name != null) export(file.text(name), decl);
      } else if (is(decl, "lexical_declaration") || is(decl, "variable_declaration")) {
        for (TSNode d : namedChildren(decl)) {
          if (!is(d, "variable_declarator")) continue;
          TSNode name = field(d, "name");
          if (is(name, "identifier")) export(file.text(name), field(d, "value"));
        }
      }
      return;
    }
    for (TSNode c : namedChildren(export)) {
      if (!is(c, "export_clause")) continue;
      for (TSNode spec : namedChildren(c)) {
        if (!is(spec, "export_specifier")) continue;
        TSNode name = field(spec, "name");
        TSNode alias = field(spec, "alias");
        if (name != null) export(file.text(alias != null ? alias : name), name);
      }
    }
  }

  private void export(String name, TSNode value) {
    TSNode fn = functionOf(value, 0);
    if (fn != null) exported.put(name, fn);
  }

  private TSNode functionOf(TSNode raw, int depth) {
    TSNode n = unwrap(raw);
    if (!present(n) || depth > 10) return null;
    if (JsFile.isFunction(n)) return n;
    if (is(n, "identifier") || is(n, "shorthand_property_identifier")) {
      String name = file.text(n);
      // only plain function declarations are followed by name, not generators
      TSNode declared = symbols.function(name);
      if (is(declared, "function_declaration")) return declared;
      TSNode init = symbols.binding(name);
      return init == null ? null : functionOf(init, depth + 1);
    }
    if (is(n, "call_expression")) {
      for (TSNode arg : arguments(n)) {
        TSNode fn = functionOf(arg, depth + 1);
        if (fn != null) return fn;
      }
      return null;
    }
    return null;
  }

  // ---- returned values ----

  private List<LambdaResponse> responses(TSNode fn) {
    List<LambdaResponse> out = new ArrayList<>();
    TSNode body = field(fn, "body");
    if (body == null) return out;
    if (!is(body, "statement_block")) {
      returned(body, out);
      return out;
    }
    collectReturns(body, out);
    return out;
  }

  private void collectReturns(TSNode node, List<LambdaResponse> out) {
    for (int i = 0; i < node.getNamedChildCount(); i++) {
      TSNode c = node.getNamedChild(i);
      if (JsFile.isFunction(c) || is(c, "class_declaration") || is(c, "class")) continue;
      if (is(c, "return_statement")) {
        List<TSNode> value = namedChildren(c);
        if (!value.isEmpty()) returned(value.get(0), out);
        continue;
      }
      collectReturns(c, out);
    }
  }

  private void returned(TSNode raw, List<LambdaResponse> out) {
    TSNode n = unwrap(raw);
    if (!present(n)) return;
    if (is(n, "ternary_expression")) {
      returned(field(n, "consequence"), out);
      returned(field(n, "alternative"), out);
      return;
    }
    TSNode obj = is(n, "identifier") ? symbols.resolve(n) : n;
    LambdaResponse r = new LambdaResponse();
    if (is(obj, "object")) {
      r.setLocation(file.location(obj));
      boolean spread = false;
      TSNode status = null;
      for (TSNode c : namedChildren(obj)) {
        if (is(c, "spread_element")) spread = true;
        else if (is(c, "pair") && "statusCode".equals(file.pairKey(c))) status = field(c, "value");
        else if (is(c, "shorthand_property_identifier") && file.text(c).equals("statusCode"))
          status = c;
      }
      r.setHasStatusCode(status != null);
      r.setLiteral(status != null || !spread);
      r.setStatusCode(
          status == null
              ? Value.unknown(
                  file.location(obj),
                  spread ? "statusCode may come from a spread" : "no statusCode property")
              : folder.fold(
                  status,
                  is(status, "pair")
                      ? file.location(status)
                      : file.location(
                          is(status.getParent(), "pair") ? status.getParent() : status)));
    } else if (is(n, "string")
        || is(n, "template_string")
        || is(n, "number")
        || is(n, "true")
        || is(n, "false")
        || is(n, "null")
        || is(n, "array")) {
      // not an object: the load balancer cannot read a status code from it
      r.setLocation(file.location(n));
      r.setLiteral(true);
      r.setHasStatusCode(false);
      r.setStatusCode(
          Value.unknown(
              file.location(n), "the handler returns " + file.snippet(n) + ", not an object"));
    } else {
      r.setLocation(file.location(n));
      r.setLiteral(false);
      r.setHasStatusCode(false);
      r.setStatusCode(
          Value.unknown(
              file.location(n), "returns " + file.snippet(n) + ", not an object literal"));
    }
    out.add(r);
  }
}
