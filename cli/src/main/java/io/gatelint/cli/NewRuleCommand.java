/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gatelint new-rule ID}: writes a commented rule file and a good/bad fixture pair beside it
 * that {@code gatelint test} passes, as a start to edit. Existing files are never overwritten.
 */
@Command(
    name = "new-rule",
    mixinStandardHelpOptions = true,
    description =
        "Write a commented rule file ID-NAME.yml and a good/bad fixture pair under fixtures/ID/,"
            + " ready for 'gatelint test --rules DIR'.")
final class NewRuleCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "the rule id: 2-5 capitals and 3-4 digits, ACME001")
  String id;

  @Option(
      names = "--name",
      description = "the rule's kebab-case name (default: ${DEFAULT-VALUE})",
      defaultValue = "health-check-interval-at-most-10s")
  String name;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "the rule folder to write into (default: the working directory)")
  Path dir = Path.of(".");

  @Override
  public Integer call() throws IOException {
    if (!id.matches("[A-Z]{2,5}\\d{3,4}"))
      throw new Main.UsageException("rule id '" + id + "' is not like ACME001");
    if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*"))
      throw new Main.UsageException("--name '" + name + "' is not kebab-case");
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(dir.resolve(id + "-" + name + ".yml"), rule(id, name));
    Path fixtures = dir.resolve("fixtures").resolve(id);
    files.put(fixtures.resolve("bad").resolve("template.yaml"), template(id, true));
    files.put(fixtures.resolve("good").resolve("template.yaml"), template(id, false));
    for (Path f : files.keySet()) {
      if (Files.exists(f)) throw new Main.UsageException(f + ": exists, not overwritten");
    }
    PrintWriter out = spec.commandLine().getOut();
    for (Map.Entry<Path, String> e : files.entrySet()) {
      try {
        Files.createDirectories(e.getKey().toAbsolutePath().getParent());
        Files.writeString(e.getKey(), e.getValue(), StandardCharsets.UTF_8);
      } catch (IOException ex) {
        throw new Main.UsageException("cannot write " + e.getKey() + ": " + Main.reason(ex));
      }
      out.println("wrote " + e.getKey());
    }
    out.println("next: gatelint test --rules " + dir);
    out.flush();
    return Main.OK;
  }

  /** The rule: an in-house policy, each field with a comment on what it takes. */
  static String rule(String id, String name) {
    return """
        # A gatelint rule: metadata, then expressions over the model and the facts.
        # Reference: docs/rule-authoring.md; test it with 'gatelint test --rules DIR'.
        # The example below is an in-house policy; replace it with yours.

        # A unique id (2-5 capitals, 3-4 digits) and a kebab-case name; the file is ID-name.yml.
        id: %s
        name: %s
        # error, warning or note: how gatelint lint --fail-on weighs a finding.
        severity: warning
        # A free word that groups rules in reports, such as availability or hardening.
        category: availability
        # One line: what is wrong, as a finding's headline.
        title: Target group health check interval above 10 seconds
        # Why it matters, for the reader of 'gatelint explain'.
        description: >
          Our policy: a target that stops answering must leave the rotation within half a minute,
          so target groups check health at least every 10 seconds.
        # How to fix it.
        remediation: Set HealthCheckIntervalSeconds (Terraform health_check.interval) to 10 or less.
        # Optional for custom rules: a help page, and the facts the rule rests on with sources.
        # helpUri: https://wiki.example.com/policies/health-checks
        # facts:
        #   - claim: "..."
        #     source: "..."
        #     url: https://...

        # The objects to judge: 'VARIABLE in EXPRESSION' over model.* or facts.*.
        for: tg in model.targetGroups
        # When the rule fires for one object. Values may be unknown (a parameter without a
        # default); number(v) holds only for a known number, so an unknown never fires.
        when: number(tg.healthCheck.interval) && tg.healthCheck.interval.num() > 10
        # The value the finding points at: its file and line (or the default it came from).
        at: tg.healthCheck.interval
        # The finding's text; {expression} is replaced by its value.
        message: "Target group {tg.id} checks health every {tg.healthCheck.interval}: our policy is at most 10 s."
        """
        .formatted(id, name);
  }

  /** A CloudFormation target group, its interval line marked as the rule must judge it. */
  static String template(String id, boolean bad) {
    String mark = (bad ? " # expect: " : " # ok: ") + id;
    int interval = bad ? 30 : 10;
    return """
        # %s fixture for the rule: '# expect: ID' marks a line the rule must report,
        # '# ok: ID' a line it must not.
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          AppTargetGroup:
            Type: AWS::ElasticLoadBalancingV2::TargetGroup
            Properties:
              Port: 8080
              Protocol: HTTP
              VpcId: vpc-0123456789abcdef0
              HealthCheckPath: /health
              HealthCheckIntervalSeconds: %d%s
        """
        .formatted(bad ? "A bad" : "A good", interval, mark);
  }
}
