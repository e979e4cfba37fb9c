/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatelint.LintResult;
import io.gatelint.config.BoundedFile;
import io.gatelint.config.ConfigException;
import io.gatelint.finding.Finding;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings a repository already had when it adopted gatelint. A run with a baseline reports
 * them as suppressed ("baseline") and fails only on new ones. Findings are matched by their
 * fingerprint — rule, file, resource and message without line numbers — so unrelated edits that
 * move lines do not turn old findings into new ones; a finding that occurs twice in the baseline
 * covers two occurrences.
 */
public final class Baseline {

  static final int FORMAT = 1;
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Map<String, Integer> counts;

  private Baseline(Map<String, Integer> counts) {
    this.counts = counts;
  }

  /** Writes the unsuppressed findings of a run as a baseline file. */
  public static void write(LintResult result, Writer out) throws IOException {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("gatelintBaseline", FORMAT);
    ArrayNode findings = root.putArray("findings");
    for (Finding f : result.active()) {
      ObjectNode n = findings.addObject();
      n.put("fingerprint", f.fingerprint());
      n.put("ruleId", f.ruleId());
      n.put("file", f.location().file());
      if (!f.resource().isEmpty()) n.put("resource", f.resource());
      n.put("message", f.message());
    }
    MAPPER.writeValue(
        new java.io.FilterWriter(out) {
          @Override
          public void close() throws IOException {
            flush();
          }
        },
        root);
    out.write("\n");
  }

  /** Reads a baseline file; an unreadable or malformed one is a configuration error (exit 2). */
  public static Baseline load(Path file) {
    JsonNode root;
    String text = BoundedFile.read(file, BoundedFile.MAX_BASELINE_BYTES, "baseline");
    try {
      root = MAPPER.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new ConfigException(
          file + ": not a gatelint baseline: invalid JSON (" + e.getOriginalMessage() + ")");
    }
    if (root == null || !root.has("gatelintBaseline") || !root.path("findings").isArray()) {
      throw new ConfigException(
          file + ": not a gatelint baseline (write one with 'gatelint baseline --output FILE')");
    }
    Map<String, Integer> counts = new HashMap<>();
    for (JsonNode f : root.get("findings"))
      counts.merge(f.path("fingerprint").asText(), 1, Integer::sum);
    return new Baseline(counts);
  }

  /**
   * The findings with those already in the baseline marked suppressed; new ones stay as they are.
   */
  public List<Finding> apply(List<Finding> findings) {
    Map<String, Integer> left = new HashMap<>(counts);
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      Integer n = f.isSuppressed() ? null : left.get(f.fingerprint());
      if (n != null && n > 0) {
        left.put(f.fingerprint(), n - 1);
        out.add(f.suppressed(new Finding.Suppression("baseline", f.location(), "in the baseline")));
      } else {
        out.add(f);
      }
    }
    return out;
  }
}
