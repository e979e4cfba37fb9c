/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatelint.model.Location;
import io.gatelint.model.Origin;
import io.gatelint.model.Ref;
import io.gatelint.model.Resource;
import io.gatelint.model.ResourceKind;
import io.gatelint.model.Value;
import io.gatelint.model.defaults.ElbDefaults;
import io.gatelint.model.defaults.PlatformDefault;
import io.gatelint.parse.tfplan.PlanDocument.ConfigResource;
import io.gatelint.parse.tfplan.PlanDocument.PlannedResource;
import io.gatelint.parse.tfplan.PlanDocument.ResourceChange;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One planned resource as the model sees it: each argument's value from {@code planned_values},
 * unknown where {@code after_unknown} says so, sensitive where the plan marks it, a reference where
 * {@code configuration} says it is one, a Terraform default where it is not written, and located at
 * the {@code .tf} line when the source is known, else at its JSON Pointer in the plan.
 *
 * <p>A path is a sequence of object keys (String) and array indexes (Integer), as in {@code
 * planned_values}: {@code "health_check", 0, "timeout"}.
 */
final class ResourceView {

  static final String TERRAFORM_DEFAULT = ElbDefaults.TERRAFORM_NOTE;

  /** Types whose {@code id} is their ARN, as their {@code arn} attribute. */
  private static final Set<String> ARN_BY_ID =
      Stream.of(
              ResourceKind.LOAD_BALANCER,
              ResourceKind.TARGET_GROUP,
              ResourceKind.LISTENER,
              ResourceKind.LISTENER_RULE)
          .flatMap(k -> k.terraformTypes().stream())
          .collect(Collectors.toUnmodifiableSet());

  final PlannedResource resource;
  private final ResourceChange change;
  private final ConfigResource config;
  private final ReferenceResolver.Frame frame;
  private final ReferenceResolver resolver;
  private final TfBlock block;
  private final String tfFile;
  private final String scope;
  private final Map<String, Variable> variables;
  private PlanExpressions expressions;
  private HclEvaluator.Env env;
  private boolean envRead;

  /** The module call the resource is located at, when its own lines are shared; or null. */
  private TerraformPlanParser.TfSources.Found callSite;

  /** Made once per resource and shared by its locations. */
  private Location location;

  private String resourcePointer;
  private String unknownPointer;

  /** A longer path than this is a map key of the user's, not a schema path: not interned. */
  private static final int MAX_SHARED_TAIL = 64;

  /** What {@link #evaluated} gives for a path the .tf block does not write as an attribute. */
  static final Object NOT_WRITTEN = new Object();

  /**
   * An input variable of the module the resource is in, as far as the plan and sources tell: the
   * value planned, the default declared, and where that default is written (null when unknown).
   */
  record Variable(String name, JsonNode value, JsonNode declaredDefault, Location defaultAt) {}

  ResourceView(
      PlannedResource resource,
      ResourceChange change,
      ConfigResource config,
      ReferenceResolver.Frame frame,
      ReferenceResolver resolver,
      TfBlock block,
      String tfFile,
      String scope) {
    this(resource, change, config, frame, resolver, block, tfFile, scope, Map.of());
  }

  ResourceView(
      PlannedResource resource,
      ResourceChange change,
      ConfigResource config,
      ReferenceResolver.Frame frame,
      ReferenceResolver resolver,
      TfBlock block,
      String tfFile,
      String scope,
      Map<String, Variable> variables) {
    this.resource = resource;
    this.change = change;
    this.config = config;
    this.frame = frame;
    this.resolver = resolver;
    this.block = block;
    this.tfFile = tfFile;
    this.scope = scope;
    this.variables = variables == null ? Map.of() : variables;
  }

  String address() {
    return resource.address();
  }

  /** Lets the .tf expressions of the resource be evaluated; returns this. */
  ResourceView withExpressions(PlanExpressions planExpressions) {
    this.expressions = planExpressions;
    return this;
  }

  /**
   * Locates the resource and its values at the module call when the module's lines are shared by
   * several instances, so each instance's finding names a line of its own; returns this.
   */
  ResourceView atModuleCall(TerraformPlanParser.TfSources.Found site) {
    this.callSite = site;
    return this;
  }

