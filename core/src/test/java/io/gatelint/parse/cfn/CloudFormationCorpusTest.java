/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.cfn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gatelint.RepoPaths;
import io.gatelint.model.Model;
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
import org.junit.jupiter.api.Timeout;

/**
 * Every file of the shared CloudFormation corpus — real third-party templates, some malformed on
 * purpose — either reads into the model or yields a clean problem (GL000) with a file and line. An
 * exception fails the test, naming the file. The timeout only guards against hangs.
 */
class CloudFormationCorpusTest {

  @Test
  @Timeout(300)
  void everyCorpusTemplateParsesOrYieldsACleanProblem() throws IOException {
    Path corpus = RepoPaths.corpus().resolve("cloudformation");
    assumeTrue(Files.isDirectory(corpus), "the shared corpus is not beside the repository");
    List<Path> files;
    try (Stream<Path> s = Files.walk(corpus)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    CloudFormationParser parser = new CloudFormationParser();
    ParseContext context = ParseContext.of(corpus);
    List<String> crashes = new ArrayList<>();
    int clean = 0;
    int withProblems = 0;
    int resources = 0;
    for (Path file : files) {
      Model model = new Model();
      try {
        parser.parse(
            List.of(new SourceFile(file, context.relativize(file), SourceKind.CLOUDFORMATION)),
            context,
            model);
      } catch (RuntimeException | StackOverflowError e) {
        crashes.add(context.relativize(file) + ": " + e);
        continue;
      }
      if (model.getProblems().isEmpty()) clean++;
      else withProblems++;
      model
          .getProblems()
          .forEach(p -> assertThat(p.location().file()).isEqualTo(context.relativize(file)));
      resources += (int) model.resources().count();
    }
    System.out.printf(
        "CloudFormation corpus: %d files, %d read cleanly, %d with a GL000 problem, %d model resources, %d exceptions%n",
        files.size(), clean, withProblems, resources, crashes.size());
    assertThat(crashes).as("files that crashed the parser").isEmpty();
    assertThat(clean).as("most of the corpus reads cleanly").isGreaterThan(files.size() * 3 / 4);
  }
}
