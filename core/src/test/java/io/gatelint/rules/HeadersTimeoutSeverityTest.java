/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.LintRequest;
import io.gatelint.Linter;
import io.gatelint.RepoPaths;
import io.gatelint.finding.Finding;
import io.gatelint.finding.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GL012 reports only where the assumed Node major admits a release with the connection-drop bug
 * (nodejs/node#27363: 10.x to 13.x), as an error; on fixed versions it raises nothing.
 */
class HeadersTimeoutSeverityTest {

  private static java.util.Optional<Severity> gl012(Path dir) {
    return new Linter()
        .lint(LintRequest.of(dir)).active().stream()
            .filter(f -> f.ruleId().equals("GL012"))
            .map(Finding::severity)
            .findFirst();
  }

  @Test
  void nothingOnNode20() {
    assertThat(gl012(RepoPaths.fixtures().resolve("ecs-fastify-ts/bad"))).isEmpty();
  }

  @Test
  void errorOnNode12(@TempDir Path dir) throws IOException {
    Path from = RepoPaths.fixtures().resolve("ecs-fastify-ts/bad");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = dir.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) Files.createDirectories(target);
        else Files.copy(f, target);
      }
    }
    Path pkg = dir.resolve("package.json");
    Files.writeString(pkg, Files.readString(pkg).replace("\">=20\"", "\"12.x\""));
    assertThat(gl012(dir)).contains(Severity.ERROR);
  }
}