  /** A line of the resource's .tf block, or its module call when the block is shared. */
  private Location source(int line, int column) {
    if (callSite != null)
      return Location.of(callSite.file(), callSite.block().line, callSite.block().column);
    return Location.of(tfFile, line, column);
  }

  PlanExpressions expressions() {
    return expressions;
  }

  /** The resource instance's environment ({@code each}, {@code count}, its module); or null. */
  HclEvaluator.Env env() {
    if (!envRead) {
      envRead = true;
      env = expressions == null || block == null ? null : expressions.resourceEnv(address(), block);
    }
    return env;
  }

  /**
   * The value of the .tf expression written at the path (nested blocks written out, then an
   * attribute), evaluated for this instance; {@link #NOT_WRITTEN} when the source does not write it
   * there or cannot be read.
   */
  Object evaluated(Object... path) {
    if (block == null || env() == null || path.length == 0) return NOT_WRITTEN;
    TfBlock current = block;
    for (int d = 0; d < path.length; d++) {
      if (!(path[d] instanceof String key)) return NOT_WRITTEN;
      TfBlock.TfAttribute attribute = current.attributes.get(key);
      if (attribute != null) {
        return entry(expressions.evaluate(attribute.text(), env()), path, d + 1);
      }
      List<TfBlock> nested = current.blocks(key);
      if (nested.isEmpty() || current.hasDynamic(key)) return NOT_WRITTEN;
      if (d + 1 >= path.length || !(path[d + 1] instanceof Integer index)) return NOT_WRITTEN;
      if (index >= nested.size()) return NOT_WRITTEN;
      current = nested.get(index);
      d++;
    }
    return NOT_WRITTEN;
  }

  /** True when the path goes into an attribute the .tf block writes (a key of a written map). */
  private boolean entryOfWrittenMap(Object... path) {
    if (block == null) return false;
    TfBlock current = block;
    for (int d = 0; d < path.length - 1; d++) {
      if (!(path[d] instanceof String key)) return false;
      if (current.attributes.containsKey(key)) return true;
      List<TfBlock> nested = current.blocks(key);
      if (nested.isEmpty() || current.hasDynamic(key)) return false;
      if (!(path[d + 1] instanceof Integer index) || index >= nested.size()) return false;
      current = nested.get(index);
      d++;
    }
    return false;
  }

  /**
   * The entry at path[from..] of a map attribute's value ({@code dimensions = { TargetGroup =
   * each.value }}): an unknown entry stays unknown with its reason; the whole value when the path
   * ends at the attribute; {@link #NOT_WRITTEN} when the value is not a map holding the keys.
   */
  private static Object entry(Object value, Object[] path, int from) {
    for (int k = from; k < path.length; k++) {
      if (!(path[k] instanceof String key) || !(value instanceof Map<?, ?> map)) return NOT_WRITTEN;
      if (!map.containsKey(key)) return NOT_WRITTEN;
      value = map.get(key);
    }
    return value;
  }

  /**
   * True when the argument at the path is computed: the configuration does not set it (not in
   * {@code expressions}, no attribute or {@code dynamic} block of its name in the .tf block) and
   * the plan leaves it unknown. Such a value is the provider's, not a reference.
   */
  boolean computed(Object... path) {
    if (config == null || path.length == 0 || !(path[0] instanceof String top)) return false;
    if (config.expressions().has(top)) return false;
    if (block != null
        && (block.attributes.containsKey(top)
            || !block.blocks(top).isEmpty()
            || block.hasDynamic(top))) return false;
    return unknown(path);
  }

  /** A reference to the resource a value names, or null when it names no single instance. */
  Value<Object> symRef(HclEvaluator.Sym sym, Location at) {
    if (sym.collection() || sym.attributes().size() > 1) return null;
    String attribute = sym.attributes().isEmpty() ? "" : sym.attributes().get(0);
    Ref ref =
        new Ref(
            scope,
            sym.address(),
            attribute(new ReferenceResolver.Target(sym.address(), sym.type(), attribute)),
            attribute);
    return Value.explicit(ref, at);
  }

  String type() {
    return resource.type();
  }

  /** The plan the resource is in, as findings name it: references resolve inside it. */
  String scope() {
    return scope;
  }

  /** The model object's identity: the address, the type, the plan and the declaration. */
  <R extends Resource> R init(R r) {
    r.setId(address());
    r.setSourceType(type());
    r.setScope(scope);
    r.setLocation(location());
    return r;
  }

