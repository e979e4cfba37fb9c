/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatelint.cli.MainTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs are checked before any work, each report is written whole or not at all without costing
 * the others, and every usage or configuration error is one line and exit 2.
 */
class OutputsAndExitCodesTest {

  private static final String BAD = MainTest.FIXTURES.resolve("alb-basic/bad").toString();

  @TempDir Path tmp;

  @Test
  void writeFailureInOneFormatStillWritesTheOthersAndExitsTwo() throws Exception {
    Files.writeString(tmp.resolve("file"), "in the way");
    Path blocked = tmp.resolve("file/out.json");
    Path sarif = tmp.resolve("out.sarif");
    Path junit = tmp.resolve("out.xml");

    Run r =
        MainTest.run(
            "lint",
            MainTest.ROOT,
            BAD,
            "--format",
            "json=" + blocked,
            "--format",
            "sarif=" + sarif,
            "--format",
            "junit=" + junit);

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo("gatelint: cannot write " + blocked + ": a file is in the way of a directory");
    assertThat(new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/results").size())
        .isPositive();
    assertThat(junit).content().contains("</testsuites>");
  }

  @Test
  void twoFormatsNamingOneFileIsAUsageErrorBeforeAnyWork() {
    Path out = tmp.resolve("report");

    Run r =
        MainTest.run(
            "lint",
            MainTest.ROOT,
            BAD,
            "--format",
            "json=" + out,
            "--format",
            "sarif=" + tmp.resolve("./sub/../report"));

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo(
            "gatelint: "
                + tmp.resolve("./sub/../report")
                + ": named for two outputs (json and sarif)");
    assertThat(out).doesNotExist();
  }

  @Test
  void formatNamesAreCaseInsensitive() throws Exception {
    Path sarif = tmp.resolve("out.sarif");

    Run r =
        MainTest.run("lint", MainTest.ROOT, BAD, "--format", "SARIF=" + sarif, "--format", "Text");

    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).contains("error(s)");
    assertThat(new ObjectMapper().readTree(sarif.toFile()).at("/version").asText())
        .isEqualTo("2.1.0");
  }

  @Test
  void previousReportInTheLintedTreeMayBeOverwritten() throws Exception {
    Path tree = Files.createDirectories(tmp.resolve("tree/infra"));
    Files.copy(MainTest.FIXTURES.resolve("alb-basic/bad/infra/api.yaml"), tree.resolve("api.yaml"));
    Path report = tmp.resolve("tree/gatelint.json");
    Files.writeString(report, "{\"tool\": \"gatelint\", \"findings\": []}\n");

    Run r =
        MainTest.run(
            "lint",
            "--root=" + tmp.resolve("tree"),
            tmp.resolve("tree").toString(),
            "--format",
            "json=" + report);

    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    assertThat(new ObjectMapper().readTree(report.toFile()).at("/findings").size()).isPositive();
  }

  @Test
  void baselineLinkedToDevZeroExitsTwoWithOneLine() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "a system with /dev/zero");
    Path baseline =
        Files.createSymbolicLink(tmp.resolve("gatelint-baseline.json"), Path.of("/dev/zero"));

    Run r = MainTest.run("lint", MainTest.ROOT, BAD, "--baseline", baseline.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip())
        .startsWith("gatelint: " + baseline + ": the baseline is not a regular file")
        .doesNotContain("\n");
  }

  @Test
  void configurationLinkedToDevZeroIsRefusedEvenWhenFoundByName() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "a system with /dev/zero");
    Path tree = Files.createDirectories(tmp.resolve("tree"));
    Files.copy(MainTest.FIXTURES.resolve("alb-basic/bad/infra/api.yaml"), tree.resolve("api.yaml"));
    Path config = Files.createSymbolicLink(tree.resolve("gatelint.yml"), Path.of("/dev/zero"));

    Run r = MainTest.run("lint", "--root=" + tree, tree.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip())
        .startsWith("gatelint: " + config + ": the configuration file is not a regular file")
        .doesNotContain("\n");
  }

  @Test
  void ruleFileLinkedToDevZeroIsRefused() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "a system with /dev/zero");
    Path rules = Files.createDirectories(tmp.resolve("rules"));
    Path rule = Files.createSymbolicLink(rules.resolve("GL990-zero.yml"), Path.of("/dev/zero"));

    Run r = MainTest.run("lint", MainTest.ROOT, BAD, "--rules", rules.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("gatelint: " + rule + ":0: not a regular file: not read");
  }

  @Test
  void invalidGlobInTheConfigurationIsOneLineNamingFileAndKeyBeforeAnyReport() throws Exception {
    Path config = tmp.resolve("gatelint.yml");
    Files.writeString(config, "exclude: [\"infra/[ab\"]\n");
    Path json = tmp.resolve("out.json");

    Run r =
        MainTest.run(
            "lint", MainTest.ROOT, BAD, "--config", config.toString(), "--format", "json=" + json);

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip())
        .startsWith("gatelint: " + config + ":1: 'exclude': invalid glob 'infra/[ab'")
        .doesNotContain("\n")
        .doesNotContain("internal error");
    assertThat(json).doesNotExist();
  }

  @Test
  void unknownOptionIsOneLine() {
    Run r = MainTest.run("lint", "--frobnicate");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo("gatelint: Unknown option: '--frobnicate' (see 'gatelint lint --help')");
  }
}
