/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.parse.InputFormats;
import io.gatelint.parse.cfn.CloudFormationParser;
import io.gatelint.parse.nginx.NginxParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Classification by content, skipped folders, excludes, and links that lead nowhere or in circles.
 */
class DiscoveryTest {

  @TempDir Path dir;

  private List<String> kinds(Discovery.Result r) {
    return r.files().stream().map(f -> f.relativePath() + " " + f.kind()).toList();
  }

  @Test
  void filesAreClassifiedByContentNotOnlyByName() throws Exception {
    Files.writeString(
        dir.resolve("stack.yml"),
        "Resources:\n  Lb:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n");
    Files.writeString(dir.resolve("compose.yml"), "services:\n  web:\n    image: nginx\n");
    Files.writeString(
        dir.resolve("plan.json"), "{\"format_version\":\"1.2\",\"planned_values\":{}}");
    Files.writeString(dir.resolve("site"), "server {\n  listen 8080;\n}\n");
    Files.createDirectories(dir.resolve("cdk.out"));
    Files.writeString(
        dir.resolve("cdk.out/Api.template.json"),
        "{\"Resources\":{\"Lb\":{\"Type\":\"AWS::ElasticLoadBalancingV2::LoadBalancer\"}}}");
    Files.writeString(dir.resolve("server.mjs"), "import http from 'node:http';\n");
    Files.writeString(dir.resolve("package.json"), "{}");
    Files.createDirectories(dir.resolve("node_modules/x"));
    Files.writeString(dir.resolve("node_modules/x/index.js"), "module.exports = 1;\n");
    Discovery.Result r =
        new Discovery(List.of(), List.of(), InputFormats.all()).discover(List.of(dir), dir);
    assertThat(kinds(r))
        .containsExactly(
            "cdk.out/Api.template.json CLOUDFORMATION",
            "package.json NODE_PROJECT",
            "plan.json TERRAFORM_PLAN",
            "server.mjs NODE_SOURCE",
            "site NGINX",
            "stack.yml CLOUDFORMATION");
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void whatOnlyQuotesAnInputIsSkippedWithItsReason() throws Exception {
    Path fixture = io.gatelint.RepoPaths.fixtures().resolve("regressions/not-inputs/good");
    Discovery.Result r =
        new Discovery(List.of(), List.of(), InputFormats.all()).discover(List.of(fixture), fixture);
    assertThat(kinds(r)).isEmpty();
    assertThat(r.skipped())
        .extracting(s -> s.relativePath() + ": " + s.reason())
        .containsExactly(
            "deploy/appspec.yml: mentions CloudFormation resources, but is a CodeDeploy AppSpec"
                + " file",
            "docs/README.md: mentions CloudFormation resources, but is documentation (.md)",
            "guard/tests/alb-logging-tests.yaml: mentions CloudFormation resources, but has no"
                + " top-level AWSTemplateFormatVersion or Resources mapping of AWS:: types",
            "public/js/app.min.js: minified script (*.min.js): not a server",
            "public/js/vendor.js: in a public/ folder (browser assets, build output or vendored"
                + " code): not a server",
            "serverless.yml: mentions CloudFormation resources, but is a Serverless Framework"
                + " service file",
            "test/__snapshots__/stack.test.ts.snap: mentions CloudFormation resources, but is a"
                + " Jest snapshot (.snap)");
  }

  @Test
  void aSourceIsReadOnlyWhenItCouldHoldAServer() throws Exception {
    Files.writeString(dir.resolve("server.js"), "require('http').createServer().listen(3000);\n");
    Files.writeString(dir.resolve("util.js"), "module.exports = (a, b) => a + b;\n");
    Files.writeString(dir.resolve("long.js"), "var x = '" + "a".repeat(2000) + "';\n");
    Discovery.Result r =
        new Discovery(List.of(), List.of(), InputFormats.all()).discover(List.of(dir), dir);
    assertThat(kinds(r)).containsExactly("server.js NODE_SOURCE");
    assertThat(r.skipped())
        .extracting(s -> s.relativePath() + ": " + s.reason())
        .containsExactly(
            "long.js: a line longer than 1000 characters (minified or generated): not a server",
            "util.js: no server, listen call or exported handler in its text");
  }

  /**
   * A vendored library written like vue.js 2: a licence banner, the UMD wrapper, then hundreds of
   * KB of ordinary lines that mention handlers and {@code .listen(} — what made one repository take
   * 4.6 s per copy when it was parsed as a server.
   */
  static String vueLikeBundle(int bytes) {
    StringBuilder b =
        new StringBuilder(
            String.join(
                String.valueOf('\n'),
                "/*!",
                " * Vue.js v2.6.14",
                " * Released under the MIT License.",
                " */",
                "(function (global, factory) {",
                "  typeof exports === 'object' && typeof module !== 'undefined' ?"
                    + " module.exports = factory() :",
                "  typeof define === 'function' && define.amd ? define(factory) :",
                "  (global = global || self, global.Vue = factory());",
                "}(this, function () { 'use strict';",
                ""));
    for (int i = 0; b.length() < bytes; i++) {
      b.append("  function invokeWithErrorHandling")
          .append(i)
          .append(" (handler, context, args, vm) { return handler.apply(context, args) }")
          .append(String.valueOf('\n'))
          .append("  vm.$on('hook:mounted', function (event) { bus.listen(event) });")
          .append(String.valueOf('\n'));
    }
    return b.append("}));").append(String.valueOf('\n')).toString();
  }

  @Test
  void vendoredBundlesAreSkippedAsServerCandidatesWithTheirReason() throws Exception {
    Files.createDirectories(dir.resolve("public/static"));
    Files.createDirectories(dir.resolve("lib"));
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("public/static/vue.js"), vueLikeBundle(300 * 1024));
    // the same library outside an asset folder: its wrapper gives it away
    Files.writeString(dir.resolve("lib/vue.js"), vueLikeBundle(100 * 1024));
    // generated code with short lines and no wrapper: too large to be a hand-written server
    StringBuilder generated = new StringBuilder();
    while (generated.length() <= ServerCandidate.MAX_SOURCE_BYTES) {
      generated.append("exports.handler").append(generated.length()).append(" = () => 1;\n");
    }
    Files.writeString(dir.resolve("src/generated.js"), generated);
    Files.writeString(
        dir.resolve("src/server.js"), "require('http').createServer().listen(3000);\n");
    Discovery.Result r =
        new Discovery(List.of(), List.of(), InputFormats.all()).discover(List.of(dir), dir);
    assertThat(kinds(r)).containsExactly("src/server.js NODE_SOURCE");
    assertThat(r.skipped())
        .extracting(s -> s.relativePath() + ": " + s.reason())
        .containsExactly(
            "lib/vue.js: bundled script (typeof define === 'function' && define.amd): not a server",
            "public/static/vue.js: in a public/ folder (browser assets, build output or vendored"
                + " code): not a server",
            "src/generated.js: larger than 256 KB (generated or bundled code): not a server");
  }

