/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.rules;

import io.gatelint.facts.Facts;
import io.gatelint.model.Model;
import io.gatelint.model.Value;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes {@code docs/rule-authoring.md}: the walk-through for a first rule, then every input an
 * expression may name, every accessor reachable from them with its type, unit and whether it can be
 * absent, and every function with its signature and an example. The accessors come from {@link
 * RuleVocabulary#types()}, the walk the expression guard admits names from; what reflection cannot
 * know — a description, a unit, whether a hop may be missing, a function's example — is in {@code
 * vocabulary.yml} beside this class, and {@link #missing()} and {@link #stale()} keep the two in
 * step.
 */
public final class RuleAuthoringPage {

  /** Methods every object has; the page names them once, not per type. */
  private static final Set<String> EVERY_OBJECT = Set.of("equals", "toString", "compareTo");

  private final Map<String, Map<String, Object>> accessors;
  private final Map<String, String> types;
  private final Map<String, Map<String, Object>> functions;
  private final String template;

  private RuleAuthoringPage(
      Map<String, Map<String, Object>> accessors,
      Map<String, String> types,
      Map<String, Map<String, Object>> functions,
      String template) {
    this.accessors = accessors;
    this.types = types;
    this.functions = functions;
    this.template = template;
  }

  /** The page as built from the packaged vocabulary and walk-through. */
  @SuppressWarnings("unchecked")
  public static RuleAuthoringPage load() {
    Map<String, Object> yaml = new Yaml(new LoaderOptions()).load(resource("vocabulary.yml"));
    return new RuleAuthoringPage(
        entries((Map<String, Object>) yaml.get("accessors")),
        (Map<String, String>) (Map<String, ?>) yaml.get("types"),
        entries((Map<String, Object>) yaml.get("functions")),
        resource("rule-authoring.md.template"));
  }

  /** Each entry as a map: a bare string is its {@code text}. */
  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> entries(Map<String, Object> raw) {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    if (raw == null) return out;
    raw.forEach(
        (k, v) ->
            out.put(k, v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of("text", v)));
    return out;
  }

  private static String resource(String name) {
    try (InputStream in = RuleAuthoringPage.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException(name + " is not packaged");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One documented accessor: the type that declares it and its name as an expression writes it. */
  record Accessor(String type, String name, List<Method> methods) {
    String key() {
      return type + "." + name;
    }
  }

  /**
   * Every accessor the guard admits on a reachable type, keyed {@code Type.name} by the type that
   * declares it (a resource's {@code id} is {@code Resource.id} once, not once per resource kind).
   */
  static Map<String, Accessor> reflected() {
    Map<String, Accessor> out = new TreeMap<>();
    for (List<Method> methods : RuleVocabulary.types().values()) {
      for (Method m : methods) {
        if (EVERY_OBJECT.contains(m.getName()) || m.isBridge() || m.getReturnType() == void.class) {
          continue;
        }
        String type = typeName(m.getDeclaringClass());
        String name = RuleVocabulary.property(m) == null ? m.getName() : RuleVocabulary.property(m);
        Accessor a =
            out.computeIfAbsent(
                type + "." + name, k -> new Accessor(type, name, new ArrayList<>()));
        if (!a.methods().contains(m)) a.methods().add(m);
      }
    }
    return out;
  }

  /** The reflected accessors, types and functions the vocabulary file does not describe. */
  public List<String> missing() {
    List<String> out = new ArrayList<>();
    Map<String, Accessor> reflected = reflected();
    for (String key : reflected.keySet()) {
      if (!accessors.containsKey(key)) out.add("accessors: " + key);
    }
    for (String type : new TreeSet<>(documentedTypes(reflected))) {
      if (!types.containsKey(type)) out.add("types: " + type);
    }
    for (Method f : functionMethods()) {
      Map<String, Object> e = functions.get(f.getName());
      if (e == null) out.add("functions: " + f.getName());
      else if (!e.containsKey("example")) out.add("functions: " + f.getName() + " has no example");
    }
    return out;
  }

  /** The vocabulary file's entries that name nothing reflection finds. */
  public List<String> stale() {
    List<String> out = new ArrayList<>();
    Map<String, Accessor> reflected = reflected();
    for (String key : accessors.keySet()) {
      if (!reflected.containsKey(key)) out.add("accessors: " + key);
    }
    Set<String> documented = documentedTypes(reflected);
    for (String type : types.keySet()) {
      if (!documented.contains(type)) out.add("types: " + type);
    }
    Set<String> names = new TreeSet<>();
    for (Method f : functionMethods()) names.add(f.getName());
    for (String f : functions.keySet()) {
      if (!names.contains(f)) out.add("functions: " + f);
    }
    return out;
  }

  /** Every type reached, and every type that declares an accessor (a resource's superclass). */
  private static Set<String> documentedTypes(Map<String, Accessor> reflected) {
    Set<String> out = new TreeSet<>();
    for (Class<?> c : RuleVocabulary.types().keySet()) out.add(typeName(c));
    for (Accessor a : reflected.values()) out.add(a.type());
    return out;
  }

  /** The class of a type name the page documents. */
  private static Map<String, Class<?>> classesByName() {
    Map<String, Class<?>> out = new TreeMap<>();
    for (List<Method> methods : RuleVocabulary.types().values()) {
      for (Method m : methods) out.put(typeName(m.getDeclaringClass()), m.getDeclaringClass());
    }
    for (Class<?> c : RuleVocabulary.types().keySet()) out.put(typeName(c), c);
    return out;
  }

  private static List<Method> functionMethods() {
    List<Method> out = new ArrayList<>();
    for (Method m : Functions.class.getMethods()) {
      if (m.getDeclaringClass() == Functions.class && Modifier.isStatic(m.getModifiers())) {
        out.add(m);
      }
    }
    out.sort(Comparator.comparing(Method::getName));
    return out;
  }

  /** The page: the walk-through, then the generated reference. */
  public String markdown() {
    return template
        .replace("{{inputs}}", inputs())
        .replace("{{types}}", typesSection())
        .replace("{{functions}}", functionsSection())
        .replace("{{metricSets}}", metricSets());
  }

  private String inputs() {
    StringBuilder b = new StringBuilder();
    b.append("| Name | Type | What it is |\n|---|---|---|\n");
    b.append("| `model` | ")
        .append(link(Model.class))
        .append(" | ")
        .append(types.get("Model"))
        .append(" |\n");
    b.append("| `facts` | ")
        .append(link(Facts.class))
        .append(" | ")
        .append(types.get("Facts"))
        .append(" |\n");
    b.append(
            "| the `for` variable | the element type of the list after `in` | the one object being"
                + " judged: `tg` in `for: tg in model.targetGroups` is a ")
        .append(link(io.gatelint.model.TargetGroup.class))
        .append(" |\n");
    b.append(
        "| each `let` name | what its expression reads | the expression, in parentheses, wherever"
            + " the name appears (not after a dot, not in a string) |\n");
    b.append("| the functions | see [Functions](#functions) | called by name: `known(v)` |\n");
    return b.toString();
  }

  private String typesSection() {
    Map<String, Accessor> reflected = reflected();
    Map<String, List<Accessor>> byType = new TreeMap<>(Comparator.comparing(this::typeOrder));
    for (String type : documentedTypes(reflected)) byType.put(type, new ArrayList<>());
    for (Accessor a : reflected.values()) byType.get(a.type()).add(a);
    Map<String, Class<?>> classes = classesByName();
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, List<Accessor>> e : byType.entrySet()) {
      Class<?> c = classes.get(e.getKey());
      b.append("### ").append(e.getKey()).append("\n\n");
      String about = types.getOrDefault(e.getKey(), "");
      if (!about.isEmpty()) about = Character.toUpperCase(about.charAt(0)) + about.substring(1);
      b.append(about).append('.');
      if (c.getSuperclass() == io.gatelint.model.Resource.class) {
        b.append(" A [Resource](#resource): it has `id`, `label`, `location` and the rest too.");
      }
      if (c.isEnum()) {
        List<String> constants = new ArrayList<>();
        for (Object k : c.getEnumConstants()) constants.add("`" + ((Enum<?>) k).name() + "`");
        b.append(" One of ").append(String.join(", ", constants)).append('.');
      }
      b.append("\n\n");
      if (e.getValue().isEmpty()) continue;
      b.append("| Accessor | Type | Unit | Can be absent | What it is |\n");
      b.append("|---|---|---|---|---|\n");
      for (Accessor a : e.getValue()) {
        Map<String, Object> doc = accessors.getOrDefault(a.key(), Map.of());
        b.append("| ")
            .append(signatures(a))
            .append(" | ")
            .append(render(a.methods().get(0).getGenericReturnType()))
            .append(" | ")
            .append(unit(a, doc))
            .append(" | ")
            .append(cell(doc.get("absent"), "no"))
            .append(" | ")
            .append(cell(doc.get("text"), ""))
            .append(" |\n");
      }
      b.append('\n');
    }
    return b.toString().stripTrailing() + "\n";
  }

  /** Roots first, then resources, then the rest by name. */
  private String typeOrder(String type) {
    int rank =
        switch (type) {
          case "Model" -> 0;
          case "Facts" -> 1;
          case "Chain" -> 2;
          case "Resource" -> 3;
          case "Value" -> 4;
          default -> 5;
        };
    return rank + type;
  }

  private static String signatures(Accessor a) {
    List<String> out = new ArrayList<>();
    for (Method m : a.methods()) {
      if (m.getParameterCount() == 0 && RuleVocabulary.property(m) != null) {
        out.add("`" + a.name() + "`");
      } else {
        List<String> params = new ArrayList<>();
        for (Type p : m.getGenericParameterTypes()) params.add(plain(render(p)));
        out.add("`" + m.getName() + "(" + String.join(", ", params) + ")`");
      }
    }
    return String.join(", ", new java.util.LinkedHashSet<>(out));
  }

  private static String unit(Accessor a, Map<String, Object> doc) {
    if (doc.containsKey("unit")) return cell(doc.get("unit"), "");
    Type t = a.methods().get(0).getGenericReturnType();
    if (t instanceof ParameterizedType p
        && p.getRawType() == Value.class
        && p.getActualTypeArguments()[0] == Duration.class) {
      return "duration: compare with `shorter`, `atMost` or `.millis()`";
    }
    return "";
  }

  private static String cell(Object value, String otherwise) {
    if (value == null) return otherwise;
    if (value instanceof Boolean bool) return bool ? "yes" : "no";
    return String.valueOf(value).strip().replace("|", "\\|").replace("\n", " ");
  }

  private String functionsSection() {
    StringBuilder b = new StringBuilder();
    b.append("| Function | Returns | What it does | Example |\n|---|---|---|---|\n");
    for (Method f : functionMethods()) {
      if (isMetricSet(f)) continue;
      Map<String, Object> doc = functions.getOrDefault(f.getName(), Map.of());
      List<String> params = new ArrayList<>();
      for (Type p : f.getGenericParameterTypes()) params.add(plain(render(p)));
      b.append("| `")
          .append(f.getName())
          .append('(')
          .append(String.join(", ", params))
          .append(")` | ")
          .append(render(f.getGenericReturnType()))
          .append(" | ")
          .append(cell(doc.get("text"), ""))
          .append(" | `")
          .append(cell(doc.get("example"), ""))
          .append("` |\n");
    }
    return b.toString();
  }

  /** A metric set is a function without parameters that names metrics; its value is shown. */
  private static boolean isMetricSet(Method f) {
    return f.getParameterCount() == 0 && f.getName().endsWith("Metrics");
  }

  private String metricSets() {
    StringBuilder b = new StringBuilder();
    b.append("| Set | Metrics | What it is for | Example |\n|---|---|---|---|\n");
    for (Method f : functionMethods()) {
      if (!isMetricSet(f)) continue;
      Map<String, Object> doc = functions.getOrDefault(f.getName(), Map.of());
      String metrics;
      try {
        metrics = String.valueOf(f.invoke(null)).replace(",", ", ");
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(f.getName(), e);
      }
      b.append("| `")
          .append(f.getName())
          .append("()` | ")
          .append(metrics)
          .append(" | ")
          .append(cell(doc.get("text"), ""))
          .append(" | `")
          .append(cell(doc.get("example"), ""))
          .append("` |\n");
    }
    return b.toString();
  }

  /** A type as a rule author reads it: {@code Value<duration>}, {@code list of TargetGroup}. */
  static String render(Type t) {
    if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      Type[] args = p.getActualTypeArguments();
      if (raw == Value.class) {
        // a link with code text: a bare Value<text> would read as an HTML tag in markdown
        String arg = render(args[0]);
        return arg.equals("any") ? "[`Value`](#value)" : "[`Value<" + arg + ">`](#value)";
      }
      if (Map.class.isAssignableFrom(raw)) {
        return "map of " + render(args[0]) + " to " + render(args[1]);
      }
      if (Collection.class.isAssignableFrom(raw)) return "list of " + render(args[0]);
      if (raw == Stream.class) return "stream of " + render(args[0]);
      if (raw == Optional.class) return "optional " + render(args[0]);
      if (raw == java.util.function.Predicate.class) return "test on " + render(args[0]);
      return render(raw);
    }
    if (t instanceof WildcardType || t instanceof TypeVariable<?>) return "any";
    if (t instanceof GenericArrayType g) return "list of " + render(g.getGenericComponentType());
    Class<?> c = (Class<?>) t;
    if (c == String.class || c == char.class || c == Character.class) return "text";
    if (c == boolean.class || c == Boolean.class) return "boolean";
    if (c.isPrimitive() || Number.class.isAssignableFrom(c)) return "number";
    if (c == Duration.class) return "duration";
    if (c == Object.class) return "any";
    if (Collection.class.isAssignableFrom(c)) return "list";
    if (c.getPackageName().startsWith("io.gatelint.")) return link(c);
    return c.getSimpleName();
  }

  /** A rendered type without its links, for inside a code span: {@code Value<duration>}. */
  static String plain(String rendered) {
    return rendered.replaceAll("\\[`?([^\\]`]+)`?]\\(#[^)]*\\)", "$1");
  }

  private static String link(Class<?> c) {
    String name = typeName(c);
    return "[" + name + "](#" + name.toLowerCase(java.util.Locale.ROOT).replace(".", "") + ")";
  }

  /** {@code TargetGroup}; a nested class as {@code StackReferences.Output}. */
  static String typeName(Class<?> c) {
    String name = c.getName().substring(c.getPackageName().length() + 1);
    return name.replace('$', '.');
  }
}
