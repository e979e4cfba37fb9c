/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.RepoPaths;
import io.gatelint.finding.RuleInfo;
import io.gatelint.report.RuleCatalog;
import io.gatelint.testkit.FixtureCheck;
import io.gatelint.testkit.FixtureExpectations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Walks the whole built-in catalogue and fails listing every offender: a file that does not load
 * (missing field, rejected or uncompilable expression), a duplicate id, a file name that does not
 * read {@code ID-name.yml}, a rule without a bad fixture marking it, and a rule reference page that
 * differs from what {@code gatelint rules --format markdown} generates.
 */
class CatalogueTest {

  @Test
  void everyRuleFileLoadsHasFixturesAndAUniqueId() throws IOException {
    List<String> offenders = new ArrayList<>();
    Map<String, String> ids = new HashMap<>();
    Set<String> marked = markedRuleIds();
    Set<String> good = goodCaseRuleIds();
    try (Stream<Path> files = Files.list(RepoPaths.root().resolve("rules"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
        String name = "rules/" + file.getFileName();
        Rule rule;
        try {
          rule = new RuleLoader().load(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (RuleFileException e) {
          offenders.add(e.getMessage());
          continue;
        }
        RuleInfo info = rule.info();
        String previous = ids.put(info.id(), name);
        if (previous != null)
          offenders.add(name + ": duplicate id " + info.id() + " (also " + previous + ")");
        if (!file.getFileName().toString().equals(info.id() + "-" + info.name() + ".yml")) {
          offenders.add(name + ": file name should be " + info.id() + "-" + info.name() + ".yml");
        }
        if (!marked.contains(info.id()))
          offenders.add(name + ": no bad fixture marks " + info.id());
        if (!good.contains(info.id()))
          offenders.add(name + ": no good fixture beside a bad one marking " + info.id());
      }
    }
    assertThat(offenders).as("rule files with problems").isEmpty();
    assertThat(ids).as("the catalogue").isNotEmpty();
  }

  /**
   * A fact's claim is a whole sentence. An unquoted claim holding " #" is cut there by YAML (the
   * rest is a comment), and the reference would cite half a sentence without a word of warning.
   */
  @Test
  void everyFactClaimIsAWholeSentence() {
    List<String> cut = new ArrayList<>();
    for (Rule rule : RuleSet.load(List.of()).rules()) {
      for (RuleInfo.Fact fact : rule.info().facts()) {
        String claim = fact.claim().strip();
        if (!claim.endsWith(".") && !claim.endsWith(")")) cut.add(rule.info().id() + ": " + claim);
      }
    }
    assertThat(cut).as("claims that do not end a sentence (quote a claim holding ' #')").isEmpty();
  }

  @Test
  void everyBuiltInRuleIsPackaged() {
    assertThat(RuleSet.builtinSources().keySet())
        .allSatisfy(k -> assertThat(k).startsWith("rules/GL"));
    assertThat(RuleSet.load(List.of()).rules())
        .extracting(r -> r.info().id())
        .contains("GL000", "GL020");
  }

  @Test
  void ruleReferenceIsGeneratedFromTheMetadata() throws IOException {
    List<RuleInfo> rules = RuleSet.load(List.of()).rules().stream().map(Rule::info).toList();
    Path page = RepoPaths.root().resolve("docs/rules.md");
    String generated = RuleCatalog.markdown(rules);
    if (Boolean.getBoolean("gatelint.updateDocs"))
      Files.writeString(page, generated, StandardCharsets.UTF_8);
    assertThat(page)
        .as("docs/rules.md is generated: run the tests with -Dgatelint.updateDocs=true")
        .exists();
    assertThat(Files.readString(page, StandardCharsets.UTF_8)).isEqualTo(generated);
  }

  /** The ids some bad fixture tree marks. */
  private static Set<String> markedRuleIds() throws IOException {
    Set<String> out = new HashSet<>();
    for (Path d : FixtureCheck.trees(fixtureRoots())) {
      if (d.getFileName().toString().equals("bad")) out.addAll(FixtureExpectations.of(d).ruleIds());
    }
    return out;
  }

  /**
   * The ids that have a good case: a good tree beside a bad one that marks the rule (the pair shows
   * the fix), as in {@code fixtures/NAME/good} and {@code rules/fixtures/ID/good}.
   */
  private static Set<String> goodCaseRuleIds() throws IOException {
    Set<String> out = new HashSet<>();
    for (Path d : FixtureCheck.trees(fixtureRoots())) {
      Path bad = d.resolveSibling("bad");
      if (d.getFileName().toString().equals("good") && Files.isDirectory(bad))
        out.addAll(FixtureExpectations.of(bad).expectedRuleIds());
    }
    return out;
  }

  private static List<Path> fixtureRoots() {
    return List.of(RepoPaths.fixtures(), RepoPaths.root().resolve("rules").resolve("fixtures"));
  }
}