  /**
   * The per-file budget, held by structure rather than by a stopwatch: whatever discovery hands the
   * Node parser as a source is bounded in size and line length, so no single file can make the
   * scanners slow; only a file the user names is read whatever it is.
   */
  @Test
  void noSourceHandedToTheParserExceedsTheCandidateBounds() throws Exception {
    Path fixtures = io.gatelint.RepoPaths.fixtures();
    Discovery.Result r =
        new Discovery(List.of(), List.of(), InputFormats.all())
            .discover(List.of(fixtures), fixtures);
    List<SourceFile> sources =
        r.files().stream().filter(f -> f.kind() == SourceKind.NODE_SOURCE).toList();
    assertThat(sources).isNotEmpty();
    for (SourceFile f : sources) {
      assertThat(Files.size(f.path())).isLessThanOrEqualTo(ServerCandidate.MAX_SOURCE_BYTES);
      assertThat(Files.readAllLines(f.path()))
          .allMatch(line -> line.length() <= ServerCandidate.MAX_LINE_CHARS);
    }
  }

  @Test
  void aYamlTemplateNeedsATopLevelMappingThatDeclaresIt() {
    assertThat(
            CloudFormationParser.declaresTemplate(
                "# c\n---\nResources:\n  Lb:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n"))
        .isTrue();
    assertThat(CloudFormationParser.declaresTemplate("Resources: {Q: {Type: AWS::SQS::Queue}}\n"))
        .isTrue();
    assertThat(
            CloudFormationParser.declaresTemplate(
                "version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n"))
        .isFalse();
    assertThat(
            CloudFormationParser.declaresTemplate(
                "service: x\nresources:\n  Resources:\n    T:\n      Type: AWS::SNS::Topic\n"))
        .isFalse();
    assertThat(
            CloudFormationParser.declaresTemplate(
                "{\"Resources\": {\"T\": {\"Type\": \"Custom::Thing\"}}}"))
        .isTrue();
  }

