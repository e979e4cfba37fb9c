/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigNginxVersionTest {

  @Test
  void aQuotedVersionIsRead(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("gatelint.yml");
    Files.writeString(file, "nginxVersion: \"1.30\"\n");
    assertThat(Config.load(file).nginxVersion()).contains("1.30");
    Files.writeString(file, "nginxVersion: 1.29.8\n");
    assertThat(Config.load(file).nginxVersion()).contains("1.29.8");
  }

  @Test
  void anUnquotedNumberIsRefusedBecauseYamlDropsItsTrailingZero(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("gatelint.yml");
    Files.writeString(file, "nginxVersion: 1.30\n");
    assertThatThrownBy(() -> Config.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("'nginxVersion' must be quoted text such as \"1.30\"");
    Files.writeString(file, "nginxVersion: stable\n");
    assertThatThrownBy(() -> Config.load(file)).hasMessageContaining("'nginxVersion' must be");
  }

  @Test
  void theVersionReachesTheNginxDefaults(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("gatelint.yml");
    Files.writeString(file, "nodeVersion: 22\n");
    assertThat(Config.load(file).nginxVersion()).isEmpty();
  }
}
