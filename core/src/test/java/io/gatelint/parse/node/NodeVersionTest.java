/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.node;

import static io.gatelint.parse.node.NodeFixtures.onlyServer;
import static io.gatelint.parse.node.NodeFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.model.AppServer;
import io.gatelint.model.Location;
import io.gatelint.model.Origin;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NodeVersionTest {

  @Test
  void packageJsonEnginesRangeMeansItsLowestMajor() {
    AppServer s = onlyServer(parse("versions/engines"));
    assertThat(s.getNodeMajor().raw()).isEqualTo(18);
    assertThat(s.getNodeMajor().origin())
        .isEqualTo(
            new Origin(
                Origin.Kind.EXPLICIT,
                Location.of("package.json", 5, 13),
                "engines.node >=18 <23 → lowest admitted major 18"));
    assertThat(s.getKeepAliveTimeout().millis()).isEqualTo(5000);
    assertThat(s.getKeepAliveTimeout().origin().note())
        .isEqualTo("Node 18 default keepAliveTimeout 5000ms");
    assertThat(s.getProjectDir()).isEqualTo("");
  }

  @Test
  void nvmrc() {
    AppServer s = onlyServer(parse("versions/nvmrc"));
    assertThat(s.getNodeMajor().raw()).isEqualTo(20);
    assertThat(s.getNodeMajor().location()).isEqualTo(Location.of(".nvmrc", 1, 1));
  }

  @Test
  void nodeVersionFileSkipsComments() {
    AppServer s = onlyServer(parse("versions/node-version"));
    assertThat(s.getNodeMajor().raw()).isEqualTo(22);
    assertThat(s.getNodeMajor().location()).isEqualTo(Location.of(".node-version", 2, 1));
  }

  @Test
  void dockerfileLastStageFromAnUpperFolder() {
    AppServer s = onlyServer(parse("versions/docker"));
    assertThat(s.getScope()).isEqualTo("app/server.js");
    assertThat(s.getNodeMajor().raw()).isEqualTo(24);
    assertThat(s.getNodeMajor().origin().note())
        .isEqualTo("Dockerfile FROM public.ecr.aws/lambda/nodejs:24 → Node 24");
    assertThat(s.getNodeMajor().location()).isEqualTo(Location.of("Dockerfile", 5, 1));
  }

  @Test
  void theDockerfileThatRunsTheAppWinsOverEngines() {
    AppServer s = onlyServer(parse("versions/docker-over-engines"));
    assertThat(s.getNodeMajor().raw()).isEqualTo(24);
    assertThat(s.getNodeMajor().origin().note())
        .isEqualTo("Dockerfile FROM node:24-alpine → Node 24");
  }

  @Test
  void theConfigWinsOverTheDockerfile() {
    AppServer s = onlyServer(parse("versions/docker-over-engines", OptionalInt.of(22)));
    assertThat(s.getNodeMajor().raw()).isEqualTo(22);
  }

  @Test
  void ltsTagIsTheActiveLtsLine() {
    AppServer s = onlyServer(parse("versions/lts-alpine"));
    assertThat(s.getNodeMajor().raw()).isEqualTo(26);
    assertThat(s.getNodeMajor().isDefault()).isFalse();
    assertThat(s.getNodeMajor().origin().note())
        .isEqualTo("Dockerfile FROM node:lts-alpine → Node 26 (the Active LTS line on 2026-11-27)");
  }

  @Test
  void bunIsNotANodeServer() {
    assertThat(parse("versions/bun-image").getAppServers()).isEmpty();
    assertThat(parse("versions/bun-image").getProblems()).isEmpty();
    assertThat(parse("versions/bun-cmd").getAppServers()).isEmpty();
  }

  @Test
  void engineWithoutAMajorFallsThroughToTheNextHint() {
    AppServer s = onlyServer(parse("versions/range"));
    assertThat(s.getNodeMajor().raw()).isEqualTo(22);
    assertThat(s.getNodeMajor().location().file()).isEqualTo(".nvmrc");
  }

  @Test
  void noHintAssumesTheCurrentLts() {
    AppServer s = onlyServer(parse("versions/none"));
    assertThat(s.getNodeMajor().raw()).isEqualTo(26);
    assertThat(s.getNodeMajor().isDefault()).isTrue();
    // nodejs/node#62782 (65 s) is not in any released line through 26.x
    assertThat(s.getKeepAliveTimeout().millis()).isEqualTo(5000);
    assertThat(s.getKeepAliveTimeoutBuffer().millis()).isEqualTo(1000);
    assertThat(s.getKeepAliveCloseAfter().millis()).isEqualTo(6000);
    AppServer configured = onlyServer(parse("versions/none", OptionalInt.of(20)));
    assertThat(configured.getKeepAliveTimeout().millis()).isEqualTo(5000);
    assertThat(configured.getNodeMajor().origin().note())
        .isEqualTo("nodeVersion 20 from the gatelint configuration");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        ">=20; 20",
        "^18.12; 18",
        "20.x; 20",
        ">=18 <23; 18",
        "~16.4.1; 16",
        "14 || >=16; 14",
        ">20; 21",
        ">= 20.1; 20",
        "18 - 20; 18",
        "v22.1.0; 22"
      })
  void lowestMajorOfARange(String range, int major) {
    assertThat(NodeVersionHints.lowestMajor(range)).hasValue(major);
  }

  @ParameterizedTest
  @CsvSource({"lts/*", "*", "<20", "latest"})
  void rangesWithoutALowerBound(String range) {
    assertThat(NodeVersionHints.lowestMajor(range)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "v20.11.0,20",
    "20,20",
    "lts/iron,20",
    "lts/hydrogen,18",
    "jod,22",
    "lts/krypton,24",
    "lts/argon,4"
  })
  void versionFiles(String version, int major) {
    assertThat(NodeVersionHints.versionMajor(version)).hasValue(major);
  }
}