  @Test
  void excludeGlobsLeaveFilesOut() throws Exception {
    Files.createDirectories(dir.resolve("test/fixtures"));
    Files.writeString(
        dir.resolve("test/fixtures/a.yaml"), "AWSTemplateFormatVersion: '2010-09-09'\n");
    Files.writeString(dir.resolve("b.yaml"), "AWSTemplateFormatVersion: '2010-09-09'\n");
    Discovery.Result r =
        new Discovery(List.of(), List.of("test/**"), InputFormats.all())
            .discover(List.of(dir), dir);
    assertThat(kinds(r)).containsExactly("b.yaml CLOUDFORMATION");
  }

  @Test
  void brokenAndLoopingLinksAreProblemsNotFailures() throws Exception {
    Files.writeString(dir.resolve("a.yaml"), "AWSTemplateFormatVersion: '2010-09-09'\n");
    Files.createSymbolicLink(dir.resolve("dangling.yaml"), dir.resolve("missing.yaml"));
    Files.createSymbolicLink(dir.resolve("loop"), dir);
    Discovery.Result r =
        new Discovery(List.of(), List.of(), InputFormats.all()).discover(List.of(dir), dir);
    assertThat(kinds(r)).containsExactly("a.yaml CLOUDFORMATION");
    assertThat(r.problems())
        .extracting(p -> p.location().file() + ": " + p.message())
        .containsExactly(
            "dangling.yaml: broken symbolic link: its target does not exist",
            "loop: symbolic link loop: skipped");
  }

  @Test
  void emptyAndBinaryTemplatesAreUnreadable() throws Exception {
    Files.writeString(dir.resolve("empty.yaml"), "");
    Files.write(dir.resolve("blob.template"), new byte[] {0x41, 0x00, 0x42});
    Discovery.Result r =
        new Discovery(List.of(), List.of(), InputFormats.all()).discover(List.of(dir), dir);
    assertThat(kinds(r)).containsExactly("blob.template UNREADABLE", "empty.yaml UNREADABLE");
  }

