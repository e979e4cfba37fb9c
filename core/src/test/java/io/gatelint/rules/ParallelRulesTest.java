/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatelint.RepoPaths;
import io.gatelint.ShuffledExecutor;
import io.gatelint.facts.Facts;
import io.gatelint.facts.FactsBuilder;
import io.gatelint.finding.EvaluationError;
import io.gatelint.finding.Finding;
import io.gatelint.link.Linker;
import io.gatelint.model.Model;
import io.gatelint.parse.FileIsolation;
import io.gatelint.parse.InputFormats;
import io.gatelint.parse.InputParser;
import io.gatelint.parse.ParseContext;
import io.gatelint.source.Discovery;
import io.gatelint.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules run as tasks on several threads report what they report on one: the same findings, the same
 * evaluation errors and the same trace lines, in the same order, whatever order the rules finish
 * in.
 */
class ParallelRulesTest {

  @TempDir Path temp;

  @Test
  void rulesFinishingInAnyOrderReportAsOnOneThread() throws IOException {
    Model model = fixtures();
    Facts facts = FactsBuilder.build(model);
    Path failing = failingRule();
    // compiled afresh for every run: MVEL words an error on an expression's first run otherwise
    // than on later ones (its optimiser is still reflecting)
    RuleSet rules = RuleSet.load(List.of(failing));

    List<String> sequentialTrace = new ArrayList<>();
    RuleEngine sequential = new RuleEngine().trace(sequentialTrace::add);
    List<Finding> expected = sequential.evaluate(rules, model, facts);

    Random random = new Random(18);
    for (int run = 0; run < 3; run++) {
      ShuffledExecutor shuffled = new ShuffledExecutor(random, 10);
      List<String> trace = new ArrayList<>();
      RuleEngine parallel = new RuleEngine().trace(trace::add).parallel(shuffled);
      rules = RuleSet.load(List.of(failing));
      assertThat(parallel.evaluate(rules, model, facts)).isEqualTo(expected);
      assertThat(parallel.errors()).isEqualTo(sequential.errors());
      assertThat(trace).isEqualTo(sequentialTrace);
      assertThat(shuffled.threads()).hasSize(rules.rules().size());
    }
    // the comparison is worth something: every kind of outcome is there
    assertThat(expected.stream().map(Finding::ruleId).distinct().count()).isGreaterThan(15);
    assertThat(sequential.errors())
        .extracting(EvaluationError::ruleId)
        .isNotEmpty()
        .containsOnly("GL991");
    assertThat(sequentialTrace).hasSizeGreaterThan(100);
  }

  /**
   * The rules that name no facts run before the facts are derived; the others wait for them; the
   * findings are those of a run with the facts at hand.
   */
  @Test
  void rulesOfTheModelAloneRunWhileTheFactsAreDerived() throws IOException {
    Model model = fixtures();
    Facts facts = FactsBuilder.build(model);
    List<Finding> expected = new RuleEngine().evaluate(RuleSet.load(List.of()), model, facts);

    RuleSet rules = RuleSet.load(List.of());
    AtomicInteger ran = new AtomicInteger();
    CompletableFuture<Facts> pending = new CompletableFuture<>();
    // each task runs where it is submitted: at start for the rules of the model alone, on
    // completion of the facts for the others
    Executor here =
        task -> {
          ran.incrementAndGet();
          task.run();
        };
    RuleEngine.Run run = new RuleEngine().parallel(here).start(rules, model, pending);
    int before = ran.get();
    pending.complete(facts);
    assertThat(run.findings()).isEqualTo(expected);

    List<String> modelOnly =
        rules.rules().stream().filter(r -> !r.readsFacts()).map(r -> r.info().id()).toList();
    assertThat(modelOnly).contains("GL001", "GL010", "GL020").doesNotContain("GL000", "GL040");
    assertThat(before).isEqualTo(modelOnly.size());
    assertThat(ran.get()).isEqualTo(rules.rules().size());
  }

