/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.LintResult;
import io.gatelint.RepoPaths;
import io.gatelint.finding.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Truncated and mutated templates, plans and nginx files, generated from the demos with a fixed
 * seed, linted beside the demo they came from: no mutant may cause an internal error, and the demo
 * keeps every finding whatever the mutants hold. The mutants of one format are linted in one run,
 * so a bounded number of runs covers many inputs; a failure names the mutant in its GL000.
 */
@Timeout(120)
class FuzzTest {

  private static final long SEED = 11;
  private static final int MUTANTS = 60;

  /** Characters that make or break the syntax of YAML, JSON and nginx. */
  private static final String SYNTAX = "{}[]:,&*!-|>'\"#;$\\\n\t ";

  @TempDir Path temp;

  @ParameterizedTest
  @CsvSource({
    "ecs-nginx-express/bad, infra/service.yaml, yaml",
    "ecs-nginx-express-terraform/bad, infra/plan.json, json",
    "ecs-nginx-express/bad, deploy/nginx/nginx.conf, conf"
  })
  void mutantsNeverCauseAnInternalErrorNorCostTheDemoAFinding(
      String fixture, String source, String extension) throws IOException {
    Path demo = RepoPaths.fixtures().resolve(fixture);
    String original = Files.readString(demo.resolve(source));
    Path tree;
    if (extension.equals("conf")) {
      // nginx mutants that still parse would take part in the demo's chains (the linker links only
      // an unambiguous proxy): the unrelated files here are an nginx fixture with findings of its
      // own
      tree =
          DemoTree.copy(
              RepoPaths.fixtures().resolve("nginx-upstream-keepalive/bad"), temp.resolve("tree"));
    } else {
      tree = DemoTree.copy(demo, temp.resolve("tree"));
    }
    List<String> reference = DemoTree.keys(DemoTree.lint(tree));
    assertThat(reference).as("the findings without the mutants").isNotEmpty();
    Random random = new Random(SEED + extension.hashCode());
    Path mutants = Files.createDirectories(tree.resolve("mutants"));
    for (int i = 0; i < MUTANTS; i++) {
      Files.writeString(
          mutants.resolve(String.format("m%03d.%s", i, extension)), mutate(original, random));
    }

    LintResult result = DemoTree.lint(tree);

    assertThat(DemoTree.keys(result)).as("the findings beside the mutants").containsAll(reference);
    assertThat(result.findings())
        .filteredOn(f -> f.message().contains("internal error"))
        .extracting(Finding::location)
        .isEmpty();
  }

  /** One to three edits: truncation, deletion, duplication, insertion of syntax characters. */
  static String mutate(String text, Random random) {
    StringBuilder s = new StringBuilder(text);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && s.length() > 0; e++) {
      int at = random.nextInt(s.length());
      int len = Math.min(s.length() - at, 1 + random.nextInt(40));
      switch (random.nextInt(5)) {
        case 0 -> s.setLength(at);
        case 1 -> s.delete(at, at + len);
        case 2 -> s.insert(at, s.substring(at, at + len));
        case 3 -> {
          for (int k = 0; k < 1 + random.nextInt(4); k++)
            s.insert(at, SYNTAX.charAt(random.nextInt(SYNTAX.length())));
        }
        default -> {
          // swap two lines' worth of text: keys move out of their blocks
          int other = random.nextInt(s.length());
          int a = Math.min(at, other);
          int b = Math.max(at, other);
          String first = s.substring(a, Math.min(a + len, b));
          s.replace(a, a + first.length(), "");
          s.insert(Math.max(a, b - first.length()), first);
        }
      }
    }
    return s.toString();
  }
}
