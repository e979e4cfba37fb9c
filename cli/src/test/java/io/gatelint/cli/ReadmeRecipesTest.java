/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.cli.MainTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The README's recipes and sample output, kept true: every {@code ./gatelint} command of a recipe
 * runs against the demo, every recipe's YAML parses and has the keys its CI system needs, and the
 * sample text output is what the demo prints. After an intended change of the text output, rewrite
 * the sample with {@code -Dgatelint.updateReadme=true} and review the diff.
 */
class ReadmeRecipesTest {

  private static final Path README = MainTest.REPO.resolve("README.md");
  private static final Path DEMO = MainTest.FIXTURES.resolve("ecs-nginx-express/bad");
  private static final Pattern RECIPE =
      Pattern.compile("<!-- recipe: ([\\w-]+) -->\\n```\\w+\\n(.*?)```\\n", Pattern.DOTALL);
  private static final Pattern SAMPLE =
      Pattern.compile("(<!-- sample: ([^>]+) -->\\n```text\\n)(.*?)(```\\n)", Pattern.DOTALL);

  @TempDir Path tmp;

  private static Map<String, String> recipes() throws IOException {
    Map<String, String> recipes = new LinkedHashMap<>();
    Matcher m = RECIPE.matcher(Files.readString(README, StandardCharsets.UTF_8));
    while (m.find()) recipes.put(m.group(1), m.group(2));
    return recipes;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> yaml(String text) {
    return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
  }

  @SuppressWarnings("unchecked")
  private static <T> T at(Object node, String... keys) {
    Object n = node;
    for (String k : keys) {
      assertThat(n).as("'%s' in %s", k, node).isInstanceOf(Map.class);
      n = ((Map<String, Object>) n).get(k);
    }
    return (T) n;
  }

  /**
   * Runs a recipe's command against the demo: the demo as the path, the report files in a temporary
   * folder.
   */
  private Run runAgainstDemo(String command) {
    assertThat(command).startsWith("./gatelint ");
    List<String> args = new ArrayList<>();
    for (String word : command.substring("./gatelint ".length()).trim().split("\\s+")) {
      int eq = word.indexOf('=');
      args.add(
          eq > 0 && !word.startsWith("-")
              ? word.substring(0, eq + 1) + tmp.resolve(word.substring(eq + 1))
              : word);
    }
    for (int i = 0; i + 1 < args.size(); i++) {
      if (args.get(i).equals("--output") || args.get(i).equals("--baseline")) {
        args.set(i + 1, tmp.resolve(args.get(i + 1)).toString());
      }
    }
    args.add(1, MainTest.ROOT);
    args.add(DEMO.toString());
    return MainTest.run(args.toArray(String[]::new));
  }

  @Test
  void everyRecipeIsChecked() throws IOException {
    assertThat(recipes()).containsOnlyKeys("github", "gitlab", "baseline", "pre-commit");
  }

  @Test
  @SuppressWarnings("unchecked")
  void githubWorkflowUploadsSarifWithTheRightPermissionAndCachesMaven() throws IOException {
    Map<String, Object> workflow = yaml(recipes().get("github"));
    assertThat((Object) at(workflow, "permissions", "security-events")).isEqualTo("write");
    List<Map<String, Object>> steps = at(workflow, "jobs", "gatelint", "steps");
    Map<String, String> uses = new LinkedHashMap<>();
    for (Map<String, Object> step : steps) {
      if (step.get("uses") instanceof String u) uses.put(u.substring(0, u.indexOf('@')), u);
    }
    assertThat(uses)
        .containsEntry("actions/setup-java", "actions/setup-java@v5")
        .containsEntry("github/codeql-action/upload-sarif", "github/codeql-action/upload-sarif@v4");
    Map<String, Object> java =
        steps.stream().filter(s -> "actions/setup-java@v5".equals(s.get("uses"))).findFirst().get();
    assertThat((Object) at(java, "with", "cache")).isEqualTo("maven");
    String sarif =
        at(
            steps.stream()
                .filter(s -> String.valueOf(s.get("uses")).contains("upload-sarif"))
                .findFirst()
                .get(),
            "with",
            "sarif_file");
    String run =
        (String) steps.stream().filter(s -> s.containsKey("run")).findFirst().get().get("run");
    assertThat(run).contains("sarif=" + sarif);
    Run r = runAgainstDemo(run);
    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    assertThat(tmp.resolve(sarif)).isNotEmptyFile();
    assertThat(r.out()).contains("::error file=");
  }

  @Test
  void gitlabJobPublishesTheCodeQualityReportItWrites() throws IOException {
    Map<String, Object> pipeline = yaml(recipes().get("gitlab"));
    String report = at(pipeline, "gatelint", "artifacts", "reports", "codequality");
    List<String> script = at(pipeline, "gatelint", "script");
    assertThat(script).hasSize(1);
    assertThat(script.get(0)).contains("--format gitlab=" + report);
    Assumptions.assumeTrue(
        io.gatelint.report.Reporter.FORMATS.contains("gitlab"),
        "the gitlab format is not in this build yet");
    Run r = runAgainstDemo(script.get(0));
    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    assertThat(tmp.resolve(report)).isNotEmptyFile();
  }

  @Test
  void baselineRecipeAdoptsTheDemoAndThenPasses() throws IOException {
    List<String> commands =
        recipes().get("baseline").lines().filter(l -> l.startsWith("./gatelint ")).toList();
    assertThat(commands).hasSize(2);
    Run record = runAgainstDemo(commands.get(0));
    assertThat(record.exit()).as(record.err()).isZero();
    Run lint = runAgainstDemo(commands.get(1));
    assertThat(lint.exit()).as(lint.out() + lint.err()).isZero();
    assertThat(lint.out()).contains("suppressed");
  }

  @Test
  @SuppressWarnings("unchecked")
  void preCommitConfigNamesTheHookTheRepositoryDefines() throws IOException {
    Map<String, Object> config = yaml(recipes().get("pre-commit"));
    List<Map<String, Object>> repos = at(config, "repos");
    List<Map<String, Object>> hooks = (List<Map<String, Object>>) repos.get(0).get("hooks");
    Object hooksFile =
        new Yaml(new SafeConstructor(new LoaderOptions()))
            .load(Files.readString(MainTest.REPO.resolve(".pre-commit-hooks.yaml")));
    assertThat((List<Map<String, Object>>) hooksFile)
        .extracting(h -> h.get("id"))
        .contains(hooks.get(0).get("id"));
  }

  @Test
  void sampleOutputIsTheDemoAsItIsPrinted() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher m = SAMPLE.matcher(readme);
    assertThat(m.find()).as("the sample block in README.md").isTrue();
    List<String> args = new ArrayList<>();
    for (String word : m.group(2).trim().split("\\s+")) {
      // the sample names paths from the repository root; the tests run in cli/
      args.add(
          args.isEmpty() || word.startsWith("-") ? word : MainTest.REPO.resolve(word).toString());
    }
    args.add(1, MainTest.ROOT);
    args.add(1, "--color=never");
    Run r = MainTest.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    if (Boolean.getBoolean("gatelint.updateReadme")) {
      String updated = readme.substring(0, m.start(3)) + r.out() + readme.substring(m.end(3));
      Files.writeString(README, updated, StandardCharsets.UTF_8);
      return;
    }
    assertThat(m.group(3))
        .as(
            "README sample; if the text output changed on purpose, rerun with -Dgatelint.updateReadme=true")
        .isEqualTo(r.out());
  }
}
