/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatelint.model.ResourceKind;
import io.gatelint.parse.FileBudget;
import io.gatelint.parse.tfplan.PlanDocument.ConfigModule;
import io.gatelint.parse.tfplan.PlanDocument.ConfigResource;
import io.gatelint.parse.tfplan.PlanDocument.ModuleCall;
import io.gatelint.parse.tfplan.PlanDocument.PlannedResource;
import io.gatelint.parse.tfplan.PlanDocument.ResourceChange;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a {@code terraform show -json} document with Jackson's streaming parser, in one pass and
 * bounded memory: sections and resources gatelint does not model are skipped without building
 * trees; a resource of a modelled type is read as a small tree, with the position of each value.
 *
 * <p>Handles a UTF-8 byte-order mark, UTF-16 (with or without mark), and text printed before the
 * JSON (the output of the Terraform GitHub Actions wrapper): the JSON starts at the first line
 * that begins with {@code {}. Invalid JSON raises {@link PlanSyntaxException} with the line and
 * column Jackson reports.
 */
final class PlanReader {

  /** The Terraform types mapped onto the model. */
  static final Set<String> MODELLED_TYPES = Set.copyOf(ResourceKind.terraformTypesRead());

  private final PlanDocument doc = new PlanDocument();

  /** Builds the kept trees compactly, sharing repeated strings and small trees. */
  private final PlanNodes nodes = new PlanNodes();

  /** Notes the positions of a resource's values while they are read; set with the line offset. */
  private ValuePositions.Recorder positions;

  /** lines of wrapper text before the JSON */
  private int lineOffset;

  /** whether text was printed before the JSON */
  private boolean wrapped;

  /** Thrown for a document that is not JSON, or not a JSON object. */
  static final class PlanSyntaxException extends Exception {
    final int line;
    final int column;

    PlanSyntaxException(String message, int line, int column) {
      super(message);
      this.line = line;
      this.column = column;
    }
  }

  /**
   * Reads the whole plan into one document: the cross-resource sections, then every planned
   * resource. For tests and small plans; {@link #readIndexes} and {@link #streamPlanned} keep one
   * planned resource at a time.
   */
  static PlanDocument read(Path file) throws IOException, PlanSyntaxException {
    PlanReader reader = new PlanReader(file);
    PlanDocument doc = reader.readIndexes();
    reader.streamPlanned(resource -> doc.planned.put(resource.address(), resource));
    return doc;
  }

  private final Path file;

  /**
   * The second pass's receiver of each planned resource as it is read; null in the first pass,
   * which reads no planned values.
   */
  private Consumer<PlannedResource> sink;

  /** Ordinal of the planned resource being read, counted alike in both passes. */
  private int plannedOrdinal;

  /** {@code planned_values} and {@code values} sections the first pass saw. */
  private int plannedSections;

  /**
   * For an address that more than one planned resource has (not written by Terraform), the ordinal
   * of the last one, which is the one kept, as a map keeps the later of two equal keys.
   */
  private final Map<String, Integer> repeatedAddresses = new HashMap<>();

  PlanReader(Path file) {
    this.file = file;
  }

  /**
   * The first pass: everything mapping needs across resources — {@code resource_changes}, {@code
   * configuration}, {@code variables} and the addresses of the planned resources — without any
   * planned resource's values.
   */
  PlanDocument readIndexes() throws IOException, PlanSyntaxException {
    sink = null;
    pass(this::readDocument);
    return doc;
  }

  /**
   * The second pass: reads {@code planned_values} again, handing each modelled resource to {@code
   * into} as soon as it is read and keeping none, so a plan's values are never all in memory. The
   * file is read twice from disk; the second read stops at the end of the last planned section.
   */
  void streamPlanned(Consumer<PlannedResource> into) throws IOException, PlanSyntaxException {
    sink = into;
    plannedOrdinal = 0;
    try {
      pass(this::readPlannedSections);
    } finally {
      sink = null;
    }
  }

  private interface Pass {
    void read(JsonParser p) throws IOException, PlanSyntaxException;
  }

  private void pass(Pass pass) throws IOException, PlanSyntaxException {
    // each pass streams the file once, keeping only what it is for: time grows with the size,
    // not memory
    FileBudget.allowStreamedRead(java.nio.file.Files.size(file));
    PlanInput.Opened opened = PlanInput.open(file);
    lineOffset = opened.lineOffset();
    wrapped = opened.lineOffset() > 0;
    positions = new ValuePositions.Recorder(lineOffset);
    try (JsonParser p = opened.parser()) {
      try {
        pass.read(p);
      } catch (com.fasterxml.jackson.core.JacksonException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : Math.max(0, at.getLineNr()) + lineOffset;
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        String reason =
            e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        throw new PlanSyntaxException(
            "invalid JSON: " + reason.lines().findFirst().orElse(reason), line, column);
      }
    }
  }

  /** The second pass over a document the first found valid: its planned sections only. */
  private void readPlannedSections(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) return;
    int seen = 0;
    while (seen < plannedSections && p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (field.equals("planned_values") || field.equals("values")) {
        plannedValues(p, "/" + field);
        seen++;
      } else {
        p.skipChildren();
      }
    }
  }

  private void readDocument(JsonParser p) throws IOException, PlanSyntaxException {
    JsonToken first = p.nextToken();
    if (first != JsonToken.START_OBJECT) {
      JsonLocation at = p.currentTokenLocation();
      throw new PlanSyntaxException(
          first == null
              ? "empty file: not a Terraform plan"
              : "not a Terraform plan: the document is not a JSON object",
          at.getLineNr() + lineOffset,
          at.getColumnNr());
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "planned_values", "values" -> {
          plannedSections++;
          plannedValues(p, "/" + field);
        }
        case "resource_changes" -> resourceChanges(p);
        case "configuration" -> configuration(p);
        case "variables" -> variables(p);
        default -> p.skipChildren();
      }
    }
    if (!wrapped) {
      JsonToken trailing = p.nextToken();
      if (trailing != null) {
        JsonLocation at = p.currentTokenLocation();
        throw new PlanSyntaxException(
            "invalid JSON: content after the end of the plan object",
            at.getLineNr() + lineOffset,
            at.getColumnNr());
      }
    }
  }

  private void plannedValues(JsonParser p, String pointer) throws IOException {
    if (!isObject(p)) return;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (field.equals("root_module")) {
        plannedModule(p, pointer + "/root_module", 0);
      } else {
        p.skipChildren();
      }
    }
  }

  private void plannedModule(JsonParser p, String pointer, int depth) throws IOException {
    if (!isObject(p)) return;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (field.equals("resources") && p.currentToken() == JsonToken.START_ARRAY) {
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) plannedResource(p, pointer, i++);
      } else if (field.equals("child_modules")
          && p.currentToken() == JsonToken.START_ARRAY
          && depth < 100) {
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY)
          plannedModule(p, pointer + "/child_modules/" + i++, depth + 1);
      } else {
        p.skipChildren();
      }
    }
  }

  private void plannedResource(JsonParser p, String module, int index) throws IOException {
    if (!isObject(p)) return;
    JsonLocation at = p.currentTokenLocation();
    String address = null;
    String mode = "managed";
    String type = null;
    JsonNode values = null;
    JsonNode sensitive = null;
    ValuePositions valuePositions = null;
    boolean isObject = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken t = p.nextToken();
      switch (field) {
        case "address" -> address = text(p);
        case "mode" -> mode = text(p);
        case "type" -> type = text(p);
        case "values" -> {
          if (sink == null || (type != null && !MODELLED_TYPES.contains(type))) {
            // the first pass only notes that the values are an object
            isObject = t == JsonToken.START_OBJECT;
            p.skipChildren();
          } else {
            positions.reset();
            values = nodes.read(p, positions);
            valuePositions = positions.done();
          }
        }
        case "sensitive_values" -> {
          if (sink != null
              && (type == null || MODELLED_TYPES.contains(type))
              && t.isStructStart()) {
            sensitive = marking(p);
          } else {
            p.skipChildren();
          }
        }
        default -> p.skipChildren();
      }
    }
    if (address == null
        || type == null
        || !MODELLED_TYPES.contains(type)
        || !"managed".equals(mode)
        || !(sink == null ? isObject : values != null && values.isObject())) return;
    int ordinal = plannedOrdinal++;
    if (sink == null) {
      String known = doc.plannedAddresses.add(address);
      if (known != null) repeatedAddresses.put(known, ordinal);
      return;
    }
    address = plannedAddress(address);
    Integer last = repeatedAddresses.get(address);
    if (last != null && last != ordinal) return;
    sink.accept(
        new PlannedResource(
            address,
            MANAGED,
            canonicalType(type),
            values,
            sensitive,
            valuePositions,
            module,
            index,
            at.getLineNr() + lineOffset,
            at.getColumnNr()));
  }

  private void resourceChanges(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      p.skipChildren();
      return;
    }
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      int index = i++;
      if (!isObject(p)) continue;
      JsonLocation at = p.currentTokenLocation();
      String address = null;
      String type = null;
      String mode = "managed";
      List<String> actions = List.of();
      JsonNode afterUnknown = null;
      JsonNode afterSensitive = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "address" -> address = text(p);
          case "type" -> type = text(p);
          case "mode" -> mode = text(p);
          case "change" -> {
            if ((type != null && !MODELLED_TYPES.contains(type)) || !isObject(p)) {
              p.skipChildren();
              break;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String part = p.currentName();
              JsonToken t = p.nextToken();
              if (part.equals("actions") && t == JsonToken.START_ARRAY) {
                List<String> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                  if (p.currentToken() == JsonToken.VALUE_STRING) list.add(p.getText());
                  else p.skipChildren();
                }
                actions = actions(list);
              } else if (part.equals("after_unknown") && t.isStructStart()) {
                // an empty object marks nothing and names no key
                JsonNode tree = nodes.read(p);
                afterUnknown = tree.isObject() && tree.isEmpty() ? null : nodes.shared(tree);
              } else if (part.equals("after_sensitive") && t.isStructStart()) {
                afterSensitive = marking(p);
              } else {
                p.skipChildren();
              }
            }
          }
          default -> p.skipChildren();
        }
      }
      if (address != null
          && type != null
          && MODELLED_TYPES.contains(type)
          && "managed".equals(mode)) {
        address = plannedAddress(address);
        doc.plannedAddresses.change(
            address,
            new ResourceChange(
                actions,
                afterUnknown,
                afterSensitive,
                index,
                at.getLineNr() + lineOffset,
                at.getColumnNr()));
      }
    }
  }

  /** Top-level {@code variables}: {@code {name: {value}}}. */
  private void variables(JsonParser p) throws IOException {
    if (!isObject(p)) return;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (!isObject(p)) continue;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String part = p.currentName();
        p.nextToken();
        // structured values too: module code indexes into maps and lists of them
        if (part.equals("value")) {
          doc.variables.put(name, p.readValueAsTree());
        } else {
          p.skipChildren();
        }
      }
    }
  }

  private void configuration(JsonParser p) throws IOException {
    if (!isObject(p)) return;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (field.equals("root_module")) {
        ConfigModule module = new ConfigModule();
        configModule(p, module, 0);
        doc.configuration = module;
      } else {
        p.skipChildren();
      }
    }
  }

  private void configModule(JsonParser p, ConfigModule module, int depth) throws IOException {
    if (!isObject(p)) return;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken t = p.nextToken();
      if (field.equals("resources") && t == JsonToken.START_ARRAY) {
        while (p.nextToken() != JsonToken.END_ARRAY) configResource(p, module);
      } else if (field.equals("outputs") && t == JsonToken.START_OBJECT) {
        namedParts(p, "expression", JsonToken::isStructStart, module.outputs);
      } else if (field.equals("variables") && t == JsonToken.START_OBJECT) {
        namedParts(p, "default", JsonToken::isScalarValue, module.variableDefaults);
      } else if (field.equals("module_calls") && t == JsonToken.START_OBJECT && depth < 100) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          if (!isObject(p)) continue;
          String source = "";
          JsonNode expressions = null;
          ConfigModule child = new ConfigModule();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String part = p.currentName();
            JsonToken pt = p.nextToken();
            if (part.equals("source")) {
              source = text(p);
            } else if (part.equals("expressions") && pt.isStructStart()) {
              expressions = p.readValueAsTree();
            } else if (part.equals("module")) {
              configModule(p, child, depth + 1);
            } else {
              p.skipChildren();
            }
          }
          module.calls.put(name, new ModuleCall(source == null ? "" : source, expressions, child));
        }
      } else {
        p.skipChildren();
      }
    }
  }

  private void configResource(JsonParser p, ConfigModule module) throws IOException {
    if (!isObject(p)) return;
    String address = null;
    String type = null;
    String mode = "managed";
    JsonNode expressions = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken t = p.nextToken();
      switch (field) {
        case "address" -> address = text(p);
        case "type" -> type = text(p);
        case "mode" -> mode = text(p);
        case "expressions" -> {
          if ((type == null || MODELLED_TYPES.contains(type)) && t.isStructStart()) {
            expressions = sharedArguments(nodes.read(p));
          } else {
            p.skipChildren();
          }
        }
        default -> p.skipChildren();
      }
    }
    if (address != null
        && type != null
        && MODELLED_TYPES.contains(type)
        && "managed".equals(mode)) {
      module.resources.put(
          plannedAddress(address),
          configResource(canonicalType(type), expressions == null ? NO_EXPRESSIONS : expressions));
    }
  }

  /** A resource without {@code expressions}: nothing changes a tree once read. */
  private static final JsonNode NO_EXPRESSIONS = JsonNodeFactory.instance.objectNode();

  /** Direct-mapped: bounded, and the resources of one pattern come one after another. */
  private final ConfigResource[] configResources = new ConfigResource[1 << 12];

  private final JsonNode[] configExpressions = new JsonNode[1 << 12];

  /**
   * A configuration resource, the same instance as an earlier one of the same type and equal
   * expressions: the configuration is held whole while the planned values stream past, and a plan
   * of many resources written by one pattern ({@code count}, {@code for_each}, generated code)
   * repeats the same expressions object.
   */
  private ConfigResource configResource(String type, JsonNode expressions) {
    int slot = (expressions.hashCode() * 0x9E3779B9) >>> (32 - 12);
    JsonNode known = configExpressions[slot];
    if (known != null && known.equals(expressions)) {
      expressions = known;
    } else {
      configExpressions[slot] = expressions;
    }
    int at = ((System.identityHashCode(expressions) ^ type.hashCode()) * 0x9E3779B9) >>> (32 - 12);
    ConfigResource cached = configResources[at];
    if (cached != null && cached.expressions() == expressions && cached.type().equals(type))
      return cached;
    ConfigResource made = new ConfigResource(type, expressions);
    configResources[at] = made;
    return made;
  }

  /**
   * A resource's {@code expressions} with each argument's expression shared with an equal earlier
   * one: the configuration is held whole while the planned values stream past, and resources of one
   * pattern repeat the same small expressions ({@code {"references": ["aws_security_group.g.id",
   * "aws_security_group.g"]}} for every rule of a group). Nothing changes a tree once read.
   */
  private JsonNode sharedArguments(JsonNode expressions) {
    if (!(expressions instanceof ObjectNode object)) return expressions;
    List<String> names = new ArrayList<>(object.size());
    // through the entries: the key set view of a map is kept by the map once asked for
    for (Map.Entry<String, JsonNode> field : object.properties()) names.add(field.getKey());
    for (String name : names) object.replace(name, nodes.shared(object.get(name)));
    return object;
  }

  /**
   * Reads {@code {NAME: {…, PART: value, …}, …}} keeping, for each name, the value of one part when
   * its first token passes the test (an output's expression, a variable's default); skips the rest.
   */
  private static void namedParts(
      JsonParser p,
      String part,
      java.util.function.Predicate<JsonToken> keep,
      Map<String, JsonNode> into)
      throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (!isObject(p)) continue;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        p.nextToken();
        if (key.equals(part) && keep.test(p.currentToken())) {
          into.put(name, p.readValueAsTree());
        } else {
          p.skipChildren();
        }
      }
    }
  }

  private static boolean isObject(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.START_OBJECT) return true;
    p.skipChildren();
    return false;
  }

  private static String text(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t.isScalarValue()) return t == JsonToken.VALUE_NULL ? null : p.getText();
    p.skipChildren();
    return null;
  }

  /**
   * A {@code sensitive_values} or {@code after_sensitive} tree: null when no value in it is marked
   * (the usual {@code {}} or {@code {"tags": {}}}), as such a tree answers no question.
   */
  private JsonNode marking(JsonParser p) throws IOException {
    JsonNode tree = nodes.read(p);
    return PlanNodes.marksAny(tree) ? nodes.shared(tree) : null;
  }

  private static final String MANAGED = "managed";

  /**
   * The planned resource's instance of an equal address, so that the three sections' entries of a
   * resource share one string (a configuration address is module-relative: equal for the root
   * module's resources).
   */
  private String plannedAddress(String address) {
    return doc.plannedAddresses.canonical(address);
  }

  /** The registry's instance of a modelled type name, so that resources share it. */
  private static String canonicalType(String type) {
    for (String known : MODELLED_TYPES) if (known.equals(type)) return known;
    return type;
  }

  /** The actions of a change, the common lists shared. */
  private static List<String> actions(List<String> read) {
    for (List<String> common : COMMON_ACTIONS) if (common.equals(read)) return common;
    return List.copyOf(read);
  }

  private static final List<List<String>> COMMON_ACTIONS =
      List.of(
          List.of("create"),
          List.of("update"),
          List.of("no-op"),
          List.of("read"),
          List.of("delete"),
          List.of("delete", "create"),
          List.of("create", "delete"));

  /** JSON Pointer escaping of one reference token. */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