  ReferenceResolver resolver() {
    return resolver;
  }

  ReferenceResolver.Frame frame() {
    return frame;
  }

  ConfigResource config() {
    return config;
  }

  TfBlock block() {
    return block;
  }

  boolean hasConfig() {
    return config != null;
  }

  /** The planned node at the path; null when absent. */
  JsonNode planned(Object... path) {
    JsonNode node = resource.values();
    for (Object step : path) {
      if (node == null) return null;
      node = step instanceof Integer i ? node.get(i) : node.get((String) step);
    }
    return node;
  }

  /** True when the plan marks the value at the path, or a parent of it, unknown. */
  boolean unknown(Object... path) {
    return change != null && marked(change.afterUnknown(), path);
  }

  boolean sensitive(Object... path) {
    return marked(resource.sensitiveValues(), path)
        || (change != null && marked(change.afterSensitive(), path));
  }

  private static boolean marked(JsonNode node, Object[] path) {
    for (Object step : path) {
      if (node == null) return false;
      if (node.isBoolean()) return node.booleanValue();
      node = step instanceof Integer i ? node.get(i) : node.get((String) step);
    }
    return node != null && node.isBoolean() && node.booleanValue();
  }

  /** The number of elements of a planned list; 0 when absent. */
  int size(Object... path) {
    JsonNode node = planned(path);
    return node != null && node.isArray() ? node.size() : 0;
  }

  /** The keys of a planned map, with those whose values are unknown, in plan order. */
  List<String> keys(Object... path) {
    Set<String> keys = new LinkedHashSet<>();
    JsonNode node = planned(path);
    if (node != null && node.isObject()) node.fieldNames().forEachRemaining(keys::add);
    if (change != null) {
      JsonNode unknown = change.afterUnknown();
      for (Object step : path) {
        if (unknown == null) break;
        unknown = step instanceof Integer i ? unknown.get(i) : unknown.get((String) step);
      }
      if (unknown != null && unknown.isObject()) unknown.fieldNames().forEachRemaining(keys::add);
    }
    return List.copyOf(keys);
  }

  /**
   * Where a path leads in {@code expressions}: the attribute expression reached and the path taken.
   */
  record ConfigHit(JsonNode expression, int depth, List<Object> configPath) {
    boolean written() {
      return expression != null;
    }
  }

  ConfigHit configAt(Object... path) {
    List<Object> taken = new ArrayList<>();
    if (config == null) return new ConfigHit(null, 0, taken);
    JsonNode node = config.expressions();
    for (int d = 0; d < path.length; d++) {
      Object step = path[d];
      if (node == null) return new ConfigHit(null, d, taken);
      if (step instanceof Integer index) {
        if (!node.isArray()) return new ConfigHit(null, d, taken);
        int chosen = matchBlock(node, planned(java.util.Arrays.copyOf(path, d + 1)), index);
        if (chosen < 0) return new ConfigHit(null, d, taken);
        taken.add(chosen);
        node = node.get(chosen);
      } else {
        node = node.get((String) step);
        if (node == null) return new ConfigHit(null, d, taken);
        taken.add(step);
        if (isExpression(node)) return new ConfigHit(node, d + 1, taken);
      }
    }
    return new ConfigHit(null, path.length, taken);
  }

  /**
   * True when the path is written in the configuration (or the configuration is not in the plan).
   */
  boolean written(Object... path) {
    return config == null || configAt(path).written();
  }

  /** An attribute expression: {@code {constant_value}}, {@code {references}}, or empty. */
  private static boolean isExpression(JsonNode node) {
    return node.isObject()
        && (node.isEmpty() || node.has("constant_value") || node.has("references"));
  }

  /**
   * Which configuration block a planned block element comes from. Sets are ordered differently in
   * the plan than in the source: match on the constants written; else the same position.
   */
  private static int matchBlock(JsonNode blocks, JsonNode plannedElement, int index) {
    if (plannedElement != null && plannedElement.isObject()) {
      int found = -1;
      int count = 0;
      for (int i = 0; i < blocks.size(); i++) {
        if (constantsAgree(blocks.get(i), plannedElement)) {
          found = i;
          count++;
        }
      }
      if (count == 1) return found;
    }
    return index < blocks.size() ? index : -1;
  }

