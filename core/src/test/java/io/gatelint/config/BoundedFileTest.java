/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gatelint.baseline.Baseline;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Configuration and baseline files are read with a size limit and never from a device or a FIFO:
 * each refusal is one line naming the file (exit 2), found before anything else is read.
 */
class BoundedFileTest {

  @TempDir Path dir;

  @Test
  void baselineLargerThanTheLimitIsRefusedWithoutReadingIt() throws Exception {
    Path baseline = dir.resolve("gatelint-baseline.json");
    try (RandomAccessFile f = new RandomAccessFile(baseline.toFile(), "rw")) {
      f.setLength(BoundedFile.MAX_BASELINE_BYTES + 1); // sparse: costs no disk
    }

    assertThatThrownBy(() -> Baseline.load(baseline))
        .isInstanceOf(ConfigException.class)
        .hasMessage(baseline + ": the baseline is larger than 16 MB: not read");
  }

  @Test
  void baselineLinkedToDevZeroIsRefused() throws Exception {
    Path devZero = Path.of("/dev/zero");
    assumeTrue(Files.exists(devZero), "a system with /dev/zero");
    Path baseline = Files.createSymbolicLink(dir.resolve("gatelint-baseline.json"), devZero);

    assertThatThrownBy(() -> Baseline.load(baseline))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(baseline + ": the baseline is not a regular file");
  }

  @Test
  void configurationThatIsAFifoIsRefusedWithoutBlocking() throws Exception {
    Path fifo = dir.resolve("gatelint.yml");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (java.io.IOException e) {
      mkfifo = null;
    }
    assumeTrue(
        mkfifo != null && mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0,
        "mkfifo available");

    assertThatThrownBy(() -> Config.load(fifo))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(fifo + ": the configuration file is not a regular file");
  }

  @Test
  void configurationThatIsNotUtf8IsRefused() throws Exception {
    Path config = dir.resolve("gatelint.yml");
    Files.write(config, new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28});

    assertThatThrownBy(() -> Config.load(config))
        .hasMessage(config + ": the configuration file is not UTF-8 text");
  }

  @Test
  void invalidGlobNamesTheFileAndTheKey() throws Exception {
    Path config = dir.resolve("gatelint.yml");
    Files.writeString(config, "exclude: [\"infra/[ab\"]\n");

    assertThatThrownBy(() -> Config.load(config))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(config + ":1: 'exclude': invalid glob 'infra/[ab': ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void globsAreReadAsGitignoreReadsThemNotAsJavaGlobs() throws Exception {
    Path config = dir.resolve("gatelint.yml");
    // git reads a brace literally; Java's glob syntax would refuse the unpaired one
    Files.writeString(config, "exclude: [\"infra/{legacy\", \"!keep/\", \"**/cdk.out/\"]\n");

    assertThat(Config.load(config).exclude())
        .containsExactly("infra/{legacy", "!keep/", "**/cdk.out/");
  }
}
