/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatelint.finding.Severity;
import io.gatelint.maven.CheckParameters.InvalidParameterException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the goal's parameters map onto what core is asked for. */
class CheckParametersTest {

  @TempDir Path project;

  private CheckParameters parameters(
      List<Path> sources, Path config, String failOn, List<String> formats) {
    return new CheckParameters(
        project,
        sources,
        config,
        failOn,
        formats,
        project.resolve("target/gatelint"),
        null,
        null,
        false,
        false);
  }

  @Test
  void noSourcesMeansTheProjectDirectory() {
    assertThat(parameters(null, null, null, null).sources()).containsExactly(project);
    assertThat(parameters(List.of(), null, null, null).sources()).containsExactly(project);
  }

  @Test
  void formatsAreTrimmedLowerCasedAndEachWrittenToItsOwnFile() throws Exception {
    CheckParameters p = parameters(null, null, null, List.of(" SARIF", "text", "", "sarif"));
    assertThat(p.formats()).containsExactly("sarif", "text");
    assertThat(p.reportFile("sarif")).isEqualTo(project.resolve("target/gatelint/gatelint.sarif"));
    assertThat(p.reportFile("text")).isEqualTo(project.resolve("target/gatelint/gatelint.txt"));
    assertThat(p.reportFile("junit").getFileName()).hasToString("TEST-gatelint.xml");
  }

  @Test
  void anUnknownFormatNamesTheParameter() {
    assertThatThrownBy(() -> parameters(null, null, null, null).reportFile("pdf"))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith("formats: unknown format 'pdf'");
  }

  @Test
  void failOnOverridesTheConfigurationWhichOverridesError() throws Exception {
    assertThat(parameters(null, null, null, null).threshold(Optional.empty()))
        .contains(Severity.ERROR);
    assertThat(parameters(null, null, null, null).threshold(Optional.of(Severity.NOTE)))
        .contains(Severity.NOTE);
    assertThat(parameters(null, null, "Warning", null).threshold(Optional.of(Severity.NOTE)))
        .contains(Severity.WARNING);
    assertThat(parameters(null, null, "never", null).threshold(Optional.of(Severity.NOTE)))
        .isEmpty();
    assertThatThrownBy(() -> parameters(null, null, "fatal", null).threshold(Optional.empty()))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith("failOn: unknown severity 'fatal'");
  }

  @Test
  void theConfigurationIsFoundAsTheCommandLineFindsIt() throws IOException, Exception {
    Path infra = Files.createDirectories(project.resolve("infra"));
    assertThat(parameters(List.of(infra), null, null, null).configFile()).isEmpty();
    Files.writeString(project.resolve("gatelint.yml"), "failOn: warning\n");
    assertThat(parameters(List.of(infra), null, null, null).configFile())
        .contains(project.resolve("gatelint.yml"));
    Files.writeString(infra.resolve("gatelint.yml"), "failOn: note\n");
    assertThat(parameters(List.of(infra), null, null, null).configFile())
        .contains(infra.resolve("gatelint.yml"));
    Path explicit = project.resolve("ci.yml");
    assertThatThrownBy(() -> parameters(null, explicit, null, null).configFile())
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("config: " + explicit + ": no such configuration file");
  }

  @Test
  void aMissingSourceIsAnError() {
    Path missing = project.resolve("deploy");
    assertThatThrownBy(() -> parameters(List.of(missing), null, null, null).existingSources())
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("sources: " + missing + ": no such file");
  }
}
