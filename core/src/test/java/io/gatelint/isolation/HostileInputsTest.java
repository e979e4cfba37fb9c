/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.isolation;

import static io.gatelint.isolation.DemoTree.DEMO;
import static io.gatelint.isolation.DemoTree.DEMO_TF;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.LintResult;
import io.gatelint.finding.Finding;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11's hostile inputs, each generated here and linted beside a demo whose findings must all
 * remain: the hostile file costs only itself, as its own GL000 naming the cause. The timeouts are
 * guards against a hang coming back (each case takes well under a second), not measurements.
 */
@Timeout(60)
class HostileInputsTest {

  @TempDir Path temp;

  @Test
  void aJoinOfRepeatedAliasesStopsAtTheExpansionBudget() throws IOException {
    Path tree = DemoTree.copy(DEMO, temp.resolve("tree"));
    try (BufferedWriter w = Files.newBufferedWriter(tree.resolve("infra/alias.yaml"))) {
      w.write("AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n  Lb:\n");
      w.write("    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties:\n");
      w.write("      LoadBalancerAttributes:\n        - Key: idle_timeout.timeout_seconds\n");
      w.write("          Value: !Join\n            - \"\"\n            - - &s \"");
      w.write("9".repeat(1_000_000));
      w.write("\"\n");
      for (int i = 0; i < 4095; i++) w.write("              - *s\n");
    }

    LintResult result = DemoTree.lint(tree);

    DemoTree.assertKeeps(DEMO, result);
    // refused before SnakeYAML reads the 1 MB anchor, which alone costs it hundreds of MB
    assertThat(DemoTree.problems(result, "infra/alias.yaml"))
        .singleElement()
        .asString()
        .contains("characters without a blank or line break");
  }

