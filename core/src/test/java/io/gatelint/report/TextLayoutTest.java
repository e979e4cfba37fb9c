/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.LintRequest;
import io.gatelint.LintResult;
import io.gatelint.Linter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text report a person reads: one header per finding, the offending line with a caret, the
 * other end on one line, and a fix computed from the finding's own values; the compact format, one
 * line per finding.
 */
class TextLayoutTest {

  @TempDir Path dir;

  private static LintResult lint(Path root) {
    return new Linter().lint(LintRequest.of(root));
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
  }

  @Test
  void crossLayerFindingShowsItsLineItsOtherEndOnceAndAFixFromItsValues() {
    String text =
        ReportFixtures.write(
            new TextReporter(false),
            lint(ReportFixtures.repoRoot().resolve("fixtures/ecs-nginx-express/bad")));
    assertThat(text)
        .contains(
            "deploy/nginx/nginx.conf:15:5: error GL010 nginx-keepalive-not-above-idle-timeout\n"
                + "  nginx keepalive_timeout 30 s (deploy/nginx/nginx.conf:15) is not above")
        .contains(
            "  15 |     keepalive_timeout 30s; # expect: GL010\n"
                + "     |     ^\n"
                + "  \u21b3 related: infra/service.yaml:43 idle timeout 60 s of load balancer Lb\n"
                + "  fix: Set keepalive_timeout to at least 61s here, or lower the idle timeout"
                + " of load balancer Lb (idle_timeout.timeout_seconds; Terraform idle_timeout)"
                + " below 30 s.\n");
    // the header carries file:line once; neither the message nor the related line repeats it
    assertThat(text).doesNotContain("related: infra/service.yaml:43 idle timeout 60 s (");
  }

  @Test
  void nodeFixFollowsTheIdleTimeoutNotTheDefault() throws IOException {
    Path root = dir.resolve("stack");
    copy(ReportFixtures.repoRoot().resolve("fixtures/node-runtime-no-hint/bad"), root);
    Path template = root.resolve("infra/service.yaml");
    String yaml = Files.readString(template);
    assertThat(yaml).contains("Key: idle_timeout.timeout_seconds\n          Value: \"60\"");
    Files.writeString(
        template,
        yaml.replace(
            "Key: idle_timeout.timeout_seconds\n          Value: \"60\"",
            "Key: idle_timeout.timeout_seconds\n          Value: \"3500\""));
    String text = ReportFixtures.write(new TextReporter(false), lint(root));
    assertThat(text)
        .contains("fix: Set keepAliveTimeout to at least 3501000 ms here")
        .contains("below 5000 ms.")
        .doesNotContain("65000");
  }

  @Test
  void planJsonLinesAreNeverShownAndTerraformSourceLinesAre() {
    LintResult result = lint(ReportFixtures.repoRoot().resolve("fixtures/alb-basic-terraform/bad"));
    assertThat(result.sources().line("plan.json", 1)).isEmpty();
    assertThat(result.sources().line("main.tf", 1)).isPresent();
    String text = ReportFixtures.write(new TextReporter(false), result);
    assertThat(text).doesNotContain("\"address\"").contains("  | ");
  }

  @Test
  void compactIsOneLinePerFinding() {
    LintResult result = lint(ReportFixtures.repoRoot().resolve("fixtures/ecs-nginx-express/bad"));
    String compact = ReportFixtures.write(new CompactReporter(), result);
    assertThat(compact.lines()).hasSize(result.active().size());
    assertThat(compact)
        .contains(
            "deploy/nginx/nginx.conf:15:5: error: GL010 nginx keepalive_timeout 30 s"
                + " (deploy/nginx/nginx.conf:15) is not above");
  }

  @Test
  void aLongLineIsShownAsAWindowAroundTheColumn() throws IOException {
    Path root = dir.resolve("long");
    copy(ReportFixtures.repoRoot().resolve("fixtures/ecs-nginx-express/bad"), root);
    Path conf = root.resolve("deploy/nginx/nginx.conf");
    String nginx = Files.readString(conf);
    String padded = "keepalive_timeout 30s;" + " ".repeat(400) + "# expect: GL010";
    Files.writeString(conf, nginx.replace("keepalive_timeout 30s; # expect: GL010", padded));
    String text = ReportFixtures.write(new TextReporter(false), lint(root));
    String shown = text.lines().filter(l -> l.startsWith("  15 |")).findFirst().orElseThrow();
    assertThat(shown).endsWith("\u2026").hasSizeLessThan(200);
    String caret = text.lines().filter(l -> l.startsWith("     |")).findFirst().orElseThrow();
    assertThat(caret.indexOf('^')).isEqualTo(shown.indexOf("keepalive_timeout"));
  }
}
