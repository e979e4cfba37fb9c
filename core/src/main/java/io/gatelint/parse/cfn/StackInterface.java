/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.cfn;

import io.gatelint.model.Location;
import io.gatelint.model.StackReferences;
import io.gatelint.model.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What one template offers other templates and what it passes its nested stacks, recorded in the
 * model as it is written: its {@code Outputs} (value and {@code Export.Name}) and each {@code
 * AWS::CloudFormation::Stack} / {@code AWS::Serverless::Application} with its template location and
 * {@code Parameters}. Nothing here looks at another template: the linker matches them.
 */
final class StackInterface {

  private static final Set<String> NESTED =
      Set.of("AWS::CloudFormation::Stack", "AWS::Serverless::Application");

  private StackInterface() {}

  static void record(Template template, Map<String, String> overrides, StackReferences into) {
    Resolver resolver = new Resolver(template, overrides, Map.of(), into::addSymbol);
    if (template.root().get("Outputs") instanceof Node.MapNode outputs) {
      outputs
          .entries()
          .forEach(
              (name, e) -> {
                if (!(e.value() instanceof Node.MapNode o)) return;
                Value<Object> value =
                    o.get("Value") == null ? null : resolver.value(o.get("Value"));
                String export =
                    o.get("Export") instanceof Node.MapNode x
                        ? resolver.stackName(x.get("Name"))
                        : null;
                into.addOutput(new StackReferences.Output(template.file(), name, export, value));
              });
    }
    template
        .resources()
        .forEach(
            (id, r) -> {
              String type = template.resourceType(id);
              if (type == null || !NESTED.contains(type)) return;
              Node props = resolver.structural(r.get("Properties"));
              if (!(props instanceof Node.MapNode p)) return;
              Node where =
                  p.get("AWS::CloudFormation::Stack".equals(type) ? "TemplateURL" : "Location");
              String written = written(where);
              Map<String, Value<Object>> parameters = new LinkedHashMap<>();
              if (resolver.structural(p.get("Parameters")) instanceof Node.MapNode ps) {
                ps.entries()
                    .forEach(
                        (name, e) -> {
                          Value<Object> v = resolver.value(e.value());
                          if (v != null) parameters.put(name, v);
                        });
              }
              Location at = r.location();
              into.addNestedStack(
                  new StackReferences.NestedStack(
                      template.file(), id, null, written, Map.copyOf(parameters), at));
            });
  }

  /**
   * The template location as written: a plain string, or the text of an {@code Fn::Sub} (whose
   * {@code ${Bucket}} parts the linker skips, matching the rest against the tree). Null for a SAR
   * application or anything computed.
   */
  private static String written(Node where) {
    if (where instanceof Node.Scalar s) return s.text();
    if (where instanceof Node.MapNode m && "Fn::Sub".equals(m.intrinsic())) {
      Node arg = m.get("Fn::Sub");
      if (arg instanceof Node.Scalar s) return s.text();
      if (arg instanceof Node.ListNode l
          && !l.items().isEmpty()
          && l.items().get(0) instanceof Node.Scalar s) return s.text();
    }
    return null;
  }
}
