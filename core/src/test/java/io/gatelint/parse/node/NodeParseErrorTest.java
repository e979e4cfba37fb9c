/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.node;

import static io.gatelint.parse.node.NodeFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.model.Location;
import io.gatelint.model.Model;
import io.gatelint.model.Problem;
import io.gatelint.parse.ParseContext;
import io.gatelint.source.SourceFile;
import io.gatelint.source.SourceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeParseErrorTest {

  @Test
  void aFileThatDoesNotParseIsAProblemAtItsLineAndTheOthersGoOn() {
    Model model = parse("broken");

    assertThat(model.getProblems()).hasSize(1);
    Problem p = model.getProblems().get(0);
    assertThat(p.location().file()).isEqualTo("bad.js");
    assertThat(p.location().line()).isEqualTo(5);
    assertThat(p.message())
        .startsWith("JavaScript syntax error")
        .endsWith("; the file was not analysed");
    assertThat(model.getAppServers()).extracting(s -> s.getId()).containsExactly("ok.js:2");
    assertThat(model.getAppServers().get(0).getListenPort().raw()).isEqualTo(9000);
  }

  @Test
  void binaryAndUnreadableSourcesAreProblems(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("blob.js"), new byte[] {0x63, 0x00, 0x01, 0x02});
    Files.write(dir.resolve("latin1.js"), new byte[] {0x2f, 0x2f, (byte) 0xe9, 0x0a});
    Files.writeString(dir.resolve("empty.js"), "");
    Files.writeString(dir.resolve("package.json"), "{ \"engines\": ");
    ParseContext context = ParseContext.of(dir);
    Model model = new Model();
    new NodeParser()
        .parse(
            List.of(
                new SourceFile(dir.resolve("blob.js"), "blob.js", SourceKind.NODE_SOURCE),
                new SourceFile(dir.resolve("latin1.js"), "latin1.js", SourceKind.NODE_SOURCE),
                new SourceFile(dir.resolve("empty.js"), "empty.js", SourceKind.NODE_SOURCE),
                new SourceFile(
                    dir.resolve("package.json"), "package.json", SourceKind.NODE_PROJECT),
                new SourceFile(dir.resolve("missing.js"), "missing.js", SourceKind.NODE_SOURCE)),
            context,
            model);

    assertThat(model.getProblems())
        .extracting(p -> p.location().file() + ": " + p.message().split(":")[0])
        .containsExactlyInAnyOrder(
            "package.json: package.json is not valid JSON",
            "blob.js: not a text file (contains NUL bytes); skipped",
            "latin1.js: not a text file (invalid UTF-8); skipped",
            "missing.js: cannot read file");
  }

  @Test
  void testsTypeDeclarationsAndBuildOutputAreNotRead() {
    List<SourceFile> all =
        List.of(
            source("src/server.ts"),
            source("dist/server.js"),
            source("src/server.test.ts"),
            source("src/__tests__/a.js"),
            source("types/x.d.ts"),
            source("lib/build/keep.js"));
    assertThat(all.stream().filter(f -> NodeParser.selected(f, all)).map(SourceFile::relativePath))
        .containsExactly("src/server.ts", "lib/build/keep.js");
  }

  private static SourceFile source(String rel) {
    return new SourceFile(Path.of(rel), rel, SourceKind.NODE_SOURCE);
  }

  @Test
  void problemLocationsAreOneBased() {
    Model model = parse("broken");
    assertThat(model.getProblems().get(0).location()).isEqualTo(Location.of("bad.js", 5, 1));
  }

  @Test
  void deeplyNestedSourceIsAProblemNotACrash(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("deep.js"), "const x = " + "[".repeat(50_000) + "]".repeat(50_000) + ";\n");
    Model model = new Model();
    new NodeParser()
        .parse(
            List.of(new SourceFile(dir.resolve("deep.js"), "deep.js", SourceKind.NODE_SOURCE)),
            ParseContext.of(dir),
            model);
    assertThat(model.getAppServers()).isEmpty();
    assertThat(model.getProblems())
        .allSatisfy(p -> assertThat(p.location().file()).isEqualTo("deep.js"));
  }

  @Test
  void missingTokenMessageNamesWhatWasExpected() {
    assertThat(parse("broken").getProblems().get(0).message())
        .isEqualTo("JavaScript syntax error: missing `}` before `)`; the file was not analysed");
  }
}