  private static boolean constantsAgree(JsonNode block, JsonNode planned) {
    if (!block.isObject()) return false;
    boolean any = false;
    for (Iterator<Map.Entry<String, JsonNode>> it = block.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode constant = field.getValue().get("constant_value");
      if (constant == null || !field.getValue().isObject()) continue;
      JsonNode value = planned.get(field.getKey());
      if (value == null) continue;
      any = true;
      if (constant.isValueNode()
          ? !constant.asText().equals(value.asText())
          : !constant.equals(value)) return false;
    }
    return any;
  }

  /** Where the resource is declared: its {@code resource} block, or its object in the plan. */
  Location location() {
    if (location == null) {
      String pointer = resourcePointer();
      location =
          block != null
              ? source(block.line, block.column).withPointer(pointer)
              : Location.of(scope, resource.line(), resource.column()).withPointer(pointer);
    }
    return location;
  }

  /**
   * {@code <address> <JSON Pointer>} of the resource object in the plan: the pointer of the
   * resource's location and the head of its values' pointers.
   */
  String pointerHead() {
    return resourcePointer();
  }

  /** {@code <address> <JSON Pointer>} of the resource object in the plan, made once. */
  private String resourcePointer() {
    if (resourcePointer == null) resourcePointer = resource.address() + " " + resource.pointer();
    return resourcePointer;
  }

  /** Where the value at the path is written: its .tf line, else its place in the plan. */
  Location at(Object... path) {
    if (block != null) {
      int[] lc = sourcePosition(configAt(path).configPath(), path);
      return pointed(source(lc[0], lc[1]), path);
    }
    int[] lc = resource.position(path);
    if (lc != null) return pointed(Location.of(scope, lc[0], lc[1]), path);
    if (change != null && unknown(path))
      return pointed(Location.of(scope, change.line(), change.column()), path);
    return pointed(Location.of(scope, resource.line(), resource.column()), path);
  }

  /**
   * The location with the pointer of the value at the path in the plan, {@code <address> <JSON
   * Pointer>}: a head shared by the resource's values and a tail, the path, shared by every
   * resource that has it, so a value's location costs no string of its own.
   */
  private Location pointed(Location where, Object... path) {
    if (change == null || !unknown(path) || resource.position(path) != null) {
      return where.withPointer(resourcePointer(), relativePointer("/values", path));
    }
    return where.withPointer(unknownHead(), relativePointer("", path));
  }

  /** The index of the resource's entry in {@code resource_changes}; -1 when it has none. */
  int changeIndex() {
    return change == null ? -1 : change.index();
  }

  /**
   * {@code <address> <JSON Pointer of after_unknown>}: the head of the pointers of the values known
   * only after apply that the planned values leave out; null without a change.
   */
  String unknownHead() {
    if (change == null) return null;
    if (unknownPointer == null)
      unknownPointer = resource.address() + " " + change.pointer() + "/after_unknown";
    return unknownPointer;
  }

  /**
   * Paths are attribute names and indices of the provider's schema, a few hundred strings: interned
   * (the JVM's string table lets go of those no longer used).
   */
  private static String relativePointer(String section, Object... path) {
    StringBuilder out = new StringBuilder(section);
    for (Object step : path) out.append('/').append(PlanReader.escape(String.valueOf(step)));
    return out.length() <= MAX_SHARED_TAIL ? out.toString().intern() : out.toString();
  }

  /**
   * The line and column in the .tf block: the attribute (or object key) when written there, else
   * the innermost nested block reached, else the resource block.
   */
  private int[] sourcePosition(List<Object> configPath, Object[] path) {
    TfBlock current = block;
    int[] best = {block.line, block.column};
    List<Object> steps = configPath.isEmpty() ? List.of(path) : configPath;
    for (int d = 0; d < steps.size(); d++) {
      if (!(steps.get(d) instanceof String key)) continue;
      TfBlock.TfAttribute attribute = current.attributes.get(key);
      if (attribute != null) {
        best = new int[] {attribute.line(), attribute.column()};
        if (d + 1 < path.length
            && path[d + 1] instanceof String sub
            && attribute.keys().containsKey(sub)) {
          TfBlock.TfAttribute k = attribute.keys().get(sub);
          best = new int[] {k.line(), k.column()};
        }
        return best;
      }
      List<TfBlock> nested = current.blocks(key);
      if (nested.isEmpty()) return best;
      int index = d + 1 < steps.size() && steps.get(d + 1) instanceof Integer i ? i : 0;
      if (index >= nested.size()) return best;
      current = nested.get(index);
      best = new int[] {current.line, current.column};
    }
    return best;
  }

