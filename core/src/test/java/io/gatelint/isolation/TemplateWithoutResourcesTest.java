/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.LintRequest;
import io.gatelint.LintResult;
import io.gatelint.Linter;
import io.gatelint.RepoPaths;
import io.gatelint.finding.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: one template that has no resources map — a stub, a truncated file, {@code Resources:
 * []} — costs the other templates of the tree none of their findings. The broken template sorts
 * before the demo's, so that it is read first.
 */
class TemplateWithoutResourcesTest {

  private static final Path DEMO = RepoPaths.fixtures().resolve("ecs-nginx-express/bad");

  @TempDir Path temp;

  @Test
  void stubTemplateIsValidAndTheDemoKeepsEveryFinding() throws IOException {
    Path tree = demoWith("AWSTemplateFormatVersion: \"2010-09-09\"\nDescription: a stub\n");

    LintResult result = new Linter().lint(LintRequest.of(tree));

    assertThat(keys(result)).containsAll(demoFindings());
    assertThat(result.findings())
        .as("a template with no resources is a template with nothing to check")
        .filteredOn(f -> f.location().file().equals("infra/base.yaml"))
        .isEmpty();
  }

  @Test
  void resourcesAsAListCostsOnlyThatFile() throws IOException {
    Path tree = demoWith("AWSTemplateFormatVersion: \"2010-09-09\"\nResources: []\n");

    LintResult result = new Linter().lint(LintRequest.of(tree));

    assertThat(keys(result)).containsAll(demoFindings());
    assertThat(result.findings())
        .filteredOn(f -> f.ruleId().equals("GL000"))
        .extracting(f -> f.location().file())
        .containsOnly("infra/base.yaml");
  }

  private static List<String> demoFindings() {
    List<String> demo = keys(new Linter().lint(LintRequest.of(DEMO)));
    assertThat(demo).as("the demo's own findings").isNotEmpty();
    return demo;
  }

  /** A copy of the demo with {@code infra/base.yaml} holding the given template. */
  private Path demoWith(String template) throws IOException {
    Path tree = temp.resolve("tree");
    try (Stream<Path> files = Files.walk(DEMO)) {
      for (Path from : (Iterable<Path>) files::iterator) {
        Path to = tree.resolve(DEMO.relativize(from).toString());
        if (Files.isDirectory(from)) Files.createDirectories(to);
        else Files.copy(from, to);
      }
    }
    Files.writeString(tree.resolve("infra/base.yaml"), template);
    return tree;
  }

  /** Rule, file and line of each finding except GL000. */
  private static List<String> keys(LintResult result) {
    return result.findings().stream()
        .filter(f -> !f.ruleId().equals("GL000"))
        .map(TemplateWithoutResourcesTest::key)
        .toList();
  }

  private static String key(Finding f) {
    return f.ruleId() + " " + f.location().file() + ":" + f.location().line();
  }
}
