/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.LintRequest;
import io.gatelint.LintResult;
import io.gatelint.Linter;
import io.gatelint.RepoPaths;
import io.gatelint.ShuffledExecutor;
import io.gatelint.model.Model;
import io.gatelint.model.ResourceKind;
import io.gatelint.parse.cfn.CloudFormationParser;
import io.gatelint.report.JsonReporter;
import io.gatelint.report.TextReporter;
import io.gatelint.source.SourceFile;
import io.gatelint.source.SourceKind;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files read on several threads give the same model and the same report, byte for byte, as files
 * read on one: what each read adds is merged in file order whatever order the reads finish in.
 */
class ParallelParseTest {

  @Test
  void everyFixtureReportsTheSameOnOneThreadAndOnFour() throws IOException {
    Path fixtures = RepoPaths.fixtures();
    LintRequest request = LintRequest.of(fixtures);
    String one = report(new Linter(1).lint(request));
    String four = report(new Linter(4).lint(request));
    assertThat(four).isEqualTo(one);
    assertThat(one).contains("GL010").contains("GL000");
  }

  /**
   * Reads that finish in a random order — each delayed at random on a thread of its own — still
   * make the model a read on one thread makes: resources, problems and inline directives in file
   * order.
   */
  @Test
  void shuffledCompletionKeepsFileOrder(@TempDir Path dir) throws IOException {
    List<SourceFile> files = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String name = String.format("t%02d.yaml", i);
      Path f = dir.resolve(name);
      String body =
          i % 7 == 3
              ? "Resources: [unclosed\n" // a broken file: its GL000 keeps its place
              : "AWSTemplateFormatVersion: '2010-09-09'\n"
                  + "Resources:\n"
                  + "  Tg"
                  + i
                  + ":\n"
                  + "    Type: AWS::ElasticLoadBalancingV2::TargetGroup\n"
                  + "    Properties:\n"
                  + "      Port: 80 # gatelint-disable-line GL012 -- test "
                  + i
                  + "\n";
      Files.writeString(f, body);
      files.add(new SourceFile(f, name, SourceKind.CLOUDFORMATION));
    }
    ParseContext sequentialContext = ParseContext.of(dir);
    Model sequential = new Model();
    FileIsolation.read(new CloudFormationParser(), files, sequentialContext, sequential);

    Random random = new Random(18);
    for (int run = 0; run < 3; run++) {
      Executor shuffled = new ShuffledExecutor(random, 15);
      ParseContext context = ParseContext.of(dir);
      Model parallel = new Model();
      FileIsolation.read(new CloudFormationParser(), files, context, parallel, shuffled);
      assertThat(describe(parallel)).isEqualTo(describe(sequential));
      assertThat(context.directives().all()).isEqualTo(sequentialContext.directives().all());
    }
    assertThat(describe(sequential)).hasSize(40);
    assertThat(sequentialContext.directives().all()).hasSize(34);
  }

  private static List<String> describe(Model model) {
    List<String> out = new ArrayList<>();
    for (ResourceKind<?> kind : ResourceKind.all()) {
      model.resources(kind).forEach(r -> out.add(kind + " " + r.getId() + " " + r.getLocation()));
    }
    model.getProblems().forEach(p -> out.add("problem " + p.location() + " " + p.message()));
    return out;
  }

  private static String report(LintResult result) throws IOException {
    StringWriter out = new StringWriter();
    new JsonReporter("test").write(result, out);
    new TextReporter(false).write(result, out);
    return out.toString();
  }
}