  @Test
  void nginxHasOneDetectorStreamAndQuotedBlockNamesIncluded() throws Exception {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("stream.conf", "stream {\n  server {\n    listen 12345;\n  }\n}\n");
    files.put("quoted-http", "\"http\" {\n  server { listen 80; }\n}\n");
    files.put("quoted-events", "'events' {}\n");
    files.put("brace-below", "upstream app\n{\n  server 127.0.0.1:3000;\n}\n");
    files.put("location-only.conf", "location / {\n  return 200;\n}\n");
    files.put("compose.yml", "services:\n  server {\n");
    for (Map.Entry<String, String> e : files.entrySet())
      Files.writeString(dir.resolve(e.getKey()), e.getValue());
    Discovery.Result r =
        new Discovery(List.of(), List.of(), InputFormats.all()).discover(List.of(dir), dir);
    assertThat(kinds(r))
        .containsExactly(
            "brace-below NGINX", "quoted-events NGINX", "quoted-http NGINX", "stream.conf NGINX");
    // the parser's own test of a text is the detector discovery asked: they cannot disagree
    for (Map.Entry<String, String> e : files.entrySet()) {
      if (e.getKey().endsWith(".yml")) continue;
      assertThat(NginxParser.looksLikeNginx(e.getValue()))
          .as(e.getKey())
          .isEqualTo(kinds(r).contains(e.getKey() + " NGINX"));
    }
  }

  private static final String NGINX = "events {}\nhttp { server { listen 80; } }\n";

  private List<String> found(Discovery d, Path... paths) {
    return d.discover(List.of(paths), dir).files().stream().map(SourceFile::relativePath).toList();
  }

  @Test
  void theReadmesExcludeLeavesOutATopLevelTestFolder() throws Exception {
    for (String f : List.of("test/nginx.conf", "app/test/nginx.conf", "deploy/nginx.conf")) {
      Files.createDirectories(dir.resolve(f).getParent());
      Files.writeString(dir.resolve(f), NGINX);
    }
    Discovery d = new Discovery(List.of(), List.of("**/test/**"), InputFormats.all());
    assertThat(found(d, dir)).containsExactly("deploy/nginx.conf");
  }

  @Test
  void globsAreAnchoredToTheConfigurationsFolder() throws Exception {
    for (String f : List.of("proj/test/nginx.conf", "proj/deploy/nginx.conf")) {
      Files.createDirectories(dir.resolve(f).getParent());
      Files.writeString(dir.resolve(f), NGINX);
    }
    Discovery d =
        new Discovery(List.of(), List.of("/test"), dir.resolve("proj"), true, InputFormats.all());
    assertThat(found(d, dir)).containsExactly("proj/deploy/nginx.conf");
  }

  @Test
  void filesGitIgnoresAreSkippedUnlessNamedOrTurnedOff() throws Exception {
    Files.createDirectories(dir.resolve(".git"));
    for (String f : List.of("build/nginx.conf", "sub/gen/nginx.conf", "sub/nginx.conf", "a.conf")) {
      Files.createDirectories(dir.resolve(f).getParent());
      Files.writeString(dir.resolve(f), NGINX);
    }
    Files.writeString(dir.resolve(".gitignore"), "# generated\nbuild/\n*.conf\n!nginx.conf\n");
    Files.writeString(dir.resolve("sub/.gitignore"), "/gen\n");
    Discovery honours = new Discovery(List.of(), List.of(), null, true, InputFormats.all());
    assertThat(found(honours, dir)).containsExactly("sub/nginx.conf");
    // linting a subfolder still honours the repository root's .gitignore
    assertThat(found(honours, dir.resolve("sub"))).containsExactly("sub/nginx.conf");
    // a file named on the command line is read all the same
    assertThat(found(honours, dir.resolve("build/nginx.conf"))).containsExactly("build/nginx.conf");
    // so is an ignored folder named on the command line, short of what is ignored inside it
    Files.writeString(dir.resolve("build/.gitignore"), "skip.conf\n");
    Files.writeString(dir.resolve("build/skip.conf"), NGINX);
    assertThat(found(honours, dir.resolve("build"))).containsExactly("build/nginx.conf");
    Discovery ignoresGit = new Discovery(List.of(), List.of(), null, false, InputFormats.all());
    assertThat(found(ignoresGit, dir))
        .containsExactly(
            "a.conf",
            "build/nginx.conf",
            "build/skip.conf",
            "sub/gen/nginx.conf",
            "sub/nginx.conf");
  }
}
