/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatelint.LintResult;
import io.gatelint.finding.Finding;
import io.gatelint.model.Location;
import io.gatelint.model.Notice;
import java.io.IOException;
import java.io.Writer;

/**
 * gatelint's own JSON: one object with its schema version, the tool version, every finding
 * (suppressed ones marked), the rules that failed to evaluate ({@code errors}; the results are then
 * incomplete), the notices, the chains the linker built with their evidence, what stayed unlinked,
 * and a summary. The format is documented in {@code docs/json-format.md}.
 */
public final class JsonReporter implements Reporter {

  /**
   * The version of the document's shape: raised when a field is removed, renamed or changes its
   * meaning; a new field does not raise it.
   */
  public static final int SCHEMA_VERSION = 1;

  private final String version;

  public JsonReporter(String version) {
    this.version = version;
  }

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    // streamed: the findings and chains printed item by item, on a worker per core (JsonTree),
    // never as one tree holding 45,000 findings' nodes (10,000 generated stacks)
    try (JsonGenerator g = JsonTree.generator(out)) {
      g.writeStartObject();
      g.writeNumberField("schemaVersion", SCHEMA_VERSION);
      g.writeStringField("tool", "gatelint");
      g.writeStringField("version", version);
      g.writeArrayFieldStart("findings");
      JsonTree.writeEach(result.findings(), JsonReporter::finding, g);
      g.writeEndArray();
      g.writeArrayFieldStart("errors");
      for (var e : result.errors()) {
        g.writeStartObject();
        g.writeStringField("ruleId", e.ruleId());
        g.writeStringField("ruleFile", e.file());
        g.writeStringField("message", e.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("notices");
      for (Notice notice : result.notices()) {
        g.writeStartObject();
        g.writeStringField("code", notice.code());
        g.writeStringField("message", notice.message());
        g.writeStringField("fix", notice.fix());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("chains");
      JsonTree.writeEach(result.chains(), JsonTree.trees(ChainReport::chain), g);
      g.writeEndArray();
      g.writeArrayFieldStart("unlinked");
      JsonTree.writeEach(result.unlinked(), (u, gen) -> gen.writeString(u), g);
      g.writeEndArray();
      g.writeObjectFieldStart("summary");
      g.writeNumberField("files", result.filesRead());
      g.writeNumberField("findings", result.active().size());
      g.writeNumberField("suppressed", result.findings().size() - result.active().size());
      g.writeBooleanField("complete", result.errors().isEmpty());
      g.writeEndObject();
      g.writeEndObject();
    }
    out.write("\n");
  }

  /** One finding, printed without building its tree (45,000 trees for 10,000 stacks). */
  private static void finding(Finding f, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", f.ruleId());
    g.writeStringField("name", f.rule().name());
    g.writeStringField("severity", f.severity().label());
    g.writeFieldName("location");
    location(f.location(), g);
    g.writeStringField("message", f.message());
    g.writeStringField("fix", f.rule().remediation());
    if (!f.resource().isEmpty()) g.writeStringField("resource", f.resource());
    g.writeArrayFieldStart("related");
    for (Finding.Related r : f.related()) {
      g.writeStartObject();
      g.writeFieldName("location");
      location(r.location(), g);
      g.writeStringField("message", r.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("fingerprint", f.fingerprint());
    if (f.isSuppressed()) {
      g.writeObjectFieldStart("suppressed");
      g.writeStringField("kind", f.suppression().kind());
      g.writeStringField("reason", f.suppression().reason());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void location(Location l, JsonGenerator g) throws IOException {
    ObjectNode n = JsonTree.object();
    location(n, l);
    JsonTree.write(n, g);
  }

  static void location(ObjectNode n, Location l) {
    n.put("file", l.file());
    n.put("line", l.line());
    n.put("column", l.column());
    if (!l.pointer().isEmpty()) n.put("pointer", l.pointer());
  }
}
