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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A copy of a demo fixture in a temporary folder, to which a test adds a hostile file: whatever
 * that file does, every finding of the demo must remain.
 */
final class DemoTree {

  static final Path DEMO = RepoPaths.fixtures().resolve("ecs-nginx-express/bad");
  static final Path DEMO_TF = RepoPaths.fixtures().resolve("ecs-nginx-express-terraform/bad");

  private static final Map<Path, List<String>> REFERENCE = new HashMap<>();

  private DemoTree() {}

  /** A copy of the fixture at {@code into}. */
  static Path copy(Path fixture, Path into) throws IOException {
    try (Stream<Path> files = Files.walk(fixture)) {
      for (Path from : (Iterable<Path>) files::iterator) {
        Path to = into.resolve(fixture.relativize(from).toString());
        if (Files.isDirectory(from)) Files.createDirectories(to);
        else Files.copy(from, to);
      }
    }
    return into;
  }

  static LintResult lint(Path tree) {
    return new Linter().lint(LintRequest.of(tree));
  }

  /** Asserts that the result keeps every finding the fixture has on its own. */
  static void assertKeeps(Path fixture, LintResult result) {
    List<String> reference =
        REFERENCE.computeIfAbsent(fixture, f -> keys(lint(f)).stream().toList());
    assertThat(reference).as("the demo's own findings").isNotEmpty();
    assertThat(keys(result))
        .as("the demo's findings beside the hostile file")
        .containsAll(reference);
  }

  /** The GL000 messages on one file. */
  static List<String> problems(LintResult result, String file) {
    return result.findings().stream()
        .filter(f -> f.ruleId().equals("GL000") && f.location().file().equals(file))
        .map(Finding::message)
        .toList();
  }

  /** Rule, file and line of each finding except GL000. */
  static List<String> keys(LintResult result) {
    return result.findings().stream()
        .filter(f -> !f.ruleId().equals("GL000"))
        .map(f -> f.ruleId() + " " + f.location().file() + ":" + f.location().line())
        .toList();
  }
}