  /** The value at the path; absent and not unknown → null. */
  Value<Object> value(Object... path) {
    return value(path, null, TERRAFORM_DEFAULT);
  }

  /** The value at the path, or the default when absent, null and not unknown. */
  Value<Object> valueOr(Object dflt, Object... path) {
    return value(path, dflt, TERRAFORM_DEFAULT);
  }

  /** The value at the path, or the row's default when absent, null and not unknown. */
  Value<Object> valueOr(PlatformDefault row, Object... path) {
    return value(path, row.value(), row.note());
  }

  /** {@link #valueOr(PlatformDefault, Object...)} with the path first. */
  Value<Object> value(Object[] path, PlatformDefault row) {
    return value(path, row.value(), row.note());
  }

  Value<Object> value(Object[] path, Object dflt, String note) {
    JsonNode node = planned(path);
    Value<Object> v;
    if (node != null && node.isValueNode() && !node.isNull()) {
      Object raw = scalar(node);
      if (written(path) || unknown(path)) {
        Origin via = viaVariable(path, node);
        v = via != null ? Value.of(raw, via) : Value.explicit(raw, at(path));
      } else {
        v = Value.byDefault(raw, at(path), note);
      }
    } else if (unknown(path)) {
      v = Value.unknown(at(path), "known after apply");
    } else if (node != null && !node.isNull() && !node.isValueNode()) {
      v = Value.explicit(node.toString(), at(path));
    } else if (dflt != null) {
      v = Value.byDefault(dflt, at(path), note);
    } else {
      return null;
    }
    return sensitive(path) ? v.asSensitive() : v;
  }

  /**
   * The origin of a value the configuration writes as just {@code var.NAME}: the variable's {@code
   * default} line when the plan took the default, else the argument, noting the variable. Null when
   * the value is not the variable's (an expression such as {@code var.env == "prod" ? 30 : 10}).
   */
  private Origin viaVariable(Object[] path, JsonNode planned) {
    if (config == null || variables.isEmpty()) return null;
    ConfigHit hit = configAt(path);
    if (!hit.written() || hit.depth() != path.length) return null;
    JsonNode refs = hit.expression().get("references");
    if (refs == null || !refs.isArray() || refs.size() != 1 || !refs.get(0).isTextual())
      return null;
    List<String> steps = Addresses.steps(refs.get(0).textValue());
    if (steps.size() != 2 || !steps.get(0).equals("var")) return null;
    Variable variable = variables.get(steps.get(1));
    if (variable == null
        || variable.value() == null
        || !variable.value().isValueNode()
        || !variable.value().asText().equals(planned.asText())) {
      return null;
    }
    Location written = at(path);
    JsonNode dflt = variable.declaredDefault();
    if (dflt != null && dflt.isValueNode() && dflt.asText().equals(variable.value().asText())) {
      Location where =
          variable.defaultAt() == null
              ? written
              : variable.defaultAt().withPointer(written.pointer());
      return Origin.parameter(where, "variable " + variable.name() + " default");
    }
    return Origin.parameter(
        written, "variable " + variable.name() + ", set outside the configuration");
  }

  /** Like {@link #value} but a reference when the configuration writes one to a single resource. */
  Value<Object> link(Object... path) {
    if (computed(path)) return null;
    Object evaluated = evaluated(path);
    if (evaluated instanceof HclEvaluator.Sym sym) {
      Value<Object> ref = symRef(sym, at(path));
      if (ref != null) return sensitive(path) ? ref.asSensitive() : ref;
    } else if (evaluated instanceof HclEvaluator.Unknown u && entryOfWrittenMap(path)) {
      // an entry of a map written in the source: the map's other references are not this entry's
      return Value.unknown(at(path), u.reason());
    } else if (evaluated == null) {
      JsonNode node = planned(path);
      if (node == null || node.isNull()) return null;
    }
    ConfigHit hit = configAt(path);
    if (hit.written()) {
      List<ReferenceResolver.Target> targets = resolver.targets(hit.expression(), frame);
      if (hit.depth() < path.length && path[path.length - 1] instanceof String key) {
        targets = AlarmDimensions.targetsForKey(this, targets, key, path);
      }
      List<Value<Object>> refs = refs(targets, path);
      if (refs.size() == 1) return refs.get(0);
      if (refs.size() > 1) {
        Value<Object> literal = value(path);
        if (literal != null && literal.isKnown()) return literal;
        return Value.unknown(
            at(path), "refers to one of " + refs.stream().map(Value::text).toList());
      }
    }
    return value(path);
  }

