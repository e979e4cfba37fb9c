/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatelint.model.Location;
import io.gatelint.model.Ref;
import io.gatelint.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The security groups a rule block names, followed from the {@code .tf} source or the plan's
 * configuration when the plan knows them only after apply.
 */
final class SecurityGroupReferences {

  private SecurityGroupReferences() {}

  /**
   * The groups a list in the .tf source names ({@code [aws_security_group.lb.id, "sg-0123"]}),
   * located at {@code at}: a reference for an element naming one planned security group's id, a
   * literal for a string, unknown for an element that cannot be followed. Null when the text is not
   * a list of references and literals, or the plan has no configuration to resolve against.
   */
  static List<Value<Object>> written(ResourceView v, String text, Location at) {
    List<Object> items = HclExpressions.list(text);
    if (items == null || v.frame() == null) return null;
    List<Value<Object>> out = new ArrayList<>();
    for (Object item : items) {
      if (item instanceof HclExpressions.Reference r) {
        List<ReferenceResolver.Target> targets =
            v.resolver().targets(references(List.of(r.text())), v.frame());
        Value<Object> group = targets.size() == 1 ? groupId(v, targets.get(0), at) : null;
        out.add(
            group != null
                ? group
                : Value.unknown(at, "security group " + r.text() + " cannot be followed"));
      } else {
        out.add(Value.explicit(String.valueOf(item), at));
      }
    }
    return out;
  }

  /**
   * The one security group whose id the expression of an argument references, located at {@code
   * at}. Null when it references none or several, or anything that cannot be followed.
   */
  static Value<Object> onlyReferenced(ResourceView v, String argument, Location at) {
    if (v.config() == null || v.frame() == null) return null;
    JsonNode expression = v.config().expressions().get(argument);
    JsonNode refs = expression == null ? null : expression.get("references");
    if (refs == null || !refs.isArray() || refs.isEmpty()) return null;
    List<String> all = new ArrayList<>();
    for (JsonNode ref : refs) {
      if (!ref.isTextual()) return null;
      String head = Addresses.steps(ref.textValue()).get(0);
      if (Set.of("count", "path", "terraform").contains(head)) continue;
      if (v.resolver().targets(references(List.of(ref.textValue())), v.frame()).isEmpty())
        return null;
      all.add(ref.textValue());
    }
    List<ReferenceResolver.Target> groups =
        v.resolver().targets(references(all), v.frame()).stream()
            .filter(t -> t.type().equals("aws_security_group"))
            .toList();
    return groups.size() == 1 ? groupId(v, groups.get(0), at) : null;
  }

  /**
   * A reference to a security group's id, when the target is one and names one planned instance.
   */
  private static Value<Object> groupId(
      ResourceView v, ReferenceResolver.Target target, Location at) {
    if (!target.type().equals("aws_security_group") || !target.attribute().equals("id"))
      return null;
    List<String> instances = v.resolver().instancesOf(target, v.address());
    if (instances.size() != 1) return null;
    return Value.explicit(new Ref(v.scope(), instances.get(0), Ref.Attribute.ID, "id"), at);
  }

  private static JsonNode references(List<String> refs) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    ArrayNode list = node.putArray("references");
    refs.forEach(list::add);
    return node;
  }
}
