/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.cli;

import static io.gatelint.cli.MainTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.cli.MainTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files {@code .gitignore} leaves out are not linted, unless {@code --no-gitignore} says so. */
class GitignoreOptionTest {

  @TempDir Path tmp;

  @Test
  void gitignoredFilesAreLeftOutUnlessTurnedOff() throws IOException {
    Files.createDirectories(tmp.resolve(".git"));
    Files.createDirectories(tmp.resolve("gen"));
    Files.writeString(tmp.resolve(".gitignore"), "gen/\n");
    String nginx = "events {}\nhttp { server { listen 80; } }\n";
    Files.writeString(tmp.resolve("gen/nginx.conf"), nginx);
    Files.writeString(tmp.resolve("nginx.conf"), nginx);

    Run honours =
        run("lint", "--root=" + tmp, tmp.toString(), "--fail-on", "never", "--list-files");
    assertThat(honours.out() + honours.err()).contains("nginx.conf").doesNotContain("gen/");

    Run off =
        run(
            "lint",
            "--root=" + tmp,
            tmp.toString(),
            "--fail-on",
            "never",
            "--list-files",
            "--no-gitignore");
    assertThat(off.out() + off.err()).contains("gen/nginx.conf");
  }
}
