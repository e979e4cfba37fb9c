/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.link;

import io.gatelint.model.Model;
import io.gatelint.model.Ref;
import io.gatelint.model.Resource;
import io.gatelint.model.StackReferences;
import io.gatelint.model.StackReferences.NestedStack;
import io.gatelint.model.StackReferences.Output;
import io.gatelint.model.StackReferences.Resolution;
import io.gatelint.model.StackReferences.Symbol;
import io.gatelint.model.Value;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The first linking step for CloudFormation: resolves what each template left symbolic against the
 * whole tree. A nested stack's {@code TemplateURL}/{@code Location} names a template of the tree
 * (relative to the parent, or — for an S3 URL — by the key's trailing path); a parameter with no
 * default takes what the parent passes in {@code Parameters}, or what {@code parameters:} in the
 * configuration names ({@code TEMPLATE#LogicalId}); an {@code Fn::ImportValue} takes the value of
 * every output whose {@code Export.Name} matches ({@code ${AWS::StackName}} matching any text).
 * Nested-stack outputs ({@code GetAtt Stack.Outputs.X}) are followed by the model once the child
 * template is known. Each hop is kept as evidence; what stays unresolved, with the reason.
 */
final class CrossStackReferences {

  private CrossStackReferences() {}

  static void resolve(Model model) {
    StackReferences refs = model.getStackReferences();
    Set<String> templates = new LinkedHashSet<>();
    model.resources().forEach(r -> templates.add(r.getScope()));
    refs.getOutputs().forEach(o -> templates.add(o.scope()));
    refs.getNestedStacks().forEach(s -> templates.add(s.scope()));
    refs.getSymbols().forEach(s -> templates.add(s.scope()));
    for (NestedStack s : refs.getNestedStacks()) {
      String child = locate(s, templates);
      if (child != null) {
        refs.addNestedStack(
            new NestedStack(s.scope(), s.id(), child, s.written(), s.parameters(), s.at()));
      }
    }
    Exports exports = new Exports(refs.getOutputs());
    Map<String, List<NestedStack>> byTemplate = new HashMap<>();
    for (NestedStack s : refs.getNestedStacks()) {
      if (s.template() != null)
        byTemplate.computeIfAbsent(s.template(), k -> new ArrayList<>()).add(s);
    }
    for (Symbol sym : refs.getSymbols()) resolve(model, refs, sym, exports, byTemplate);
  }

  private static void resolve(
      Model model,
      StackReferences refs,
      Symbol sym,
      Exports exports,
      Map<String, List<NestedStack>> byTemplate) {
    switch (sym.kind()) {
      case IMPORT -> resolveImport(refs, sym, exports);
      case PARAMETER -> {
        if (sym.given() != null) resolveConfigured(model, refs, sym);
        else resolvePassed(refs, sym, byTemplate.getOrDefault(sym.scope(), List.of()));
      }
    }
  }

  /**
   * The outputs with a value that export a name, in the model's order: exact names through an
   * index, names with a wildcard tried one by one. Matching every import against every output (a
   * regular expression compiled for each pair) was a fifth of a lint of the 1,490-template corpus.
   */
  private static final class Exports {
    private final List<Output> outputs;
    private final Map<String, List<Integer>> exact = new HashMap<>();

    /** The outputs whose export name has a wildcard ({@code ${AWS::StackName}-Vpc}). */
    private final List<Wildcard> wildcards = new ArrayList<>();

    /**
     * An output whose export name has a wildcard, with the text before its first {@code *} and
     * after its last: a name that does not start and end with them is no match, and needs no
     * regular expression.
     */
    private record Wildcard(int index, String prefix, String suffix) {
      boolean mayMatch(String name) {
        return name.length() >= prefix.length() + suffix.length()
            && name.startsWith(prefix)
            && name.endsWith(suffix);
      }
    }

    Exports(List<Output> all) {
      outputs = all.stream().filter(o -> o.value() != null && o.exportName() != null).toList();
      for (int i = 0; i < outputs.size(); i++) {
        String name = outputs.get(i).exportName();
        if (name.indexOf('*') >= 0) {
          wildcards.add(
              new Wildcard(
                  i,
                  name.substring(0, name.indexOf('*')),
                  name.substring(name.lastIndexOf('*') + 1)));
        } else {
          exact.computeIfAbsent(name, k -> new ArrayList<>()).add(i);
        }
      }
    }

    List<Output> of(String imported) {
      if (imported == null) return List.of();
      if (imported.indexOf('*') >= 0)
        return outputs.stream().filter(o -> o.exports(imported)).toList();
      Set<Integer> found = new TreeSet<>(exact.getOrDefault(imported, List.of()));
      for (Wildcard w : wildcards) {
        if (w.mayMatch(imported) && outputs.get(w.index()).exports(imported)) found.add(w.index());
      }
      return found.stream().map(outputs::get).toList();
    }
  }

  private static void resolveImport(StackReferences refs, Symbol sym, Exports index) {
    List<Value<Object>> targets = new ArrayList<>();
    List<String> evidence = new ArrayList<>();
    List<Output> exports = index.of(sym.name());
    for (Output o : exports) {
      targets.add(o.value());
      evidence.add(
          "Fn::ImportValue '"
              + sym.name()
              + "' ("
              + sym.at().display()
              + ") = export '"
              + o.exportName()
              + "' of "
              + o.scope()
              + " output "
              + o.name()
              + (exports.size() > 1
                  ? " (one of " + exports.size() + " templates exporting it)"
                  : ""));
    }
    if (targets.isEmpty()) {
      refs.leaveUnresolved(
          sym,
          "Fn::ImportValue '"
              + sym.name()
              + "' ("
              + sym.at().display()
              + "): no template in the linted tree exports it; lint the folder that also holds the"
              + " exporting template, or name the backend under services: in gatelint.yml");
    } else {
      refs.resolve(sym, new Resolution(targets, evidence));
    }
  }

  /** {@code parents}: the nested stacks whose template is the symbol's, in the model's order. */
  private static void resolvePassed(StackReferences refs, Symbol sym, List<NestedStack> parents) {
    List<Value<Object>> targets = new ArrayList<>();
    List<String> evidence = new ArrayList<>();
    for (NestedStack s : parents) {
      Value<Object> passed = s.parameters().get(sym.name());
      if (passed == null) continue;
      targets.add(passed);
      evidence.add(
          "parameter "
              + sym.name()
              + " of "
              + sym.scope()
              + " = passed by nested stack "
              + s.id()
              + " of "
              + s.scope()
              + " ("
              + passed.location().display()
              + ")");
    }
    if (targets.isEmpty()) {
      refs.leaveUnresolved(
          sym,
          "parameter "
              + sym.name()
              + " of "
              + sym.scope()
              + " ("
              + sym.at().display()
              + ") has no default and no stack in the linted tree passes it; set parameters: "
              + sym.name()
              + ": TEMPLATE#LogicalId in gatelint.yml");
    } else {
      refs.resolve(sym, new Resolution(targets, evidence));
    }
  }

  /** {@code parameters: { Name: infra/alb.yml#Listener }} (or a logical id unique in the tree). */
  private static void resolveConfigured(Model model, StackReferences refs, Symbol sym) {
    String given = sym.given().strip();
    String file = given.contains("#") ? given.substring(0, given.indexOf('#')) : null;
    String id = given.substring(given.indexOf('#') + 1);
    List<Resource> found =
        model
            .resources()
            .filter(r -> r.getId().equals(id) && (file == null || r.getScope().equals(file)))
            .toList();
    Set<String> scopes = new LinkedHashSet<>();
    found.forEach(r -> scopes.add(r.getScope()));
    if (scopes.size() != 1) {
      // a plain value (a subnet id, a port): nothing to link, and nothing to report unless it
      // looked like a reference
      if (file != null || !found.isEmpty()) {
        refs.leaveUnresolved(
            sym,
            "parameter "
                + sym.name()
                + " = '"
                + given
                + "' in gatelint.yml names "
                + (found.isEmpty() ? "no resource" : scopes.size() + " resources")
                + " in the linted tree; write TEMPLATE#LogicalId");
      }
      return;
    }
    Resource r = found.get(0);
    Value<Object> target =
        Value.explicit(new Ref(r.getScope(), r.getId(), Ref.Attribute.ARN, "Ref"), sym.at());
    refs.resolve(
        sym,
        new Resolution(
            List.of(target),
            List.of(
                "parameter "
                    + sym.name()
                    + " = '"
                    + given
                    + "' in gatelint.yml = "
                    + r.getId()
                    + " ("
                    + r.getLocation().display()
                    + ")")));
  }

  /**
   * The tree's template a nested stack names: its location relative to the parent's folder, else
   * the trailing path of an S3 URL (after any {@code ${Bucket}}) — the template under the parent's
   * folder first, else the only one in the tree.
   */
  static String locate(NestedStack s, Set<String> templates) {
    String w = s.written();
    if (w == null || w.isBlank()) return null;
    if (w.contains("}")) w = w.substring(w.lastIndexOf('}') + 1);
    int scheme = w.indexOf("://");
    if (scheme >= 0) {
      int slash = w.indexOf('/', scheme + 3);
      w = slash < 0 ? "" : w.substring(slash);
    }
    if (w.contains("?")) w = w.substring(0, w.indexOf('?'));
    while (w.startsWith("/")) w = w.substring(1);
    if (w.isEmpty() || w.contains("${")) return null;
    Path parent = Path.of(s.scope()).getParent();
    String folder = parent == null ? "" : parent.toString().replace('\\', '/');
    String direct =
        (parent == null ? Path.of(w) : parent.resolve(w)).normalize().toString().replace('\\', '/');
    if (templates.contains(direct)) return direct;
    String[] parts = w.split("/");
    for (int i = 0; i < parts.length; i++) {
      String suffix = String.join("/", java.util.Arrays.asList(parts).subList(i, parts.length));
      List<String> near =
          templates.stream()
              .filter(t -> t.equals(suffix) || t.endsWith("/" + suffix))
              .filter(t -> folder.isEmpty() || t.startsWith(folder + "/"))
              .toList();
      if (near.size() == 1) return near.get(0);
      if (near.size() > 1) return null;
      List<String> any =
          templates.stream().filter(t -> t.equals(suffix) || t.endsWith("/" + suffix)).toList();
      if (any.size() == 1) return any.get(0);
      if (any.size() > 1) return null;
    }
    return null;
  }
}
