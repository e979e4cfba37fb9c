/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which configuration file applies when none is named. */
class ConfigDiscoveryTest {

  @TempDir Path dir;

  @Test
  void everyNameIsFoundInTheFirstPath() throws Exception {
    for (String name : ConfigDiscovery.NAMES) {
      Path folder = Files.createDirectories(dir.resolve("p" + name));
      Files.writeString(folder.resolve(name), "failOn: warning\n");
      assertThat(ConfigDiscovery.find(folder, dir)).contains(folder.resolve(name));
    }
  }

  @Test
  void aSubfolderOfTheRepositoryFindsTheRootsFile() throws Exception {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Files.createDirectories(repo.resolve(".git"));
    Path sub = Files.createDirectories(repo.resolve("deploy/nginx"));
    Files.writeString(repo.resolve(".gatelint.yml"), "failOn: warning\n");
    assertThat(ConfigDiscovery.find(sub, sub)).contains(repo.resolve(".gatelint.yml"));
    // a file as the first PATH starts from its folder
    Path conf = Files.writeString(sub.resolve("nginx.conf"), "events {}\n");
    assertThat(ConfigDiscovery.find(conf, dir)).contains(repo.resolve(".gatelint.yml"));
    // the nearest file wins
    Files.writeString(repo.resolve("deploy/gatelint.yaml"), "failOn: note\n");
    assertThat(ConfigDiscovery.find(sub, sub)).contains(repo.resolve("deploy/gatelint.yaml"));
  }

  @Test
  void outsideARepositoryParentsAreNotSearchedButTheWorkingDirectoryIs() throws Exception {
    Path sub = Files.createDirectories(dir.resolve("a/b"));
    Files.writeString(dir.resolve("a/gatelint.yml"), "failOn: warning\n");
    assertThat(ConfigDiscovery.find(sub, sub)).isEmpty();
    assertThat(ConfigDiscovery.find(sub, dir.resolve("a"))).contains(dir.resolve("a/gatelint.yml"));
    assertThat(ConfigDiscovery.folders(sub, dir.resolve("a")))
        .isEqualTo(List.of(sub, dir.resolve("a")));
  }

  @Test
  void twoFilesInOneFolderAreAnError() throws Exception {
    Files.writeString(dir.resolve("gatelint.yml"), "failOn: warning\n");
    Files.writeString(dir.resolve(".gatelint.yaml"), "failOn: note\n");
    assertThatThrownBy(() -> ConfigDiscovery.find(dir, dir))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("2 configuration files (gatelint.yml, .gatelint.yaml)");
  }

  @Test
  void theDescriptionSaysWhereEachValueCameFrom() throws Exception {
    Path file = dir.resolve("gatelint.yml");
    Files.writeString(file, "# settings\nfailOn: warning\nrules:\n  GL010: off\n");
    String text = ConfigDescription.text(Config.load(file), List.of());
    assertThat(text)
        .contains("configuration: " + file.toAbsolutePath().normalize())
        .contains("failOn: warning    (" + file.toAbsolutePath().normalize() + ":2)")
        .contains("rules.GL010: off    (" + file.toAbsolutePath().normalize() + ":4)")
        .contains("exclude: nothing    (default)");
    assertThat(ConfigDescription.text(Config.empty(), List.of(dir)))
        .startsWith("configuration: none found (looked for gatelint.yml, gatelint.yaml");
  }
}
