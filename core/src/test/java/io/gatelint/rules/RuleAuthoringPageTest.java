/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.Linter;
import io.gatelint.RepoPaths;
import io.gatelint.testkit.FixtureCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/rule-authoring.md: complete, current, and its walk-through passes the rule test. */
class RuleAuthoringPageTest {

  private static final Pattern WALKTHROUGH =
      Pattern.compile("<!-- walkthrough: (\\S+) -->\\n```\\w*\\n(.*?)```", Pattern.DOTALL);

  @TempDir Path tmp;

  @Test
  void everyReachableAccessorTypeAndFunctionIsDescribed() {
    assertThat(RuleAuthoringPage.load().missing())
        .as("add these to core/src/main/resources/io/gatelint/rules/vocabulary.yml")
        .isEmpty();
  }

  @Test
  void noDescriptionNamesWhatNoLongerExists() {
    assertThat(RuleAuthoringPage.load().stale())
        .as("remove these from core/src/main/resources/io/gatelint/rules/vocabulary.yml")
        .isEmpty();
  }

  @Test
  void theAccessorsDocumentedAreTheOnesTheGuardAdmits() {
    for (RuleAuthoringPage.Accessor a : RuleAuthoringPage.reflected().values()) {
      assertThat(RuleVocabulary.members()).contains(a.name());
    }
  }

  @Test
  void pageIsGeneratedFromTheVocabulary() throws IOException {
    Path page = RepoPaths.root().resolve("docs/rule-authoring.md");
    String generated = RuleAuthoringPage.load().markdown();
    if (Boolean.getBoolean("gatelint.updateDocs"))
      Files.writeString(page, generated, StandardCharsets.UTF_8);
    assertThat(page)
        .as("docs/rule-authoring.md is generated: run the tests with -Dgatelint.updateDocs=true")
        .exists();
    assertThat(Files.readString(page, StandardCharsets.UTF_8)).isEqualTo(generated);
  }

  @Test
  void typesReadAsARuleAuthorWritesThem() throws NoSuchMethodException {
    assertThat(
            RuleAuthoringPage.render(
                io.gatelint.model.LoadBalancer.class
                    .getMethod("getIdleTimeout")
                    .getGenericReturnType()))
        .isEqualTo("[`Value<duration>`](#value)");
    assertThat(
            RuleAuthoringPage.render(
                io.gatelint.model.Model.class.getMethod("getTargetGroups").getGenericReturnType()))
        .isEqualTo("list of [TargetGroup](#targetgroup)");
    assertThat(RuleAuthoringPage.plain("list of [`Value<duration>`](#value)"))
        .isEqualTo("list of Value<duration>");
    assertThat(RuleAuthoringPage.render(String.class)).isEqualTo("text");
    assertThat(RuleAuthoringPage.render(long.class)).isEqualTo("number");
  }

  @Test
  void everyFunctionExampleIsAnExpressionTheLoaderAccepts() throws IOException {
    String page = RuleAuthoringPage.load().markdown();
    Matcher m =
        Pattern.compile("\\| `(\\w+)\\([^|]*\\|[^|]*\\|[^|]*\\| `([^`]+)` \\|\\n").matcher(page);
    int examples = 0;
    while (m.find()) {
      examples++;
      String example = m.group(2);
      Matcher first = Pattern.compile("(?<![.\\w])(c|lb|tg|a)\\b").matcher(example);
      String variable = first.find() ? first.group(1) : "lb";
      variable +=
          Map.of("c", " in model.chains", "lb", " in model.loadBalancers")
              .getOrDefault(variable, "tg".equals(variable) ? " in model.targetGroups" : "");
      if (variable.equals("lb")) variable = "lb in model.loadBalancers";
      if (example.contains("(a,")) variable = "a in model.alarms";
      Path rule = tmp.resolve("X" + examples + "/ACME900-example.yml");
      Files.createDirectories(rule.getParent());
      Files.writeString(rule, ruleWith(variable, example));
      assertThat(RuleSet.load(List.of(rule.getParent())).rules())
          .as(example)
          .anyMatch(r -> r.info().id().equals("ACME900"));
    }
    assertThat(examples).isGreaterThan(15);
  }

  private static String ruleWith(String forClause, String when) {
    return """
        id: ACME900
        name: example
        severity: note
        category: example
        title: An example
        description: An example.
        remediation: None.
        for: %s
        when: "%s"
        at: %s
        message: example
        """
        .formatted(forClause, when.replace("\"", "\\\""), forClause.split(" ")[0]);
  }

  @Test
  void theWalkThroughRulePassesGatelintTest() throws IOException {
    Map<String, String> files = walkthrough();
    assertThat(files).hasSize(3);
    writeAll(files);
    FixtureCheck check =
        new FixtureCheck(new Linter(), List.of(tmp.resolve("rules")), Set.of("ACME010"));
    for (Path tree : FixtureCheck.trees(List.of(tmp.resolve("rules/fixtures")))) {
      FixtureCheck.Outcome outcome = check.check(tree);
      assertThat(outcome.mismatches()).as(tree.toString()).isEmpty();
      assertThat(outcome.errors()).as(tree.toString()).isEmpty();
      if (tree.endsWith("bad")) {
        assertThat(outcome.found()).containsExactly("ACME010 template.yaml:11");
      }
    }
  }

  @Test
  void aWrongMarkerInTheWalkThroughIsReportedWithItsFileAndLine() throws IOException {
    Map<String, String> files = walkthrough();
    String bad = "rules/fixtures/ACME010/bad/template.yaml";
    // the marker moved to the line above the value that bites
    files.put(
        bad,
        files
            .get(bad)
            .replace("timeout_seconds\n", "timeout_seconds # expect: ACME010\n")
            .replace("\"120\" # expect: ACME010", "\"120\""));
    writeAll(files);
    FixtureCheck check =
        new FixtureCheck(new Linter(), List.of(tmp.resolve("rules")), Set.of("ACME010"));
    FixtureCheck.Outcome outcome = check.check(tmp.resolve("rules/fixtures/ACME010/bad"));
    assertThat(outcome.mismatches())
        .extracting(Object::toString)
        .containsExactly(
            "missing: ACME010 template.yaml:10", "unexpected: ACME010 template.yaml:11");
  }

  /** The walk-through's files, by path, from the committed page. */
  private static Map<String, String> walkthrough() throws IOException {
    String page =
        Files.readString(
            RepoPaths.root().resolve("docs/rule-authoring.md"), StandardCharsets.UTF_8);
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = WALKTHROUGH.matcher(page);
    while (m.find()) out.put(m.group(1), m.group(2));
    return out;
  }

  private void writeAll(Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> e : files.entrySet()) {
      Path p = tmp.resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
    }
  }
}
