/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: options in, exit code and output out. */
class MainTest {

  /**
   * The repository; surefire runs in {@code cli/}, so tests name it as the root with {@code
   * --root}.
   */
  static final Path REPO =
      Path.of(System.getProperty("gatelint.repoRoot", "..")).toAbsolutePath().normalize();

  static final Path FIXTURES = REPO.resolve("fixtures");
  static final String ROOT = "--root=" + REPO;

  @TempDir Path tmp;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void badStackExitsOneWithPositionsRuleAndFix() {
    Run r = run("lint", ROOT, FIXTURES.resolve("alb-basic/bad").toString());
    assertThat(r.exit()).isEqualTo(1);
    String api = "fixtures/alb-basic/bad/infra/api.yaml";
    assertThat(r.out())
        .contains(api + ":49:34: error GL020 health-check-timeout-not-below-interval")
        .contains("\u21b3 related: " + api + ":48 health check interval 10 s\n")
        .contains("idle timeout 4500 s (" + api + ":7, parameter IdleTimeoutSeconds default)")
        .contains("fix: Set the health check timeout (HealthCheckTimeoutSeconds")
        .contains("3 error(s), 1 warning(s), 1 note(s) in 1 file(s)");
  }

  @Test
  void listFilesSaysWhatWasReadAsWhatAndWhatWasSkippedWithWhy() throws Exception {
    Files.createDirectories(tmp.resolve("infra"));
    Files.createDirectories(tmp.resolve("app/public/static"));
    Files.copy(FIXTURES.resolve("alb-basic/bad/infra/api.yaml"), tmp.resolve("infra/api.yaml"));
    Files.writeString(
        tmp.resolve("app/server.js"), "require('http').createServer().listen(3000);\n");
    Files.writeString(tmp.resolve("app/public/static/vue.js"), "/*! Vue.js */ var Vue = 1;\n");
    Files.writeString(tmp.resolve("app/util.js"), "module.exports = (a, b) => a + b;\n");
    Files.writeString(tmp.resolve("README.md"), "Resources:\n  Lb:\n    Type: AWS::X::Y\n");
    Run r = run("lint", "--root=" + tmp, tmp.toString(), "--list-files", "--fail-on", "never");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out().lines().takeWhile(l -> !l.isEmpty() && !l.startsWith("infra/api.yaml:")))
        .containsExactly(
            "README.md  skipped: mentions CloudFormation resources, but is documentation (.md)",
            "app/public/static/vue.js  skipped: in a public/ folder (browser assets, build output"
                + " or vendored code): not a server",
            "app/server.js  node source",
            "app/util.js  skipped: no server, listen call or exported handler in its text",
            "infra/api.yaml  cloudformation",
            "2 file(s) read, 3 skipped");
  }

  @Test
  void goodStackExitsZero() {
    Run r = run("lint", ROOT, FIXTURES.resolve("alb-basic/good").toString());
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).contains("0 error(s), 0 warning(s), 0 note(s) in 1 file(s)");
  }

  @Test
  void failOnDecidesTheExitCode() {
    assertThat(
            run("lint", FIXTURES.resolve("alb-basic/bad").toString(), "--fail-on", "never").exit())
        .isEqualTo(0);
    assertThat(
            run("lint", FIXTURES.resolve("broken-input/bad").toString(), "--fail-on", "note")
                .exit())
        .isEqualTo(1);
  }

  @Test
  void brokenFileIsGl000AndOtherFindingsStillReported() {
    Run r = run("lint", ROOT, FIXTURES.resolve("broken-input/bad").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("fixtures/broken-input/bad/infra/broken.yaml:9:")
        .contains("GL000 parse-error")
        .contains("fixtures/broken-input/bad/infra/duplicate.yaml:10:34: error GL020");
  }

  @Test
  void formatsGoToFiles() throws Exception {
    Path sarif = tmp.resolve("out/gatelint.sarif");
    Path json = tmp.resolve("gatelint.json");
    Run r =
        run(
            "lint",
            ROOT,
            FIXTURES.resolve("alb-basic/bad").toString(),
            "--format",
            "sarif=" + sarif,
            "--format",
            "json=" + json);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(Files.readString(sarif))
        .contains("\"version\" : \"2.1.0\"")
        .contains("%SRCROOT%")
        .contains("\"uri\" : \"fixtures/alb-basic/bad/infra/api.yaml\"")
        .contains("\"executionSuccessful\" : true");
    assertThat(Files.readString(json)).contains("\"ruleId\" : \"GL020\"");
  }

  @Test
  void invalidRuleFileExitsTwoNamingFileAndLine() throws Exception {
    Files.writeString(tmp.resolve("GL901-x.yml"), "id: GL901\nname: x\n");
    Run r = run("lint", FIXTURES.resolve("alb-basic/good").toString(), "--rules", tmp.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("GL901-x.yml:1: missing field 'severity'");
  }

  @Test
  void invalidConfigExitsTwo() throws Exception {
    Path config = tmp.resolve("gatelint.yml");
    Files.writeString(config, "failOn: [\n");
    Run r =
        run("lint", FIXTURES.resolve("alb-basic/good").toString(), "--config", config.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("gatelint.yml:").contains("invalid YAML");
  }

  @Test
  void configTurnsRulesOffAndChangesSeverity() throws Exception {
    Path config = tmp.resolve("gatelint.yml");
    Files.writeString(
        config, "rules:\n  GL002: off\n  GL020: off\n  GL023: { severity: warning }\n");
    Run r =
        run("lint", FIXTURES.resolve("alb-basic/bad").toString(), "--config", config.toString());
    assertThat(r.out()).doesNotContain("GL002").doesNotContain("GL020").contains("warning GL023");
    assertThat(r.exit()).isEqualTo(0);
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertThat(run("lint", "--frobnicate").exit()).isEqualTo(2);
  }

  @Test
  void rulesListsTheCatalogue() {
    Run r = run("rules");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).contains("GL020  error    health-check-timeout-not-below-interval");
  }

  @Test
  void explainPrintsSources() {
    Run r = run("explain", "GL001");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).contains("alb-access-logs-disabled").contains("Sources:");
  }

  @Test
  void pathsAreRelativeToTheRootWhateverTheOrderOfArguments() throws Exception {
    String alb = FIXTURES.resolve("alb-basic/bad").toString();
    String broken = FIXTURES.resolve("broken-input/bad").toString();
    Path one = tmp.resolve("one.json");
    Path two = tmp.resolve("two.json");
    run("lint", ROOT, alb, broken, "--format", "json=" + one);
    run("lint", ROOT, broken, alb, "--format", "json=" + two);
    String json = Files.readString(one);
    assertThat(json)
        .contains("\"file\" : \"fixtures/alb-basic/bad/infra/api.yaml\"")
        .contains("\"file\" : \"fixtures/broken-input/bad/infra/duplicate.yaml\"")
        .doesNotContain("\"file\" : \"infra/")
        .doesNotContain(REPO.toString());
    assertThat(Files.readString(two)).isEqualTo(json);
  }

  @Test
  void fileOutsideTheRootKeepsItsAbsolutePath() throws Exception {
    Path sarif = tmp.resolve("out.sarif");
    Path template = FIXTURES.resolve("alb-basic/bad/infra/api.yaml");
    Run r =
        run(
            "lint",
            "--root",
            tmp.toString(),
            template.toString(),
            "--format",
            "text",
            "--format",
            "sarif=" + sarif);
    assertThat(r.out()).contains(template.toString().replace('\\', '/') + ":49:34: error GL020");
    assertThat(Files.readString(sarif)).contains("\"uri\" : \"" + template.toUri());
  }

  @Test
  void missingPathIsAUsageErrorNotAParseError() {
    Run r = run("lint", ROOT, tmp.resolve("nope").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo("gatelint: " + tmp.resolve("nope") + ": no such file or directory");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void rootThatIsNotADirectoryIsAUsageError() {
    Run r =
        run(
            "lint",
            "--root",
            tmp.resolve("nope").toString(),
            FIXTURES.resolve("alb-basic/good").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--root").contains("not a directory");
  }

  @Test
  void unwritableOutputIsOneLineNamingTheFileAndExitsTwo() throws Exception {
    Files.writeString(tmp.resolve("file"), "in the way");
    Path out = tmp.resolve("file/out.json");
    Run r =
        run(
            "lint",
            ROOT,
            FIXTURES.resolve("alb-basic/good").toString(),
            "--format",
            "json",
            "--output",
            out.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip())
        .startsWith("gatelint: cannot write " + out + ": ")
        .doesNotContain("\n")
        .doesNotContain("Exception");
  }

  @Test
  void unknownFailOnIsAUsageError() {
    Run r = run("lint", ROOT, FIXTURES.resolve("alb-basic/good").toString(), "--fail-on", "fatal");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo("gatelint: --fail-on: unknown severity 'fatal' (error, warning or note)");
  }

  @Test
  void ruleThatFailsToEvaluateIsReportedOnStderrInJsonAndExitsTwo() throws Exception {
    Path rules = Files.createDirectories(tmp.resolve("rules"));
    Files.writeString(
        rules.resolve("GL901-bucket-name.yml"),
        """
        id: GL901
        name: bucket-name
        severity: note
        category: observability
        title: Access log bucket has a name
        description: A rule that fails on a load balancer without an access log bucket.
        remediation: None.
        helpUri: https://example.com/gl901
        facts:
          - claim: A test rule.
            source: this test
            url: https://example.com/gl901
        for: lb in model.applicationLoadBalancers
        when: lb.accessLogsBucket.raw().length() > 0
        at: lb.accessLogsBucket
        message: "bucket {lb.accessLogsBucket}"
        """);
    Path json = tmp.resolve("out.json");
    Run r =
        run(
            "lint",
            ROOT,
            FIXTURES.resolve("alb-basic/bad").toString(),
            "--rules",
            rules.toString(),
            "--fail-on",
            "never",
            "--format",
            "text",
            "--format",
            "json=" + json);
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.err())
        .contains("gatelint: rule GL901")
        .contains("failed to evaluate")
        .contains("the results are incomplete");
    assertThat(Files.readString(json))
        .contains("\"errors\" : [ {")
        .contains("\"ruleId\" : \"GL901\"")
        .contains("\"complete\" : false");
  }

  @Test
  void configPathsAreRelativeToTheConfigFile() throws Exception {
    Path project = FIXTURES.resolve("alb-basic/bad");
    Path config = tmp.resolve("gatelint.yml");
    Files.writeString(config, "ruleDirs: [rules]\n");
    Files.createDirectories(tmp.resolve("rules"));
    Files.writeString(tmp.resolve("rules/GL902-x.yml"), "id: GL902\nname: x\n");
    Run r = run("lint", ROOT, project.toString(), "--config", config.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("GL902-x.yml:1: missing field 'severity'");
  }

  @Test
  void baselineAcceptsExistingFindingsAndFailsOnNewOnes() throws Exception {
    Path repo = tmp.resolve("repo");
    Files.createDirectories(repo.resolve("infra"));
    Files.copy(FIXTURES.resolve("alb-basic/bad/infra/api.yaml"), repo.resolve("infra/api.yaml"));
    Path baseline = tmp.resolve("gatelint-baseline.json");
    Run written =
        run("baseline", "--root=" + repo, repo.toString(), "--output", baseline.toString());
    assertThat(written.exit()).isEqualTo(0);
    assertThat(written.out()).contains("5 finding(s) written to");

    Run clean = run("lint", "--root=" + repo, repo.toString(), "--baseline", baseline.toString());
    assertThat(clean.exit()).isEqualTo(0);
    assertThat(clean.out()).contains("0 error(s), 0 warning(s), 0 note(s), 5 suppressed");

    Files.writeString(
        repo.resolve("infra/worker.yaml"),
        """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          WorkerTargetGroup:
            Type: AWS::ElasticLoadBalancingV2::TargetGroup
            Properties:
              HealthCheckIntervalSeconds: 5
              HealthCheckTimeoutSeconds: 5
        """);
    Run fresh = run("lint", "--root=" + repo, repo.toString(), "--baseline", baseline.toString());
    assertThat(fresh.exit()).isEqualTo(1);
    assertThat(fresh.out())
        .contains("infra/worker.yaml:7:34: error GL020")
        .contains("1 error(s), 0 warning(s), 0 note(s), 5 suppressed");
  }

  @Test
  void baselineUpdateKeepsOnlyWhatStillOccursAndTheSummarySaysWhatWasHidden() throws Exception {
    Path repo = tmp.resolve("repo");
    Files.createDirectories(repo.resolve("infra"));
    Files.createDirectories(repo.resolve(".git"));
    Files.copy(FIXTURES.resolve("alb-basic/bad/infra/api.yaml"), repo.resolve("infra/api.yaml"));
    Files.copy(FIXTURES.resolve("alb-basic/bad/infra/api.yaml"), repo.resolve("infra/old.yaml"));
    Files.writeString(repo.resolve(".gatelint.yaml"), "baseline: gatelint-baseline.json\n");
    Path baseline = repo.resolve("gatelint-baseline.json");
    Run written = run("baseline", "--root=" + repo, repo.toString());
    assertThat(written.exit()).isEqualTo(0);
    assertThat(written.out()).contains("10 finding(s) written to");
    assertThat(Files.readString(baseline))
        .contains("\"version\" : 2")
        .contains("\"file\" : \"infra/old.yaml\"");

    // one template fixed: its five entries no longer occur; the config names the baseline
    Files.delete(repo.resolve("infra/old.yaml"));
    Run stale = run("lint", "--root=" + repo, repo.toString());
    assertThat(stale.exit()).isEqualTo(0);
    assertThat(stale.out()).contains("hid 5 finding(s); 5 of its entries no longer occur");

    Run updated = run("baseline", "--update", "--root=" + repo, repo.toString());
    assertThat(updated.exit()).isEqualTo(0);
    assertThat(updated.out()).contains("5 finding(s) written to");
    assertThat(Files.readString(baseline)).doesNotContain("infra/old.yaml");
    Run after = run("lint", "--root=" + repo, repo.toString());
    assertThat(after.out()).contains("hid 5 finding(s); 0 of its entries no longer occur");
  }

  @Test
  void showConfigNamesTheFileFoundAboveASubfolderAndEachValuesLine() throws Exception {
    Path repo = tmp.resolve("repo");
    Files.createDirectories(repo.resolve(".git"));
    Files.createDirectories(repo.resolve("deploy"));
    Files.writeString(repo.resolve(".gatelint.yml"), "exclude: [\"**/test/**\"]\n");
    Run r =
        run(
            "lint",
            "--show-config",
            "--root=" + repo.resolve("deploy"),
            repo.resolve("deploy").toString());
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out())
        .contains("configuration: " + repo.resolve(".gatelint.yml"))
        .contains("exclude: [**/test/**]    (" + repo.resolve(".gatelint.yml") + ":1)")
        .contains("failOn: error    (default)")
        .doesNotContain("finding(s)");
  }

  @Test
  void missingBaselineFileIsAUsageError() {
    Run r =
        run(
            "lint",
            ROOT,
            FIXTURES.resolve("alb-basic/good").toString(),
            "--baseline",
            tmp.resolve("nope.json").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("nope.json: cannot read the baseline");
  }

  @Test
  void explainLinksPrintsEachChainWithItsEvidenceAndWhatStayedUnlinked() {
    Path lambda = FIXTURES.resolve("lambda-target/bad");
    Run linked =
        run("lint", "--root=" + lambda, lambda.toString(), "--explain-links", "--no-color");
    assertThat(linked.out())
        .startsWith(
            """
        Chains (1):
          Lb → QuotesTargetGroup → Lambda QuotesFunction → handler src/index.js:5
            - QuotesTargetGroup is forwarded to by a listener of Lb
            - QuotesTargetGroup registers Lambda QuotesFunction (infra/template.yaml:63)
            - Lambda QuotesFunction Handler index.handler = export handler of src/index.js (src/index.js:5)
        """);
    Path unknowns = FIXTURES.resolve("regressions/cfn-unknowns/good");
    Run unlinked =
        run("lint", "--root=" + unknowns, unknowns.toString(), "--explain-links", "--no-color");
    assertThat(unlinked.out())
        .contains(
            """
        Unlinked (1):
          - target group Tg: no nginx or Node server in the tree listens on its traffic port 80 (ingress.yaml:75)
        """);
  }

  @Test
  void rulesAsJsonAndMarkdownComeFromTheSameCatalogue() throws Exception {
    Run json = run("rules", "--format", "json");
    assertThat(json.exit()).isEqualTo(0);
    var rules = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
    assertThat(rules.size())
        .isEqualTo(
            Files.list(REPO.resolve("rules")).filter(p -> p.toString().endsWith(".yml")).count());
    assertThat(rules.get(0).get("id").asText()).isEqualTo("GL000");
    rules.forEach(r -> assertThat(r.get("facts").size()).as(r.get("id").asText()).isPositive());
    Run markdown = run("rules", "--format", "markdown");
    assertThat(markdown.out()).isEqualTo(Files.readString(REPO.resolve("docs/rules.md")));
  }
}
