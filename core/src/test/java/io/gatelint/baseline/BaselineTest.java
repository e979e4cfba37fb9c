/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatelint.LintRequest;
import io.gatelint.LintResult;
import io.gatelint.Linter;
import io.gatelint.RepoPaths;
import io.gatelint.config.Config;
import io.gatelint.config.ConfigException;
import io.gatelint.finding.Finding;
import io.gatelint.model.Notice;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adopting gatelint on a repository with findings: old ones are accepted, new ones still fail. */
class BaselineTest {

  @TempDir Path dir;

  @Test
  void oldFindingsStayAcceptedWhenLinesMoveAndNewOnesAreReported() throws Exception {
    Path template = dir.resolve("api.yaml");
    String original =
        Files.readString(RepoPaths.fixtures().resolve("alb-basic/bad/infra/api.yaml"));
    Files.writeString(template, original);
    LintResult before = new Linter().lint(LintRequest.of(dir));
    StringWriter baselineText = new StringWriter();
    // written for where it will live, outside the linted folder
    Baseline.write(
        before.active(),
        dir,
        dir.getParent().resolve(dir.getFileName() + "-baseline.json"),
        baselineText);
    Path baselineFile = dir.resolve("gatelint-baseline.json");
    Files.writeString(baselineFile, baselineText.toString());
    Files.move(
        baselineFile,
        dir.getParent().resolve(dir.getFileName() + "-baseline.json"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Baseline baseline =
        Baseline.load(dir.getParent().resolve(dir.getFileName() + "-baseline.json"));

    // an unrelated edit moves every line down by two, and a new mistake appears
    String edited =
        original
            .replaceFirst("Resources:\n", "Metadata:\n  Owner: payments\nResources:\n")
            .replace(
                "HttpCode: \"200-299,502\"",
                "HttpCode: \"200-299,502\"\n      UnhealthyThresholdCount: 2")
            .replace("Default: dev", "Default: dev\n  Other:\n    Type: String");
    Files.writeString(template, edited);
    Files.writeString(
        dir.resolve("second.yaml"),
        """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          WorkerTargetGroup:
            Type: AWS::ElasticLoadBalancingV2::TargetGroup
            Properties:
              HealthCheckIntervalSeconds: 5
              HealthCheckTimeoutSeconds: 5
        """);
    LintResult after = new Linter().lint(LintRequest.of(dir));
    var applied = baseline.apply(after.findings(), dir).findings();
    assertThat(
            applied.stream()
                .filter(f -> !f.isSuppressed())
                .map(f -> f.ruleId() + " " + f.location().file()))
        .containsExactly("GL020 second.yaml");
    assertThat(applied.stream().filter(Finding::isSuppressed).map(f -> f.suppression().kind()))
        .hasSize(before.active().size())
        .containsOnly("baseline");
  }

  @Test
  void notABaselineIsAConfigurationError() throws Exception {
    Path file = dir.resolve("b.json");
    Files.writeString(file, "{\"findings\": 3}");
    assertThatThrownBy(() -> Baseline.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("not a gatelint baseline");
  }

  /** Copies a fixture tree into {@code to}. */
  private static void copy(Path from, Path to) throws IOException {
    try (var files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
  }

  private static List<String> states(LintResult r) {
    return r.findings().stream()
        .map(
            f ->
                f.ruleId()
                    + " "
                    + f.resource()
                    + " "
                    + (f.isSuppressed() ? f.suppression().kind() : "active"))
        .sorted()
        .toList();
  }

  private static Notice baselineNotice(LintResult r) {
    return r.notices().stream().filter(n -> n.code().equals("baseline")).findFirst().orElseThrow();
  }

  @Test
  void theSameBaselineGivesTheSameAnswerFromTheRootASubfolderAndTheParent() throws Exception {
    Path parent = dir;
    Path repo = parent.resolve("proj");
    copy(RepoPaths.fixtures().resolve("ecs-nginx-express/bad"), repo);
    Files.createDirectories(repo.resolve(".git"));
    Path baselineFile = repo.resolve("gatelint-baseline.json");
    LintResult atRoot = new Linter().lint(LintRequest.of(repo));
    assertThat(atRoot.active()).isNotEmpty();
    StringWriter text = new StringWriter();
    Baseline.write(atRoot.active(), repo, baselineFile, text);
    Files.writeString(baselineFile, text.toString());
    // paths in the file are relative to the repository root, and no message quotes a line
    assertThat(text.toString()).doesNotContain(parent.toString()).doesNotContainPattern(":\\d+\\)");

    Path sub = repo.resolve("deploy");
    LintResult fromRoot =
        new Linter()
            .lint(new LintRequest(List.of(repo), repo, Config.empty(), List.of(), baselineFile));
    LintResult fromParent =
        new Linter()
            .lint(
                new LintRequest(
                    List.of(parent.resolve("proj")),
                    parent,
                    Config.empty(),
                    List.of(),
                    baselineFile));
    LintResult fromSub =
        new Linter()
            .lint(new LintRequest(List.of(repo), sub, Config.empty(), List.of(), baselineFile));
    for (LintResult r : List.of(fromRoot, fromParent, fromSub)) {
      assertThat(r.active()).isEmpty();
      assertThat(states(r)).isEqualTo(states(fromRoot));
      assertThat(baselineNotice(r).message())
          .contains(
              "hid " + atRoot.active().size() + " finding(s); 0 of its entries no longer occur");
    }
  }

  @Test
  void reportsEntriesThatNoLongerOccur() throws Exception {
    copy(RepoPaths.fixtures().resolve("alb-basic/bad"), dir);
    LintResult before = new Linter().lint(LintRequest.of(dir));
    Path baselineFile = dir.resolve("b.json");
    StringWriter text = new StringWriter();
    Baseline.write(before.active(), dir, baselineFile, text);
    Files.writeString(baselineFile, text.toString());
    // one finding fixed: its entry goes stale
    Files.delete(dir.resolve("infra/api.yaml"));
    LintResult after = new Linter().lint(LintRequest.of(dir).withBaseline(baselineFile));
    assertThat(baselineNotice(after).message())
        .contains(
            "hid 0 finding(s); " + before.active().size() + " of its entries no longer occur");
    assertThat(baselineNotice(after).fix()).contains("gatelint baseline --update");
  }

  @Test
  void lintingASubfolderNeitherCountsNorDropsEntriesForFilesOutsideIt() throws Exception {
    copy(RepoPaths.fixtures().resolve("alb-basic/bad"), dir.resolve("a"));
    copy(RepoPaths.fixtures().resolve("alb-basic/bad"), dir.resolve("b"));
    LintResult whole = new Linter().lint(LintRequest.of(dir));
    Path baselineFile = dir.resolve("b.json");
    StringWriter text = new StringWriter();
    Baseline.write(whole.active(), dir, baselineFile, text);
    Files.writeString(baselineFile, text.toString());
    int half = whole.active().size() / 2;
    assertThat(half).isPositive();

    LintResult sub =
        new Linter()
            .lint(
                new LintRequest(
                    List.of(dir.resolve("a")), dir, Config.empty(), List.of(), baselineFile));
    assertThat(sub.active()).isEmpty();
    assertThat(baselineNotice(sub).message())
        .contains("hid " + half + " finding(s); 0 of its entries no longer occur");
    // an update from the subfolder keeps the other folder's entries: the file is unchanged
    assertThat(sub.baseline().carried()).hasSize(half);
    StringWriter updated = new StringWriter();
    Baseline.write(
        sub.findings().stream().filter(Finding::isSuppressed).toList(),
        sub.baseline().carried(),
        dir,
        baselineFile,
        updated);
    assertThat(updated.toString()).isEqualTo(text.toString());
  }

  @Test
  void aFormatOneBaselineIsStillRead() throws Exception {
    copy(RepoPaths.fixtures().resolve("alb-basic/bad"), dir);
    LintResult before = new Linter().lint(LintRequest.of(dir));
    StringBuilder v1 = new StringBuilder("{\"gatelintBaseline\":1,\"findings\":[");
    for (int i = 0; i < before.active().size(); i++) {
      if (i > 0) v1.append(',');
      v1.append("{\"fingerprint\":\"").append(before.active().get(i).fingerprint()).append("\"}");
    }
    Path file = dir.resolve("old.json");
    Files.writeString(file, v1.append("]}").toString());
    LintResult after = new Linter().lint(LintRequest.of(dir).withBaseline(file));
    assertThat(after.active()).isEmpty();
    assertThat(baselineNotice(after).message()).contains("hid " + before.active().size());
  }

  @Test
  void anUnknownFormatIsRefused() throws Exception {
    Path file = dir.resolve("b.json");
    Files.writeString(file, "{\"version\": 3, \"findings\": []}");
    assertThatThrownBy(() -> Baseline.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("baseline format 3");
  }

  @Test
  void messagesLoseTheLocationsTheyQuote() {
    assertThat(
            Baseline.stableMessage(
                "keepalive 16 (deploy/nginx/nginx.conf:10) and 60 s (nginx default; not set at"
                    + " deploy/nginx/nginx.conf:8), Node 22 (app/package.json:7:3, engines)"))
        .isEqualTo("keepalive 16 (@) and 60 s (nginx default; not set at @), Node 22 (@, engines)");
    assertThat(Baseline.stableMessage("port 80 and 5000 ms")).isEqualTo("port 80 and 5000 ms");
  }

  @Test
  void theConfigurationNamesTheBaseline() throws Exception {
    copy(RepoPaths.fixtures().resolve("alb-basic/bad"), dir);
    LintResult before = new Linter().lint(LintRequest.of(dir));
    Path baselineFile = dir.resolve("ci/baseline.json");
    Files.createDirectories(baselineFile.getParent());
    StringWriter text = new StringWriter();
    Baseline.write(before.active(), dir, baselineFile, text);
    Files.writeString(baselineFile, text.toString());
    Files.writeString(dir.resolve("gatelint.yml"), "baseline: ci/baseline.json\n");
    Config cfg = Config.load(dir.resolve("gatelint.yml"));
    LintResult after = new Linter().lint(new LintRequest(List.of(dir), dir, cfg, List.of()));
    assertThat(after.active()).isEmpty();
    assertThat(baselineNotice(after).message()).contains("ci/baseline.json");
  }
}
