/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatelint.LintResult;
import io.gatelint.finding.Finding;
import io.gatelint.finding.ProjectSite;
import io.gatelint.finding.RuleInfo;
import io.gatelint.finding.Severity;
import io.gatelint.model.Location;
import io.gatelint.model.Notice;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for code scanning: rule metadata with full descriptions and help, relative URIs
 * against {@code %SRCROOT%} (absolute {@code file:} URIs for files outside the root), the other end
 * of a cross-layer finding as a related location, a stable fingerprint of our own, and suppressed
 * findings as suppressed results. The invocation says whether the run was complete: each rule that
 * failed to evaluate and each result left out over the limit is a notification, and so is each
 * notice of what the run could not check.
 */
public final class SarifReporter implements Reporter {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  /** GitHub ingests at most this many results per run. */
  static final int MAX_RESULTS = 25_000;

  private final String version;
  private final int maxResults;

  public SarifReporter(String version) {
    this(version, MAX_RESULTS);
  }

  SarifReporter(String version, int maxResults) {
    this.version = version;
    this.maxResults = maxResults;
  }

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    ObjectNode root = JsonTree.object();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "gatelint");
    driver.put("semanticVersion", version.replaceAll("[^0-9A-Za-z.+-]", ""));
    driver.put("informationUri", ProjectSite.url());
    ArrayNode rules = driver.putArray("rules");
    Map<String, Integer> index = new HashMap<>();
    for (RuleInfo r : result.rules()) {
      index.put(r.id(), index.size());
      ObjectNode rule = rules.addObject();
      rule.put("id", r.id());
      rule.put("name", pascal(r.name()));
      rule.putObject("shortDescription").put("text", r.title());
      rule.putObject("fullDescription").put("text", oneLine(r.description()));
      ObjectNode help = rule.putObject("help");
      help.put("text", oneLine(r.description()) + " Fix: " + oneLine(r.remediation()));
      help.put("markdown", markdownHelp(r));
      // a custom rule may have no help page; SARIF wants a URI or no property
      if (r.helpUri() != null) rule.put("helpUri", r.helpUri());
      rule.putObject("defaultConfiguration").put("level", level(r.severity()));
      ObjectNode props = rule.putObject("properties");
      props.putArray("tags").add(r.category()).add("alb").add("reliability");
      props.put("precision", "high");
      props.put(
          "problem.severity",
          switch (r.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "recommendation";
          });
    }
    ArrayNode results = run.putArray("results");
    List<Finding> findings = result.findings();
    for (Finding f : findings.subList(0, Math.min(findings.size(), maxResults))) {
      ObjectNode r = results.addObject();
      r.put("ruleId", f.ruleId());
      Integer i = index.get(f.ruleId());
      if (i != null) r.put("ruleIndex", i);
      r.put("level", level(f.severity()));
      r.putObject("message").put("text", f.message());
      physical(r.putArray("locations").addObject(), f.location());
      if (!f.related().isEmpty()) {
        ArrayNode related = r.putArray("relatedLocations");
        int id = 1;
        for (Finding.Related rel : f.related()) {
          ObjectNode loc = related.addObject();
          loc.put("id", id++);
          physical(loc, rel.location());
          loc.putObject("message").put("text", rel.message());
        }
      }
      r.putObject("partialFingerprints").put("gatelintFingerprint/v1", f.fingerprint());
      if (f.isSuppressed()) {
        ObjectNode s = r.putArray("suppressions").addObject();
        s.put("kind", f.suppression().kind().equals("config") ? "external" : "inSource");
        if (!f.suppression().reason().isEmpty()) s.put("justification", f.suppression().reason());
      }
    }
    invocation(
        run.putArray("invocations").addObject(), result, index, findings.size() - results.size());
    run.put("columnKind", "unicodeCodePoints");
    // the chains behind the cross-layer results, as --explain-links prints them: a property bag
    // (SARIF 2.1.0 §3.8) holds what the format has no field for
    ObjectNode props = run.putObject("properties");
    ChainReport.chains(props.putArray("gatelint/chains"), result);
    ChainReport.unlinked(props.putArray("gatelint/unlinked"), result);
    JsonTree.write(root, out);
    out.write("\n");
  }

  /**
   * Whether the run was complete: rules that failed to evaluate, and results left out over the
   * limit.
   */
  private void invocation(
      ObjectNode invocation, LintResult result, Map<String, Integer> index, int leftOut) {
    invocation.put("executionSuccessful", result.errors().isEmpty());
    if (result.errors().isEmpty() && leftOut <= 0 && result.notices().isEmpty()) return;
    ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
    for (var e : result.errors()) {
      ObjectNode n = notifications.addObject();
      n.put("level", "error");
      n.putObject("message")
          .put(
              "text",
              "rule "
                  + e.ruleId()
                  + " ("
                  + e.file()
                  + ") failed to evaluate, so its results are incomplete: "
                  + e.message());
      n.putObject("descriptor").put("id", e.ruleId());
      ObjectNode rule = n.putObject("associatedRule");
      rule.put("id", e.ruleId());
      Integer i = index.get(e.ruleId());
      if (i != null) rule.put("index", i);
    }
    if (leftOut > 0) {
      ObjectNode n = notifications.addObject();
      n.put("level", "warning");
      n.putObject("message")
          .put(
              "text",
              leftOut
                  + " of "
                  + result.findings().size()
                  + " results were left out: code scanning accepts at most "
                  + maxResults
                  + " per run; the json format holds them all");
    }
    // what the run could not check, as a notification of level "note" (SARIF 2.1.0 §3.58.6):
    // nothing failed, so executionSuccessful stays as it was
    for (Notice notice : result.notices()) {
      ObjectNode n = notifications.addObject();
      n.put("level", "note");
      n.putObject("message").put("text", notice.message() + ". Fix: " + notice.fix());
      n.putObject("properties").put("code", notice.code());
    }
  }

  private static void physical(ObjectNode holder, Location l) {
    ObjectNode physical = holder.putObject("physicalLocation");
    ObjectNode artifact = physical.putObject("artifactLocation");
    if (isAbsolute(l.file())) {
      // outside the root: an absolute file URI, which must not be resolved against %SRCROOT%
      artifact.put("uri", java.nio.file.Path.of(l.file()).toUri().toString());
    } else {
      artifact.put("uri", uri(l.file()));
      artifact.put("uriBaseId", "%SRCROOT%");
    }
    ObjectNode region = physical.putObject("region");
    region.put("startLine", Math.max(1, l.line()));
    if (l.column() > 0) region.put("startColumn", l.column());
    if (!l.pointer().isEmpty()) {
      ArrayNode logical = holder.putArray("logicalLocations");
      logical.addObject().put("fullyQualifiedName", l.pointer());
    }
  }

  static boolean isAbsolute(String file) {
    try {
      return java.nio.file.Path.of(file).isAbsolute();
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
  }

  /** A relative URI reference: path segments percent-encoded, slashes kept. */
  static String uri(String relativePath) {
    StringBuilder b = new StringBuilder();
    for (String segment : relativePath.split("/", -1)) {
      if (b.length() > 0) b.append('/');
      b.append(
          java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8)
              .replace("+", "%20"));
    }
    return b.toString();
  }

  private static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "note";
    };
  }

  private static String pascal(String kebab) {
    StringBuilder b = new StringBuilder();
    for (String part : kebab.split("-")) {
      if (!part.isEmpty())
        b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return b.toString();
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  static String markdownHelp(RuleInfo r) {
    StringBuilder b = new StringBuilder();
    b.append("**")
        .append(r.id())
        .append(" ")
        .append(r.name())
        .append("** — ")
        .append(r.title())
        .append("\n\n");
    b.append(oneLine(r.description()))
        .append("\n\n**Fix:** ")
        .append(oneLine(r.remediation()))
        .append("\n\n");
    if (!r.since().isEmpty()) b.append("Since ").append(r.since()).append(".\n\n");
    b.append(RuleCatalog.markdownExamples(r));
    b.append("Sources:\n");
    for (RuleInfo.Fact f : r.facts()) {
      b.append("- ")
          .append(oneLine(f.claim()))
          .append(" — ")
          .append(Markup.markdownSource(f.source(), f.url()))
          .append("\n");
    }
    return b.toString();
  }
}
