/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each CloudFormation template offers to and takes from other templates, kept symbolic while
 * the template is read on its own: its outputs (with their export names), the nested stacks it
 * declares with the parameters it passes them, and the values it could not resolve alone — an
 * {@code Fn::ImportValue} name, a parameter with no default. A linking step resolves the symbols
 * over the whole tree ({@link #resolve}); {@link Model#resolve} then follows them.
 */
public final class StackReferences {

  /** What a symbolic value stands for. */
  public enum Kind {
    /** {@code Fn::ImportValue NAME}: an export of some template */
    IMPORT,
    /** {@code Ref PARAM} with no default: what a parent stack or the configuration passes */
    PARAMETER
  }

  /**
   * A value one template cannot resolve alone.
   *
   * @param name the import name (with {@code *} where {@code ${AWS::StackName}} stands) or the
   *     parameter name
   * @param given for a parameter, the value {@code parameters:} in the configuration gives it, else
   *     null
   */
  public record Symbol(Kind kind, String scope, String name, String given, Location at) {}

  /**
   * An output of a template.
   *
   * @param exportName its {@code Export.Name}, {@code *} where {@code ${AWS::StackName}} stands;
   *     null when not exported or not computable
   */
  public record Output(String scope, String name, String exportName, Value<Object> value) {

    /** Whether an imported name is this export, {@code *} matching any run of characters. */
    public boolean exports(String imported) {
      if (exportName == null || imported == null) return false;
      // no wildcard on either side: the names are the same or not, no pattern to compile
      if (exportName.indexOf('*') < 0 && imported.indexOf('*') < 0)
        return exportName.equals(imported);
      return java.util.regex.Pattern.compile(wildcard(exportName))
              .matcher(imported.replace("*", "\u0000"))
              .matches()
          || (imported.contains("*")
              && java.util.regex.Pattern.compile(wildcard(imported)).matcher(exportName).matches());
    }

    private static String wildcard(String name) {
      StringBuilder b = new StringBuilder();
      for (String part : name.split("\\*", -1)) {
        if (b.length() > 0) b.append(".*");
        b.append(java.util.regex.Pattern.quote(part));
      }
      return b.toString();
    }
  }

  /**
   * A nested stack ({@code AWS::CloudFormation::Stack}, {@code AWS::Serverless::Application}).
   *
   * @param template the child template's path as findings show it, when it is in the tree; else
   *     null
   * @param written the {@code TemplateURL} / {@code Location} as written
   */
  public record NestedStack(
      String scope,
      String id,
      String template,
      String written,
      Map<String, Value<Object>> parameters,
      Location at) {}

  /** What a symbol resolved to, and for each target the hop that says why. */
  public record Resolution(List<Value<Object>> targets, List<String> evidence) {}

  private final Map<Location, Symbol> symbols = Collections.synchronizedMap(new LinkedHashMap<>());
  private final List<Output> outputs = Collections.synchronizedList(new ArrayList<>());
  private final List<NestedStack> stacks = Collections.synchronizedList(new ArrayList<>());
  private final Map<Location, Resolution> resolved = new LinkedHashMap<>();
  private final Map<Symbol, String> unresolved = new LinkedHashMap<>();

  /**
   * Set by {@link Model#freeze()}: rules read the references from several threads, and a method
   * that records (whose name a rule may call, as {@link Model#resolve} shares {@link #resolve}'s)
   * then fails instead of changing what the others read.
   */
  private volatile boolean frozen;

  void freeze() {
    frozen = true;
  }

  private void writable() {
    if (frozen)
      throw new IllegalStateException("the model is frozen: its references are read-only");
  }

  public void addSymbol(Symbol s) {
    writable();
    symbols.putIfAbsent(s.at(), s);
  }

  public void addOutput(Output o) {
    writable();
    synchronized (outputs) {
      if (!outputs.contains(o)) outputs.add(o);
    }
  }

  /** Adds a nested stack; one with its template located replaces the one as written. */
  public void addNestedStack(NestedStack s) {
    writable();
    synchronized (stacks) {
      for (int i = 0; i < stacks.size(); i++) {
        NestedStack x = stacks.get(i);
        if (x.scope().equals(s.scope()) && x.id().equals(s.id())) {
          if (s.template() != null) stacks.set(i, s);
          return;
        }
      }
      stacks.add(s);
    }
  }

  /** Takes in what one file recorded, once that file was read completely. */
  public void addAll(StackReferences from) {
    writable();
    from.getSymbols().forEach(this::addSymbol);
    from.getOutputs().forEach(this::addOutput);
    from.getNestedStacks().forEach(this::addNestedStack);
  }

  public List<Symbol> getSymbols() {
    synchronized (symbols) {
      return List.copyOf(symbols.values());
    }
  }

  public List<Output> getOutputs() {
    return List.copyOf(outputs);
  }

  public List<NestedStack> getNestedStacks() {
    return List.copyOf(stacks);
  }

  /** Records what the linking step resolved a symbol to. */
  public void resolve(Symbol s, Resolution r) {
    writable();
    resolved.put(s.at(), r);
  }

  /** Records why a symbol stayed unresolved (and how to resolve it). */
  public void leaveUnresolved(Symbol s, String why) {
    writable();
    unresolved.put(s, why);
  }

  /** The symbols left unresolved, each with the reason. */
  public Map<Symbol, String> getUnresolved() {
    return Collections.unmodifiableMap(unresolved);
  }

  /** The nested stack a template declares under a logical id, or null. */
  public NestedStack nestedStack(String scope, String id) {
    synchronized (stacks) {
      for (NestedStack s : stacks) if (s.scope().equals(scope) && s.id().equals(id)) return s;
    }
    return null;
  }

  /** The output of a template by name, or null. */
  public Output output(String scope, String name) {
    synchronized (outputs) {
      for (Output o : outputs) if (o.scope().equals(scope) && o.name().equals(name)) return o;
    }
    return null;
  }

  /** Whether the value is a symbol a linking step resolved. */
  public boolean isResolved(Value<?> v) {
    return v != null && resolved.containsKey(v.location());
  }

  /**
   * The values a reference stands for once symbols and nested-stack outputs are followed: the value
   * itself when nothing is to follow. Each hop followed is added to {@code evidence} when given.
   */
  public List<Value<?>> follow(Value<?> v, List<String> evidence) {
    List<Value<?>> out = new ArrayList<>();
    follow(v, evidence, out, 0);
    return out;
  }

  /**
   * The hops of the first way the reference reaches a value the test accepts (a reference to a
   * given resource): only that path's evidence, where an import matches several exports.
   */
  public List<String> hopsTo(Value<?> v, java.util.function.Predicate<Value<?>> reaches) {
    Resolution r = v == null ? null : resolved.get(v.location());
    if (r != null && r.targets().size() > 1) {
      for (int i = 0; i < r.targets().size(); i++) {
        List<String> hops = new ArrayList<>();
        if (i < r.evidence().size()) hops.add(r.evidence().get(i));
        List<String> rest = new ArrayList<>();
        if (follow(r.targets().get(i), rest).stream().anyMatch(reaches)) {
          hops.addAll(rest);
          return hops;
        }
      }
    }
    List<String> hops = new ArrayList<>();
    follow(v, hops);
    return hops;
  }

  private void follow(Value<?> v, List<String> evidence, List<Value<?>> into, int depth) {
    if (v == null) return;
    if (depth > 16) {
      into.add(v);
      return;
    }
    Resolution r = resolved.get(v.location());
    if (r != null && !r.targets().isEmpty()) {
      for (int i = 0; i < r.targets().size(); i++) {
        if (evidence != null && i < r.evidence().size()) evidence.add(r.evidence().get(i));
        follow(r.targets().get(i), evidence, into, depth + 1);
      }
      return;
    }
    Ref ref = v.ref();
    if (ref != null && ref.written().startsWith("Outputs.")) {
      NestedStack s = nestedStack(ref.scope(), ref.target());
      String name = ref.written().substring("Outputs.".length());
      Output o = s == null || s.template() == null ? null : output(s.template(), name);
      if (o != null && o.value() != null) {
        if (evidence != null)
          evidence.add(
              "GetAtt "
                  + ref.target()
                  + "."
                  + ref.written()
                  + " ("
                  + v.location().display()
                  + ") = output "
                  + name
                  + " of nested stack "
                  + s.template()
                  + " ("
                  + o.value().location().display()
                  + ")");
        follow(o.value(), evidence, into, depth + 1);
        return;
      }
    }
    into.add(v);
  }
}
