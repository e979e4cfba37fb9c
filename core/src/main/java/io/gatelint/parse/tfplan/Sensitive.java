package io.gatelint.parse.tfplan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Collects the texts of the planned values a plan marks sensitive, so that no output prints them.
 */
final class Sensitive {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_DEPTH = 64;

  private Sensitive() {}

  /** Adds the scalar texts of {@code values} under the {@code true} leaves of {@code marks}. */
  static void collect(JsonNode values, JsonNode marks, Set<String> into) {
    collect(values, marks, into, 0);
  }

  private static void collect(JsonNode values, JsonNode marks, Set<String> into, int depth) {
    if (values == null || marks == null || depth > MAX_DEPTH) return;
    if (marks.isBoolean()) {
      if (marks.booleanValue()) leaves(values, into, depth);
      return;
    }
    if (marks.isObject() && values.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = marks.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        collect(values.get(e.getKey()), e.getValue(), into, depth + 1);
      }
    } else if (marks.isArray() && values.isArray()) {
      for (int i = 0; i < marks.size() && i < values.size(); i++)
        collect(values.get(i), marks.get(i), into, depth + 1);
    }
  }

  /**
   * Every scalar under the node; a string holding JSON (container_definitions) is read for its
   * scalars too.
   */
  private static void leaves(JsonNode node, Set<String> into, int depth) {
    if (node == null || node.isNull() || depth > MAX_DEPTH) return;
    if (node.isContainerNode()) {
      for (JsonNode child : node) leaves(child, into, depth + 1);
      return;
    }
    String text = node.asText();
    into.add(text);
    String trimmed = text.trim();
    if (node.isTextual() && (trimmed.startsWith("{") || trimmed.startsWith("["))) {
      try {
        leaves(JSON.readTree(trimmed), into, depth + 1);
      } catch (IOException e) {
        // not JSON: the whole text is kept
      }
    }
  }
}
