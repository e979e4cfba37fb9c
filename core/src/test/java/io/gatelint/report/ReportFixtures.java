/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report;

import io.gatelint.LintRequest;
import io.gatelint.LintResult;
import io.gatelint.Linter;
import io.gatelint.finding.Finding;
import io.gatelint.finding.RuleInfo;
import io.gatelint.finding.Severity;
import io.gatelint.model.Location;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** Lint runs and hand-made results that the reporter tests write out. */
final class ReportFixtures {

  /** A fixed tool version, so that golden files do not change with each release. */
  static final String VERSION = "0.0.0-test";

  private ReportFixtures() {}

  static Path repoRoot() {
    String root = System.getProperty("gatelint.repoRoot");
    if (root == null)
      throw new IllegalStateException(
          "system property gatelint.repoRoot is not set (surefire sets it)");
    return Path.of(root).toAbsolutePath().normalize();
  }

  /**
   * The findings of {@code fixtures/alb-basic/bad}: GL001, GL002, GL003, GL020 (with a related
   * location), GL023.
   */
  static LintResult albBasicBad() {
    return new Linter().lint(LintRequest.of(repoRoot().resolve("fixtures/alb-basic/bad")));
  }

  static String write(Reporter reporter, LintResult result) {
    StringWriter out = new StringWriter();
    try {
      reporter.write(result, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static RuleInfo rule(String id, String name, Severity severity) {
    return new RuleInfo(
        id,
        name,
        severity,
        "test",
        "Title of " + id,
        "Description of " + id + ".",
        "Remediation of " + id + ".",
        "https://example.com/rules#" + id.toLowerCase(),
        List.of(new RuleInfo.Fact("A fact.", "A source", "https://example.com/source")));
  }

  /**
   * Findings that reach the awkward corners: characters to escape, a file-level finding (line 0), a
   * pointer-only location, a related location, inline and configuration suppressions.
   */
  static LintResult awkward() {
    RuleInfo parse = rule("GL000", "parse-error", Severity.ERROR);
    RuleInfo keepAlive = rule("GL010", "nginx-keepalive-not-above-idle-timeout", Severity.ERROR);
    RuleInfo logs = rule("GL001", "alb-access-logs-disabled", Severity.WARNING);
    RuleInfo headers = rule("GL003", "alb-drop-invalid-headers-disabled", Severity.NOTE);
    List<Finding> findings =
        List.of(
            new Finding(
                parse,
                Severity.ERROR,
                Location.file("deploy/empty file.yaml"),
                "the file is empty: nothing to lint",
                List.of(),
                "",
                null),
            new Finding(
                keepAlive,
                Severity.ERROR,
                Location.of("deploy/nginx,prod:1/nginx.conf", 12, 5),
                "keepalive_timeout 50s < idle timeout 60s (100% of <requests> & \"quotes\")\nsecond line",
                List.of(
                    new Finding.Related(
                        Location.of("infra/api.yaml", 22, 11), "idle timeout 60s (ALB default)")),
                "ApiTargetGroup",
                null),
            new Finding(
                logs,
                Severity.WARNING,
                new Location("plan.json", 0, 0, "aws_lb.api/access_logs"),
                "access logs off",
                List.of(),
                "aws_lb.api",
                new Finding.Suppression(
                    "config", Location.of("gatelint.yml", 3, 1), "being replaced")),
            new Finding(
                headers,
                Severity.NOTE,
                Location.of("infra/api.yaml", 25, 18),
                "drop_invalid_header_fields is false",
                List.of(),
                "ApiLoadBalancer",
                new Finding.Suppression("inline", Location.of("infra/api.yaml", 24, 1), "")));
    return new LintResult(
        findings, List.of(parse, logs, headers, keepAlive), List.of(), List.of(), List.of(), 4);
  }

  /** The awkward findings, and a rule that failed to evaluate on one object. */
  static LintResult withEvaluationError() {
    LintResult a = awkward();
    return new LintResult(
        a.findings(),
        a.rules(),
        List.of(),
        List.of(),
        List.of(
            new io.gatelint.finding.EvaluationError(
                "GL010",
                "rules/GL010-nginx-keepalive-not-above-idle-timeout.yml",
                "ProxyServer deploy/nginx.conf:3: java.lang.NullPointerException")),
        a.filesRead());
  }
}
