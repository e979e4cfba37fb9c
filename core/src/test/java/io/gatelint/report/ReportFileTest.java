/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report file is whole or absent: written beside the target, renamed only when complete. */
class ReportFileTest {

  @TempDir Path dir;

  @Test
  void failingWriterLeavesNoFileAndNoTemporaryFile() {
    Path report = dir.resolve("out/report.html");

    assertThatThrownBy(
            () ->
                ReportFile.write(
                    report,
                    w -> {
                      w.write("<html><body>half");
                      throw new IOException("disk full");
                    }))
        .hasMessage("disk full");

    assertThat(report).doesNotExist();
    assertThat(listing(report.getParent())).isEmpty();
  }

  @Test
  void failingWriterKeepsThePreviousReportAsItWas() throws IOException {
    Path report = dir.resolve("report.json");
    Files.writeString(report, "{\"previous\": true}\n");

    assertThatThrownBy(
            () ->
                ReportFile.write(
                    report,
                    w -> {
                      w.write("{\"tru");
                      throw new IllegalStateException("a reporter's defect");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(report).hasContent("{\"previous\": true}");
    assertThat(listing(dir)).containsExactly("report.json");
  }

  @Test
  void completeReportReplacesThePreviousOne() throws IOException {
    Path report = dir.resolve("report.txt");
    Files.writeString(report, "old\n");

    ReportFile.write(report, w -> w.write("new\n"));

    assertThat(report).hasContent("new");
    assertThat(listing(dir)).containsExactly("report.txt");
  }

  @Test
  void unpairedSurrogateBecomesReplacementCharacter() throws IOException {
    Path report = dir.resolve("report.json");

    ReportFile.write(report, w -> w.write("{\"id\": \"Api\uD800Lb\"}\n"));

    assertThat(new String(Files.readAllBytes(report), StandardCharsets.UTF_8))
        .isEqualTo("{\"id\": \"Api\uFFFDLb\"}\n");
  }

  @Test
  void directoryIsNotReplaced() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("report.html"));

    assertThatThrownBy(() -> ReportFile.write(folder, w -> w.write("x")))
        .hasMessageContaining("directory");
    assertThat(folder).isDirectory();
  }

  private static java.util.List<String> listing(Path folder) {
    if (!Files.isDirectory(folder)) return java.util.List.of();
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