  /** The 1 MB file of doubling constants, with a server at its end. */
  private static Path constantChain(Path tree) throws IOException {
    Path file = tree.resolve("app/constants.js");
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      w.write("const c0 = \"0123456789abcdef\";\n");
      int i = 1;
      for (long size = 0; size < 1_000_000; i++) {
        String line = "const c" + i + " = c" + (i - 1) + " + c" + (i - 1) + ";\n";
        w.write(line);
        size += line.length();
      }
      w.write("module.exports = { c" + (i - 1) + " };\n");
      w.write("require('http').createServer(() => {}).listen(c" + (i - 1) + ");\n");
    }
    return file;
  }

  @Test
  void aMegabyteOfJavaScriptFoundInTheTreeIsLeftOutBySize() throws IOException {
    Path tree = DemoTree.copy(DEMO, temp.resolve("tree"));
    constantChain(tree);

    LintResult result = DemoTree.lint(tree);

    DemoTree.assertKeeps(DEMO, result);
    // a candidate found by discovery is skipped (listed with the reason), not reported
    assertThat(DemoTree.problems(result, "app/constants.js")).isEmpty();
  }

  @Test
  void aMegabyteOfJavaScriptTheUserNamesIsItsGl000() throws IOException {
    Path tree = DemoTree.copy(DEMO, temp.resolve("tree"));
    Path file = constantChain(tree);

    LintResult result =
        new io.gatelint.Linter()
            .lint(
                new io.gatelint.LintRequest(
                    List.of(file), tree, io.gatelint.config.Config.empty(), List.of()));

    assertThat(DemoTree.problems(result, "app/constants.js"))
        .singleElement()
        .asString()
        .contains("larger than the 256 KB gatelint reads as a server or handler");
  }

  @Test
  void aServerFileOfSixThousandDeclarationsStopsAtTheDeclarationBudget() throws IOException {
    Path tree = DemoTree.copy(DEMO, temp.resolve("tree"));
    try (BufferedWriter w = Files.newBufferedWriter(tree.resolve("app/table.js"))) {
      w.write("require('http').createServer(() => {}).listen(3000);\n");
      for (int i = 0; i < 6_000; i++) w.write("const d" + i + " = " + i + ";\n");
    }

    LintResult result = DemoTree.lint(tree);

    DemoTree.assertKeeps(DEMO, result);
    assertThat(DemoTree.problems(result, "app/table.js"))
        .singleElement()
        .asString()
        .contains("declares more than 5000");
  }

  @Test
  void aSparseThreeGibibyteTfFileCostsOnlyItself() throws IOException {
    Path tree = DemoTree.copy(DEMO_TF, temp.resolve("tree"));
    try (RandomAccessFile f = new RandomAccessFile(tree.resolve("infra/huge.tf").toFile(), "rw")) {
      f.setLength(3L << 30);
    }

    LintResult result = DemoTree.lint(tree);

    DemoTree.assertKeeps(DEMO_TF, result);
    assertThat(DemoTree.problems(result, "infra/huge.tf"))
        .singleElement()
        .asString()
        .contains("larger than");
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void includesAndLinksThatLeaveTheRootAreRefusedWithoutQuotingTheTarget() throws IOException {
    Path outside = Files.createDirectories(temp.resolve("outside"));
    String secret = "zz-secret-7f3a9c";
    Files.writeString(outside.resolve("token.conf"), secret + "\n");
    Path tree = DemoTree.copy(DEMO, temp.resolve("tree"));
    Path nginx = Files.createDirectories(tree.resolve("edge"));
    Files.createSymbolicLink(nginx.resolve("conf.d"), outside);
    Files.createSymbolicLink(nginx.resolve("host.conf"), outside.resolve("token.conf"));
    Files.writeString(
        nginx.resolve("nginx.conf"),
        "events {}\nhttp {\n  include conf.d/*.conf;\n  include host.conf;\n"
            + "  server { listen 8080; }\n}\n");

    LintResult result = DemoTree.lint(tree);

    DemoTree.assertKeeps(DEMO, result);
    assertThat(result.findings()).extracting(Finding::message).noneMatch(m -> m.contains(secret));
    assertThat(DemoTree.problems(result, "edge/nginx.conf"))
        .anyMatch(m -> m.contains("edge/conf.d") && m.contains("outside the linted root"))
        .anyMatch(m -> m.contains("edge/host.conf") && m.contains("outside the linted root"));
    assertThat(DemoTree.problems(result, "edge/host.conf"))
        .singleElement()
        .asString()
        .contains("outside the linted root");
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void aLinkToSysIsNotFollowed() throws IOException {
    Path tree = DemoTree.copy(DEMO, temp.resolve("tree"));
    Files.createSymbolicLink(tree.resolve("sys"), Path.of("/sys"));

    LintResult result = DemoTree.lint(tree);

    DemoTree.assertKeeps(DEMO, result);
    assertThat(DemoTree.problems(result, "sys"))
        .singleElement()
        .asString()
        .contains("not followed");
  }

  @Test
  void sixtyFourKibibytesOfBlankLinesAreSniffedInLinearTime() throws IOException {
    Path tree = DemoTree.copy(DEMO, temp.resolve("tree"));
    Files.writeString(tree.resolve("blank.conf"), "\n".repeat(64 * 1024));

    LintResult result = DemoTree.lint(tree);

    DemoTree.assertKeeps(DEMO, result);
    assertThat(DemoTree.problems(result, "blank.conf")).isEmpty();
  }

  @Test
  void aThirtyMegabyteYamlStringIsRefusedBySize() throws IOException {
    Path tree = DemoTree.copy(DEMO, temp.resolve("tree"));
    try (BufferedWriter w =
        Files.newBufferedWriter(tree.resolve("infra/big.yaml"), StandardCharsets.UTF_8)) {
      w.write("AWSTemplateFormatVersion: \"2010-09-09\"\nDescription: \"");
      String chunk = "lorem ipsum ".repeat(8192);
      for (int i = 0; i < 30_000_000 / chunk.length(); i++) w.write(chunk);
      w.write("\"\nResources: {}\n");
    }

    LintResult result = DemoTree.lint(tree);

    DemoTree.assertKeeps(DEMO, result);
    assertThat(DemoTree.problems(result, "infra/big.yaml"))
        .singleElement()
        .asString()
        .contains("larger than");
  }

  @Test
  void filesThatIncludeEachOthersFolderAreReportedOnce() throws IOException {
    Path tree = DemoTree.copy(DEMO, temp.resolve("tree"));
    Path conf = Files.createDirectories(tree.resolve("edge/conf.d"));
    Files.writeString(
        tree.resolve("edge/nginx.conf"),
        "events {}\nhttp {\n  include conf.d/*.conf;\n  server { listen 8080; }\n}\n");
    for (int i = 1; i <= 8; i++)
      Files.writeString(conf.resolve(i + ".conf"), "include conf.d/*.conf;\n");

    LintResult result = DemoTree.lint(tree);

    DemoTree.assertKeeps(DEMO, result);
    List<Finding> problems =
        result.findings().stream().filter(f -> f.ruleId().equals("GL000")).toList();
    assertThat(problems).hasSizeLessThanOrEqualTo(9);
    assertThat(problems)
        .extracting(Finding::message)
        .filteredOn(m -> m.contains("includes more than"))
        .hasSize(1);
  }
}
