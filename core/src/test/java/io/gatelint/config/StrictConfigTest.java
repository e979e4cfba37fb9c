/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatelint.finding.RuleInfo;
import io.gatelint.finding.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A mistake in the configuration is an error naming the file, line and key, never a setting
 * silently dropped: a dropped {@code resource} would widen an ignore to every resource.
 */
class StrictConfigTest {

  @TempDir Path dir;

  private static final List<RuleInfo> RULES =
      List.of(
          new RuleInfo(
              "GL010",
              "nginx-keepalive-not-above-idle-timeout",
              Severity.ERROR,
              "t",
              "t",
              "",
              "",
              "",
              List.of()),
          new RuleInfo(
              "GL021",
              "health-check-path-not-served",
              Severity.ERROR,
              "t",
              "t",
              "",
              "",
              "",
              List.of()));

  private Path write(String text) throws Exception {
    Path file = dir.resolve("gatelint.yml");
    Files.writeString(file, text);
    return file;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // text | message
        "ignore:\\n  - rule: GL010\\n    resouce: Tg\\n    reason: r\\n"
            + "| :3: 'ignore[0].resouce': unknown key (did you mean 'resource'?)",
        "exclud: [x]\\n| :1: 'exclud': unknown key (did you mean 'exclude'?)",
        "rules:\\n  GL021:\\n    enabeld: false\\n"
            + "| :3: 'rules.GL021.enabeld': unknown key (did you mean 'enabled'?)",
        "rules:\\n  GL021: {enabled: maybe}\\n| :2: 'rules.GL021.enabled' must be true or false",
        "nodeVersion: twenty\\n| :1: 'nodeVersion' must be a Node major version",
        "include: {a: b}\\n| :1: 'include' must be a list",
        "services:\\n  - name: x\\n| :2: 'services[0]' needs 'targetGroup'",
        "ignore:\\n  - rule: GL010\\n    until: soon\\n| :3: 'ignore[0].until' must be a day",
        "failOn: fatal\\n| :1: 'failOn': unknown severity 'fatal'",
        "failOn: error\\nfailOn: never\\n| :2: 'failOn'",
      })
  void mistakesNameFileLineAndKey(String text, String message) throws Exception {
    Path file = write(text.replace("\\n", "\n"));
    assertThatThrownBy(() -> Config.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(file + message.strip());
  }

  @Test
  void unknownRulesAreErrorsAtTheirLineWithANearMiss() throws Exception {
    Path file = write("failOn: error\nrules:\n  GL011: off\n");
    assertThatThrownBy(() -> Config.load(file).withRules(RULES))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            file
                + ":3: 'rules.GL011': no rule 'GL011' (did you mean GL010?); 'gatelint rules'"
                + " lists them");
    Path ignore = write("ignore:\n  - rule: GL999\n    reason: r\n");
    assertThatThrownBy(() -> Config.load(ignore).withRules(RULES))
        .hasMessageStartingWith(ignore + ":2: 'ignore[0].rule': no rule 'GL999'");
  }

  @Test
  void rulesAreNamedByIdOrNameInAnyCase() throws Exception {
    Path file =
        write(
            "rules:\n  nginx-keepalive-not-above-idle-timeout: off\n  gl021: warning\n"
                + "ignore:\n  - rule: health-check-path-not-served\n    reason: r\n");
    Config config = Config.load(file).withRules(RULES);
    assertThat(config.rules()).containsOnlyKeys("GL010", "GL021");
    assertThat(config.rules().get("GL010").enabled()).isFalse();
    assertThat(config.rules().get("GL021").severity()).contains(Severity.WARNING);
    assertThat(config.ignore().get(0).rule()).isEqualTo("GL021");
  }

  @Test
  void theLongFormTakesEnabledAndSeverity() throws Exception {
    Config config =
        Config.load(write("rules:\n  GL021: {enabled: false}\n  GL010: {severity: note}\n"));
    assertThat(config.rules().get("GL021").enabled()).isFalse();
    assertThat(config.rules().get("GL010").enabled()).isTrue();
    assertThat(config.rules().get("GL010").severity()).contains(Severity.NOTE);
  }

  @Test
  void ignoreKeepsItsLineAndExpiry() throws Exception {
    Config config =
        Config.load(write("ignore:\n  - rule: GL010\n    resource: Tg\n    until: 2027-03-31\n"));
    assertThat(config.ignore().get(0).line()).isEqualTo(2);
    assertThat(config.ignore().get(0).until()).contains(java.time.LocalDate.of(2027, 3, 31));
  }
}
