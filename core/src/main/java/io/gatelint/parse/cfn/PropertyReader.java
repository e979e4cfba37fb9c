/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.cfn;

import io.gatelint.model.Ignore;
import io.gatelint.model.Location;
import io.gatelint.model.Resource;
import io.gatelint.model.Value;
import io.gatelint.model.defaults.PlatformDefault;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the properties of one resource under one choice of condition outcomes, for every mapper:
 * values with their origin, platform defaults for what is left out, attribute lists, and the
 * identity every model object of the resource gets.
 */
final class PropertyReader {

  private final Template template;
  private final Resolver resolver;
  private final String variant;
  private final List<Ignore> ignores;

  PropertyReader(Template template, Resolver resolver, String variant, List<Ignore> ignores) {
    this.template = template;
    this.resolver = resolver;
    this.variant = variant;
    this.ignores = ignores;
  }

  Template template() {
    return template;
  }

  Resolver resolver() {
    return resolver;
  }

  String variant() {
    return variant;
  }

  <R extends Resource> R init(R r, String id, String type, Location at) {
    r.setId(id);
    r.setSourceType(type);
    r.setLocation(at);
    r.setScope(template.file());
    r.setVariant(variant);
    r.getIgnores().addAll(ignores);
    return r;
  }

  /**
   * Where a property's key is written (where a missing setting would be added), else the fallback.
   */
  static Location keyLocation(Node.MapNode p, String key, Location fallback) {
    Node.Entry e = p.entries().get(key);
    return e != null ? e.keyLocation() : fallback;
  }

  /** A property's value; unknown (with the resource's location) when the property is absent. */
  Value<Object> value(Node.MapNode p, String key, Location at) {
    return nullToUnknown(
        resolver.value(p.get(key)),
        p.get(key) != null ? p.get(key).location() : at,
        key + " is not set");
  }

  @SuppressWarnings("unchecked")
  Value<String> text(Node.MapNode p, String key, Location at) {
    Value<Object> v = value(p, key, at);
    return (Value<String>) (Value<?>) (v.isKnown() ? Value.of(v.text(), v.origin()) : v);
  }

  @SuppressWarnings("unchecked")
  Value<String> textOr(Node.MapNode p, String key, String fallback, Location at, String note) {
    Value<Object> v = valueOr(p, key, fallback, at, note);
    return (Value<String>) (Value<?>) (v.isKnown() ? Value.of(v.text(), v.origin()) : v);
  }

  /** A property's value, or the row's default when the property is absent (not when unknown). */
  Value<Object> valueOr(Node.MapNode p, String key, PlatformDefault row, Location at) {
    return valueOr(p, key, row.value(), at, row.note());
  }

  Value<String> textOr(Node.MapNode p, String key, PlatformDefault row, Location at) {
    return textOr(p, key, (String) row.value(), at, row.note());
  }

  /** An attribute's value, or the row's default when the attribute list is read and lacks it. */
  static Value<Object> attr(Attributes attrs, String key, PlatformDefault row, Location at) {
    return attr(attrs, key, row.value(), at, row.note());
  }

  /** A property's value, or the platform default when the property is absent (not when unknown). */
  Value<Object> valueOr(Node.MapNode p, String key, Object fallback, Location at, String note) {
    Node n = p.get(key);
    Value<Object> v = resolver.value(n);
    if (v != null) return v;
    return Value.byDefault(fallback, at, note);
  }

  static Value<Object> nullToUnknown(Value<Object> v, Location at, String why) {
    return v != null ? v : Value.unknown(at, why);
  }

  List<Value<Object>> values(Node node) {
    List<Value<Object>> out = new ArrayList<>();
    if (node == null) return out;
    if (!resolver.isList(node)) {
      // a list parameter, an import, a branch not expanded: what the list holds is not known here
      if (resolver.isUnknownList(node))
        out.add(Value.unknown(node.location(), "list computed at deploy time"));
      return out;
    }
    for (Node item : resolver.items(node)) {
      Value<Object> v = resolver.value(item);
      if (v != null) out.add(v);
    }
    return out;
  }

  /**
   * An attribute list read under one variant: the attributes found by key, and why the others are
   * not known to take their defaults (null when the list is fully readable).
   */
  record Attributes(Map<String, Value<Object>> known, String unreadable, Location at) {}

  /**
   * {@code [{Key: k, Value: v}, …]} attribute lists (load balancer and target group attributes).
   * When the list or any item's key cannot be resolved, an attribute not found may be the one set,
   * so it is unknown rather than its default.
   */
  Attributes keyValues(Node node, Location at) {
    Map<String, Value<Object>> out = new LinkedHashMap<>();
    String unreadable = null;
    if (resolver.isUnknownList(node)) {
      unreadable = "attributes computed at deploy time";
      at = node.location();
    }
    for (Node item : resolver.items(node)) {
      if (resolver.structural(item) instanceof Node.MapNode m) {
        Node keyNode = m.get("Key");
        Value<Object> key = resolver.value(keyNode);
        Value<Object> v = resolver.value(m.get("Value"));
        if (key != null && key.isKnown() && !key.isRef()) {
          if (v != null) out.put(key.text().toLowerCase(Locale.ROOT), v);
        } else if (key != null && unreadable == null) {
          unreadable = "an attribute's Key is known only at deploy time";
          at = keyNode.location();
        }
      } else if (resolver.isUnknownMap(item) && unreadable == null) {
        unreadable = "an attribute computed at deploy time";
        at = item.location();
      }
    }
    return new Attributes(out, unreadable, at);
  }

  static Value<Object> attr(
      Attributes attrs, String key, Object fallback, Location at, String note) {
    Value<Object> v = attrs.known().get(key);
    if (v != null) return v;
    if (attrs.unreadable() != null) return Value.unknown(attrs.at(), attrs.unreadable());
    return Value.byDefault(fallback, at, note);
  }
}
