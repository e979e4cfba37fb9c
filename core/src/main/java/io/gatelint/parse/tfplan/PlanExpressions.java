/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatelint.parse.tfplan.HclEvaluator.Env;
import io.gatelint.parse.tfplan.HclEvaluator.EvalError;
import io.gatelint.parse.tfplan.HclEvaluator.Lazy;
import io.gatelint.parse.tfplan.HclEvaluator.Sym;
import io.gatelint.parse.tfplan.HclEvaluator.Unknown;
import io.gatelint.parse.tfplan.PlanDocument.ConfigModule;
import io.gatelint.parse.tfplan.PlanDocument.ModuleCall;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Evaluates the {@code .tf} expressions of one plan's module instances: each module instance sees
 * its variables (the calling {@code module} block's arguments, evaluated in the caller; the root
 * module's from the plan), its {@code locals}, its calls' {@code output}s and its resources, which
 * are known by the instances the plan holds. What the linted tree does not hold (a registry
 * module's source, a data source, a value known after apply) stays unknown with the reason.
 */
final class PlanExpressions {

  private final HclEvaluator evaluator = new HclEvaluator();
  private final Function<Path, List<TfBlock>> blocksIn;
  private final Map<String, JsonNode> rootValues;
  private final ConfigModule rootConfig;
  private final Path rootDir;

  /**
   * planned instance addresses with an index on their last step, by module instance prefix + "." +
   * type + "." + name; an address without one is its own base, found in {@link #plannedAddresses}
   */
  private final Map<String, List<String>> planned = new HashMap<>();

  private final Set<String> plannedAddresses;

  private final Map<String, Instance> instances = new HashMap<>();
  private final Map<String, Object> parsed = new HashMap<>();

  PlanExpressions(
      Function<Path, List<TfBlock>> blocksIn,
      Map<String, JsonNode> rootValues,
      ConfigModule rootConfig,
      Path rootDir,
      Set<String> plannedAddresses) {
    this.blocksIn = blocksIn;
    this.rootValues = rootValues;
    this.rootConfig = rootConfig;
    this.rootDir = rootDir;
    this.plannedAddresses = plannedAddresses;
    for (String address : plannedAddresses) {
      if (!address.endsWith("]")) continue; // its own base
      List<String> steps = Addresses.steps(address);
      if (steps.size() < 2) continue;
      String base =
          Addresses.join(
              Addresses.modulePrefix(address),
              steps.get(steps.size() - 2) + "." + Addresses.name(steps.get(steps.size() - 1)));
      Addresses.addInstance(planned, base.equals(address) ? address : base, address);
    }
  }

  /** The planned instances of a resource address without its last index, in plan order. */
  private List<String> instancesOf(String base) {
    List<String> indexed = planned.get(base);
    if (indexed != null) return indexed;
    return plannedAddresses.contains(base) ? List.of(base) : List.of();
  }

  /** The value of an expression's text in an environment; unknown with the reason when not read. */
  Object evaluate(String text, Env env) {
    if (env == null) return new Unknown("the module's source is not in the linted tree");
    Object node =
        parsed.computeIfAbsent(
            text,
            t -> {
              try {
                return HclSyntax.parse(t);
              } catch (HclSyntax.SyntaxError e) {
                return new Unknown("expression not read: " + e.getMessage());
              }
            });
    if (node instanceof Unknown u) return u;
    return evaluator.evaluate((HclSyntax.Node) node, env);
  }

  /**
   * The environment of a planned resource instance: its module instance, and {@code each} or {@code
   * count} from its index; null when its module's source is not at hand.
   */
  Env resourceEnv(String address, TfBlock block) {
    Instance module = instance(Addresses.modulePrefix(address));
    if (module == null || module.dir == null) return null;
    List<String> steps = Addresses.steps(address);
    String index = Addresses.index(steps.get(steps.size() - 1));
    Env env = new Env(module, Map.of(), Env.NONE, Env.NONE);
    return withIndex(env, index, block == null ? null : block.attributes.get("for_each"));
  }

  /** An environment with {@code each} or {@code count} set from an instance index. */
  private Env withIndex(Env env, String index, TfBlock.TfAttribute forEach) {
    Object key = key(index);
    if (key == null) return env;
    if (key instanceof BigDecimal n) return new Env(env.module(), env.names(), Env.NONE, n);
    Object value;
    if (forEach == null) {
      value = new Unknown("for_each not in the source");
    } else {
      Object all = evaluate(forEach.text(), env);
      if (all instanceof Map<?, ?> m && m.containsKey(key)) value = m.get(key);
      else if (all instanceof List<?> l && l.contains(key)) value = key;
      else if (all instanceof Unknown u) value = u;
      else value = new Unknown("for_each has no key \"" + key + "\"");
    }
    Map<String, Object> each = new LinkedHashMap<>();
    each.put("key", key);
    each.put("value", value);
    return new Env(env.module(), env.names(), each, Env.NONE);
  }

  /** An index as written in an address: {@code ["a"]} → "a", {@code [0]} → 0; null for none. */
  static Object key(String index) {
    if (index == null || index.length() < 3) return null;
    String inner = index.substring(1, index.length() - 1);
    if (inner.startsWith("\"")) {
      return inner.substring(1, inner.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    try {
      return new BigDecimal(inner);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static String indexText(Object key) {
    if (key instanceof BigDecimal n) return "[" + n.toBigInteger() + "]";
    return "[\"" + HclEvaluator.string(key).replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
  }

  /** The module instance at a prefix ({@code module.a["x"].module.b}); null when not found. */
  Instance instance(String prefix) {
    if (instances.containsKey(prefix)) return instances.get(prefix);
    Instance result;
    if (prefix.isEmpty()) {
      result = new Instance("", rootDir, null, null, null, rootConfig);
    } else {
      List<String> steps = Addresses.steps(prefix);
      String parentPrefix = String.join(".", steps.subList(0, steps.size() - 2));
      Instance parent = instance(parentPrefix);
      String step = steps.get(steps.size() - 1);
      result = parent == null ? null : parent.child(Addresses.name(step), Addresses.index(step));
    }
    instances.put(prefix, result);
    return result;
  }

  /** One module instance: its folder (null when not in the tree) and how it is called. */
  final class Instance implements HclEvaluator.Module {
    final String prefix;
    final Path dir;
    final Instance parent;
    final TfBlock call;
    final Env callEnv;
    final ConfigModule config;
    private final Map<String, Object> locals = new HashMap<>();
    private final Set<String> evaluating = new HashSet<>();

    Instance(
        String prefix, Path dir, Instance parent, TfBlock call, Env callEnv, ConfigModule config) {
      this.prefix = prefix;
      this.dir = dir;
      this.parent = parent;
      this.call = call;
      this.callEnv = callEnv;
      this.config = config;
    }

    Instance child(String name, String index) {
      TfBlock block = find("module", name);
      if (block == null) return null;
      Env env = new Env(this, Map.of(), Env.NONE, Env.NONE);
      env = withIndex(env, index, block.attributes.get("for_each"));
      TfBlock.TfAttribute source = block.attributes.get("source");
      Object src = source == null ? null : evaluate(source.text(), env);
      Path childDir =
          dir != null && src instanceof String s && (s.startsWith("./") || s.startsWith("../"))
              ? dir.resolve(s).normalize()
              : null;
      ModuleCall call = config == null ? null : config.calls.get(name);
      return new Instance(
          Addresses.join(prefix, "module." + name + (index == null ? "" : index)),
          childDir,
          this,
          block,
          env,
          call == null ? null : call.module());
    }

    private TfBlock find(String type, String label) {
      if (dir == null) return null;
      for (TfBlock b : blocksIn.apply(dir)) {
        if (b.type.equals(type) && b.labels.equals(List.of(label))) return b;
      }
      return null;
    }

    private Object guarded(String what, java.util.function.Supplier<Object> read) {
      if (!evaluating.add(what)) return new Unknown(what + " refers to itself");
      try {
        return read.get();
      } finally {
        evaluating.remove(what);
      }
    }

    @Override
    public Object variable(String name) {
      if (parent == null) {
        JsonNode value = rootValues.get(name);
        if (value != null) return json(value);
      } else {
        if (call == null) return new Unknown("the module call is not in the linted tree");
        TfBlock.TfAttribute argument = call.attributes.get(name);
        if (argument != null) {
          Object v = guarded("var." + name, () -> evaluate(argument.text(), callEnv));
          if (v != null || !nonNullable(name)) return v;
        }
      }
      TfBlock declared = find("variable", name);
      if (declared != null && declared.attributes.containsKey("default")) {
        return evaluate(
            declared.attributes.get("default").text(), new Env(this, Map.of(), Env.NONE, Env.NONE));
      }
      if (config != null && config.variableDefaults.containsKey(name))
        return json(config.variableDefaults.get(name));
      if (declared != null) return null;
      return new Unknown("var." + name + " is not in the plan or the linted tree");
    }

    private boolean nonNullable(String name) {
      TfBlock declared = find("variable", name);
      TfBlock.TfAttribute nullable = declared == null ? null : declared.attributes.get("nullable");
      return nullable != null && nullable.text().trim().equals("false");
    }

    @Override
    public Object local(String name) {
      if (locals.containsKey(name)) return locals.get(name);
      TfBlock.TfAttribute found = null;
      if (dir != null) {
        for (TfBlock b : blocksIn.apply(dir)) {
          if (b.type.equals("locals") && b.attributes.containsKey(name))
            found = b.attributes.get(name);
        }
      }
      if (found == null) return new Unknown("local." + name + " is not in the linted tree");
      TfBlock.TfAttribute attribute = found;
      Object v =
          guarded(
              "local." + name,
              () -> evaluate(attribute.text(), new Env(this, Map.of(), Env.NONE, Env.NONE)));
      locals.put(name, v);
      return v;
    }

    @Override
    public Object module(String name) {
      TfBlock block = find("module", name);
      if (block == null) return new Unknown("module." + name + " is not in the linted tree");
      boolean multi =
          block.attributes.containsKey("for_each") || block.attributes.containsKey("count");
      return multi
          ? new Calls(this, name)
          : new Outputs(PlanExpressions.this.instance(Addresses.join(prefix, "module." + name)));
    }

    @Override
    public Object resource(String type, String name) {
      String base = Addresses.join(prefix, type + "." + name);
      List<String> found = instancesOf(base);
      if (!PlanReader.MODELLED_TYPES.contains(type)) return new Sym(base, type, List.of(), true);
      if (found.contains(base)) return new Sym(base, type, List.of(), false);
      // counted or for_each, or with no instance at all (count = 0): a splat gives its instances,
      // an index or attribute of a missing one is an error try() can skip
      return new Sym(base, type, List.of(), true);
    }

    @Override
    public Object instance(Sym base, Object key) {
      String address = base.address() + indexText(key);
      if (!PlanReader.MODELLED_TYPES.contains(base.type()))
        return new Sym(address, base.type(), List.of(), false);
      if (instancesOf(base.address()).contains(address))
        return new Sym(address, base.type(), List.of(), false);
      throw new EvalError(address + " is not in the plan");
    }

    @Override
    public List<Object> instances(Sym base) {
      if (!PlanReader.MODELLED_TYPES.contains(base.type())) return null;
      List<Object> out = new ArrayList<>();
      for (String a : instancesOf(base.address()))
        out.add(new Sym(a, base.type(), List.of(), false));
      return out;
    }
  }

  /** {@code module.NAME} of a call without count or for_each: its outputs. */
  private final class Outputs implements Lazy {
    private final Instance instance;

    Outputs(Instance instance) {
      this.instance = instance;
    }

    @Override
    public Object attribute(String name) {
      if (instance == null || instance.dir == null)
        return new Unknown("the module's source is not in the linted tree");
      TfBlock output = instance.find("output", name);
      TfBlock.TfAttribute value = output == null ? null : output.attributes.get("value");
      if (value == null) throw new EvalError("module has no output \"" + name + "\"");
      return instance.guarded(
          "output." + name,
          () -> evaluate(value.text(), new Env(instance, Map.of(), Env.NONE, Env.NONE)));
    }

    @Override
    public Object index(Object key) {
      throw new EvalError("a module without count or for_each cannot be indexed");
    }
  }

  /** {@code module.NAME} of a call with count or for_each: its instances by key. */
  private final class Calls implements Lazy {
    private final Instance caller;
    private final String name;

    Calls(Instance caller, String name) {
      this.caller = caller;
      this.name = name;
    }

    @Override
    public Object attribute(String output) {
      throw new EvalError("module." + name + " has instances: index it");
    }

    @Override
    public Object index(Object key) {
      return new Outputs(
          instance(Addresses.join(caller.prefix, "module." + name + indexText(key))));
    }
  }

  /** A JSON value of the plan as an evaluator value. */
  static Object json(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) return null;
    if (node.isBoolean()) return node.booleanValue();
    if (node.isNumber()) return node.decimalValue();
    if (node.isTextual()) return node.textValue();
    if (node.isArray()) {
      List<Object> out = new ArrayList<>();
      node.forEach(e -> out.add(json(e)));
      return out;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> out.put(e.getKey(), json(e.getValue())));
    return out;
  }
}