  /**
   * The references or literal values of a list argument ({@code security_groups}, {@code
   * target_group_arns}).
   */
  List<Value<Object>> links(Object... path) {
    if (computed(path)) return new ArrayList<>();
    List<Value<Object>> fromSource = evaluatedList(path);
    if (fromSource != null) return fromSource;
    ConfigHit hit = configAt(path);
    if (hit.written() && hit.depth() == path.length) {
      List<Value<Object>> refs = refs(resolver.targets(hit.expression(), frame), path);
      if (!refs.isEmpty()) return refs;
    }
    List<Value<Object>> out = new ArrayList<>();
    JsonNode node = planned(path);
    if (node == null) return out;
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        Value<Object> v = value(append(path, i));
        if (v != null) out.add(v);
      }
    } else if (node.isValueNode() && !node.isNull()) {
      out.add(value(path));
    }
    return out;
  }

  /**
   * The elements of a list the .tf source writes at the path, when it evaluates to a list naming at
   * least one resource and holding only resources and strings; null otherwise.
   */
  private List<Value<Object>> evaluatedList(Object... path) {
    Object evaluated = evaluated(path);
    if (!(evaluated instanceof List<?> items)) return null;
    if (items.stream().noneMatch(HclEvaluator.Sym.class::isInstance)) return null;
    List<Value<Object>> out = new ArrayList<>();
    Location at = at(path);
    boolean sensitive = sensitive(path);
    for (Object item : items) {
      Value<Object> v;
      if (item instanceof HclEvaluator.Sym sym) {
        v = symRef(sym, at);
        if (v == null) return null;
      } else if (item instanceof String text) {
        v = Value.explicit(text, at);
      } else {
        return null;
      }
      out.add(sensitive ? v.asSensitive() : v);
    }
    return out;
  }

  /**
   * Where a line of the resource's .tf block is, keeping the plan's pointer of the value at the
   * path.
   */
  Location written(int line, int column, Object... path) {
    return pointed(source(line, column), path);
  }

  private List<Value<Object>> refs(List<ReferenceResolver.Target> targets, Object[] path) {
    List<Value<Object>> out = new ArrayList<>();
    Location at = at(path);
    boolean sensitive = sensitive(path);
    for (ReferenceResolver.Target target : targets) {
      for (String instance : resolver.instancesOf(target, resource.address())) {
        // interned: the address and attribute recur in every reference to the resource
        Ref ref = new Ref(scope, instance.intern(), attribute(target), target.attribute().intern());
        Value<Object> v = Value.explicit(ref, at);
        out.add(sensitive ? v.asSensitive() : v);
      }
    }
    return out;
  }

  private static Ref.Attribute attribute(ReferenceResolver.Target target) {
    return switch (target.attribute()) {
      case "arn" -> Ref.Attribute.ARN;
      case "id" -> ARN_BY_ID.contains(target.type()) ? Ref.Attribute.ARN : Ref.Attribute.ID;
      case "arn_suffix" -> Ref.Attribute.FULL_NAME;
      case "name" -> Ref.Attribute.NAME;
      default -> Ref.Attribute.OTHER;
    };
  }

  static Object scalar(JsonNode node) {
    if (node.isTextual()) return node.textValue();
    if (node.isBoolean()) return node.booleanValue();
    if (node.isNumber()) return node.numberValue();
    return node.asText();
  }

  static Object[] append(Object[] path, Object... more) {
    Object[] out = java.util.Arrays.copyOf(path, path.length + more.length);
    System.arraycopy(more, 0, out, path.length, more.length);
    return out;
  }
}
