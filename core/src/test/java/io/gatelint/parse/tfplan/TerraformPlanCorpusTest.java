/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gatelint.model.Model;
import io.gatelint.model.Problem;
import io.gatelint.parse.ParseContext;
import io.gatelint.source.SourceFile;
import io.gatelint.source.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code .json} plan of the shared corpus goes through the parser: none may throw, and a file
 * it cannot read must be a clean problem (GL000), never an internal error.
 */
class TerraformPlanCorpusTest {

  @Test
  void everyCorpusPlanParsesWithoutException() throws IOException {
    String repoRoot = System.getProperty("gatelint.repoRoot", "..");
    Path corpus =
        Path.of(repoRoot).resolve("../shared/corpus/terraform-plan").toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(corpus), "corpus not present: " + corpus);
    List<Path> plans;
    try (Stream<Path> walk = Files.walk(corpus)) {
      plans =
          walk.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p))
              .sorted()
              .toList();
    }
    ParseContext context = ParseContext.of(corpus);
    int withResources = 0;
    int resources = 0;
    List<Problem> problems = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (Path plan : plans) {
      Model model = new Model();
      try {
        new TerraformPlanParser()
            .parse(
                List.of(new SourceFile(plan, context.relativize(plan), SourceKind.TERRAFORM_PLAN)),
                context,
                model);
      } catch (RuntimeException | StackOverflowError e) {
        failures.add(context.relativize(plan) + ": " + e);
        continue;
      }
      long count = model.resources().count();
      if (count > 0) withResources++;
      resources += (int) count;
      problems.addAll(model.getProblems());
    }
    System.out.printf(
        "terraform-plan corpus: %d files, %d with model resources (%d resources), %d problems, "
            + "%d exceptions%n",
        plans.size(), withResources, resources, problems.size(), failures.size());
    problems.forEach(p -> System.out.println("  GL000 " + p.location() + " " + p.message()));
    assertThat(failures).isEmpty();
    assertThat(problems).noneMatch(p -> p.message().contains("internal error"));
    assertThat(problems)
        .extracting(p -> p.location().file())
        .contains("hashicorp+terraform-json/testdata/invalid/plan.json");
  }
}
