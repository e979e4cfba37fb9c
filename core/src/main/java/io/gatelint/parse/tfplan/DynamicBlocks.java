/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import io.gatelint.model.Location;
import io.gatelint.model.Value;
import io.gatelint.parse.tfplan.HclEvaluator.Env;
import io.gatelint.parse.tfplan.HclEvaluator.Sym;
import io.gatelint.parse.tfplan.HclEvaluator.Unknown;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Nested blocks as the {@code .tf} source writes them for one resource instance: static blocks as
 * they are, {@code dynamic} blocks expanded over their {@code for_each} with the iterator bound
 * (https://developer.hashicorp.com/terraform/language/expressions/dynamic-blocks). The plan's
 * {@code configuration} leaves dynamic blocks out, so what they reference is read here.
 */
final class DynamicBlocks {

  private DynamicBlocks() {}

  /** A block's body and the environment its expressions are evaluated in. */
  record Expanded(TfBlock body, Env env) {}

  /**
   * The blocks of a type inside a container, in source order; null when a {@code for_each} cannot
   * be evaluated.
   */
  static List<Expanded> expand(
      PlanExpressions expressions, TfBlock container, Env env, String type) {
    List<Expanded> out = new ArrayList<>();
    for (TfBlock b : container.blocks) {
      if (b.type.equals(type)) {
        out.add(new Expanded(b, env));
        continue;
      }
      if (!b.type.equals("dynamic") || !b.labels.equals(List.of(type))) continue;
      TfBlock.TfAttribute forEach = b.attributes.get("for_each");
      List<TfBlock> content = b.blocks("content");
      if (forEach == null || content.isEmpty()) return null;
      Object iteratorName =
          b.attributes.containsKey("iterator") ? b.attributes.get("iterator").text().trim() : type;
      Object collection = expressions.evaluate(forEach.text(), env);
      List<Object[]> pairs = new ArrayList<>();
      if (collection instanceof Map<?, ?> m) {
        m.forEach((k, v) -> pairs.add(new Object[] {k, v}));
      } else if (collection instanceof List<?> l) {
        for (int i = 0; i < l.size(); i++)
          pairs.add(new Object[] {BigDecimal.valueOf(i), l.get(i)});
      } else if (collection != null) {
        return null;
      }
      for (Object[] pair : pairs) {
        Map<String, Object> iterator = new LinkedHashMap<>();
        iterator.put("key", pair[0]);
        iterator.put("value", pair[1]);
        out.add(new Expanded(content.get(0), env.with(String.valueOf(iteratorName), iterator)));
      }
    }
    return out;
  }

  /**
   * The target groups a listener's or rule's actions forward to, read from the source when it
   * writes the actions with {@code dynamic} blocks: {@code forward { target_group { arn } }}, else
   * {@code target_group_arn}. Null when no dynamic block writes them or they cannot be expanded.
   */
  static List<Value<Object>> forwards(ResourceView v, String actions) {
    TfBlock block = v.block();
    if (block == null || v.env() == null || !block.hasDynamic(actions)) return null;
    PlanExpressions x = v.expressions();
    List<Expanded> expanded = expand(x, block, v.env(), actions);
    if (expanded == null) return null;
    List<Value<Object>> out = new ArrayList<>();
    for (Expanded action : expanded) {
      boolean viaForward = false;
      List<Expanded> forwards = expand(x, action.body(), action.env(), "forward");
      if (forwards == null) return null;
      for (Expanded forward : forwards) {
        List<Expanded> groups = expand(x, forward.body(), forward.env(), "target_group");
        if (groups == null) return null;
        for (Expanded group : groups) {
          Value<Object> arn = value(v, group, "arn", actions);
          if (arn != null) {
            out.add(arn);
            viaForward = true;
          }
        }
      }
      if (!viaForward) {
        Value<Object> arn = value(v, action, "target_group_arn", actions);
        if (arn != null) out.add(arn);
      }
    }
    return out;
  }

  private static Value<Object> value(ResourceView v, Expanded in, String name, String actions) {
    TfBlock.TfAttribute attribute = in.body().attributes.get(name);
    if (attribute == null) return null;
    Location at = v.written(attribute.line(), attribute.column(), new Object[] {actions});
    Object value = v.expressions().evaluate(attribute.text(), in.env());
    if (value == null) return null;
    if (value instanceof Sym sym) {
      Value<Object> ref = v.symRef(sym, at);
      return ref != null
          ? ref
          : Value.unknown(at, HclEvaluator.symText(sym) + " names no one instance");
    }
    if (value instanceof Unknown u) return Value.unknown(at, u.reason());
    if (value instanceof String s) return s.isEmpty() ? null : Value.explicit(s, at);
    return Value.unknown(at, "not a target group ARN: " + HclEvaluator.typeName(value));
  }
}
