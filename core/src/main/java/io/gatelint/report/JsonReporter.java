/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
    // streamed, each finding's small tree written as soon as it is built: the whole report as one
    // tree kept 45,000 findings' nodes alive until the end (10,000 generated stacks)
    try (JsonGenerator g = JsonTree.generator(out)) {
      g.writeStartObject();
      g.writeNumberField("schemaVersion", SCHEMA_VERSION);
      g.writeStringField("tool", "gatelint");
      g.writeStringField("version", version);
      g.writeArrayFieldStart("findings");
      JsonTree.writeEach(result.findings(), JsonReporter::finding, g);
      g.writeEndArray();
      ObjectNode rest = JsonTree.object();
      rest(rest, result);
      for (var e = rest.fields(); e.hasNext(); ) {
        var field = e.next();
        g.writeFieldName(field.getKey());
        JsonTree.write(field.getValue(), g);
      }
      g.writeEndObject();
    }
    out.write("\n");
  }

  private static ObjectNode finding(Finding f) {
    ObjectNode n = JsonTree.object();
    n.put("ruleId", f.ruleId());
    n.put("name", f.rule().name());
    n.put("severity", f.severity().label());
    location(n.putObject("location"), f.location());
    n.put("message", f.message());
    n.put("fix", f.rule().remediation());
    if (!f.resource().isEmpty()) n.put("resource", f.resource());
    ArrayNode related = n.putArray("related");
    for (Finding.Related r : f.related()) {
      ObjectNode rn = related.addObject();
      location(rn.putObject("location"), r.location());
      rn.put("message", r.message());
    }
    n.put("fingerprint", f.fingerprint());
    if (f.isSuppressed()) {
      ObjectNode s = n.putObject("suppressed");
      s.put("kind", f.suppression().kind());
      s.put("reason", f.suppression().reason());
    }
    return n;
  }

  /** Everything after the findings, small beside them. */
  private static void rest(ObjectNode root, LintResult result) {
    ArrayNode errors = root.putArray("errors");
    for (var e : result.errors()) {
      ObjectNode n = errors.addObject();
      n.put("ruleId", e.ruleId());
      n.put("ruleFile", e.file());
      n.put("message", e.message());
    }
    ArrayNode notices = root.putArray("notices");
    for (Notice notice : result.notices()) {
      ObjectNode n = notices.addObject();
      n.put("code", notice.code());
      n.put("message", notice.message());
      n.put("fix", notice.fix());
    }
    ChainReport.chains(root.putArray("chains"), result);
    ChainReport.unlinked(root.putArray("unlinked"), result);
    ObjectNode summary = root.putObject("summary");
    summary.put("files", result.filesRead());
    summary.put("findings", result.active().size());
    summary.put("suppressed", result.findings().size() - result.active().size());
    summary.put("complete", result.errors().isEmpty());
  }

  static void location(ObjectNode n, Location l) {
    n.put("file", l.file());
    n.put("line", l.line());
    n.put("column", l.column());
    if (!l.pointer().isEmpty()) n.put("pointer", l.pointer());
  }
}
