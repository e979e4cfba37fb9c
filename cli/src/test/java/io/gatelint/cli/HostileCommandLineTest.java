/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatelint.cli.MainTest.Run;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, at the command line: reports are whole or absent, and usage errors are found before any
 * work and exit 2.
 */
class HostileCommandLineTest {

  private static final Path DEMO_TEMPLATE =
      MainTest.FIXTURES.resolve("ecs-nginx-express/bad/infra/service.yaml");

  @TempDir Path tmp;

  @Test
  void loneSurrogateInAValueLeavesEveryReportWhole() throws Exception {
    Path tree = Files.createDirectories(tmp.resolve("tree"));
    Files.writeString(
        tree.resolve("api.yaml"),
        """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          "Api\\uD800Lb":
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes:
                - Key: idle_timeout.timeout_seconds
                  Value: "4500"
        """);
    Path sarif = tmp.resolve("out.sarif");
    Path json = tmp.resolve("out.json");
    Path junit = tmp.resolve("out.xml");
    Path html = tmp.resolve("out.html");

    Run r =
        MainTest.run(
            "lint",
            "--root=" + tree,
            tree.toString(),
            "--format",
            "sarif=" + sarif,
            "--format",
            "json=" + json,
            "--format",
            "junit=" + junit,
            "--format",
            "html=" + html);

    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    ObjectMapper mapper = new ObjectMapper();
    assertThat(mapper.readTree(strictUtf8(sarif)).at("/runs/0/results").size()).isPositive();
    assertThat(mapper.readTree(strictUtf8(json)).at("/findings").size()).isPositive();
    assertThatCode(
            () -> DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile()))
        .doesNotThrowAnyException();
    assertThat(strictUtf8(html)).contains("GL002").contains("</html>");
  }

  @Test
  void outputNamingAnInputIsAUsageErrorAndTheInputStaysAsItWas() throws IOException {
    Path tree = Files.createDirectories(tmp.resolve("tree/infra"));
    Path template = tree.resolve("service.yaml");
    Files.copy(DEMO_TEMPLATE, template);
    byte[] before = Files.readAllBytes(template);

    Run r =
        MainTest.run("lint", tree.toString(), "--format", "json", "--output", template.toString());

    assertThat(Files.readAllBytes(template)).as("the template").isEqualTo(before);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("service.yaml");
  }

  @Test
  void unknownFormatExitsTwoBeforeAnyReportIsWritten() {
    Path json = tmp.resolve("out.json");

    Run r =
        MainTest.run(
            "lint",
            MainTest.FIXTURES.resolve("alb-basic/bad").toString(),
            "--format",
            "json=" + json,
            "--format",
            "bogus");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("bogus").doesNotContain("internal error");
    assertThat(json).as("found before any work: no report written").doesNotExist();
  }

  /** The file's text, failing on bytes that are not UTF-8 (a lone surrogate cannot be encoded). */
  private static String strictUtf8(Path file) throws IOException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
        .toString();
  }
}