  @Test
  void aRuleNamingTheFactsOnlyInTextStillWaitsForThem() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("literal"));
    Files.writeString(
        dir.resolve("GL992-test.yml"),
        String.join(
            "\n",
            "id: GL992",
            "name: test-says-facts",
            "severity: note",
            "category: observability",
            "title: Says facts",
            "description: Names the facts in a message literal only, for this test.",
            "remediation: None.",
            "helpUri: https://example.invalid/gl992",
            "facts:",
            "  - claim: none",
            "    source: test",
            "    url: https://example.invalid/gl992",
            "for: lb in model.applicationLoadBalancers",
            "when: lb.id != 'facts'",
            "at: lb",
            "message: \"Load balancer {lb.id}\"",
            ""));
    Rule rule =
        RuleSet.load(List.of(dir)).rules().stream()
            .filter(r -> r.info().id().equals("GL992"))
            .findFirst()
            .orElseThrow();
    assertThat(rule.readsFacts()).isTrue();
  }

  /**
   * An expression failing on each of many objects, run after run, is worded alike for each: its
   * text does not depend on how many runs came before or how fast they came.
   */
  @Test
  void aFailureIsWordedAlikeForEveryObject() throws IOException {
    Path tree = Files.createDirectories(temp.resolve("many"));
    // an idle timeout given by a parameter without a default: known to be set, its value unknown
    StringBuilder template =
        new StringBuilder("Parameters:\n  Idle:\n    Type: Number\nResources:\n");
    for (int i = 0; i < 200; i++) {
      template
          .append("  Lb")
          .append(i)
          .append(":\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n")
          .append("    Properties:\n      Type: application\n")
          .append("      LoadBalancerAttributes:\n")
          .append("        - Key: idle_timeout.timeout_seconds\n")
          .append("          Value: !Ref Idle\n");
    }
    Files.writeString(tree.resolve("template.yaml"), template);
    Model model = new Model();
    new io.gatelint.parse.cfn.CloudFormationParser()
        .parse(
            List.of(
                new SourceFile(
                    tree.resolve("template.yaml"),
                    "template.yaml",
                    io.gatelint.source.SourceKind.CLOUDFORMATION)),
            ParseContext.of(tree),
            model);
    new Linker().link(model);
    model.freeze();
    RuleEngine engine = new RuleEngine();
    RuleSet rules =
        RuleSet.load(List.of(failingRule("lb.idleTimeout.raw().toString().length() > 0")));
    Facts facts = FactsBuilder.build(model);
    for (int run = 0; run < 3; run++) engine.evaluate(rules, model, facts);
    List<String> texts =
        engine.errors().stream()
            .filter(e -> e.ruleId().equals("GL991"))
            .map(e -> e.message().substring(e.message().indexOf(": ") + 2))
            .toList();
    assertThat(texts).hasSize(600);
    assertThat(texts.stream().distinct()).hasSize(1);
  }

  @Test
  void whatARuleTaskThrowsReachesTheCallerAsThrown() {
    for (Throwable thrown :
        List.of(
            new OutOfMemoryError("test: no memory left"),
            new IllegalStateException("test: a defect"))) {
      CompletableFuture<Object> task = new CompletableFuture<>();
      task.completeExceptionally(thrown);
      assertThatThrownBy(() -> RuleEngine.joined(task)).isSameAs(thrown);
    }
  }

  /** Every fixture, read, linked and frozen as a lint run does. */
  private static Model fixtures() {
    Path root = RepoPaths.fixtures();
    List<InputParser> parsers = InputFormats.all();
    Discovery.Result discovered =
        new Discovery(List.of(), List.of(), parsers).discover(List.of(root), root);
    ParseContext context = ParseContext.of(root);
    Model model = new Model();
    for (InputParser parser : parsers) {
      List<SourceFile> mine =
          discovered.files().stream().filter(f -> parser.kinds().contains(f.kind())).toList();
      if (!mine.isEmpty()) FileIsolation.read(parser, mine, context, model);
    }
    new Linker().link(model);
    model.freeze();
    return model;
  }

  /** A rule whose {@code when} fails on some load balancers: evaluation errors in the middle. */
  private Path failingRule() throws IOException {
    return failingRule("lb.idleTimeout.raw().toString().length() > 0");
  }

  /** A rule whose {@code when} is given. */
  private Path failingRule(String when) throws IOException {
    Path dir =
        Files.createDirectories(temp.resolve("rules-" + Integer.toHexString(when.hashCode())));
    Files.writeString(
        dir.resolve("GL991-test.yml"),
        String.join(
            "\n",
            "id: GL991",
            "name: test-fails-on-some",
            "severity: note",
            "category: observability",
            "title: Fails on some load balancers",
            "description: Fails to evaluate where the idle timeout is unknown, for this test.",
            "remediation: None.",
            "helpUri: https://example.invalid/gl991",
            "facts:",
            "  - claim: none",
            "    source: test",
            "    url: https://example.invalid/gl991",
            "for: lb in model.applicationLoadBalancers",
            "when: " + when,
            "at: lb",
            "message: \"Load balancer {lb.id}\"",
            ""));
    return dir;
  }
}
