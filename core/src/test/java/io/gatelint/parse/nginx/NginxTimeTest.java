/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.nginx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NginxTimeTest {

  @Test
  void units() {
    assertThat(NginxTime.parseMillis("75")).isEqualTo(75_000);
    assertThat(NginxTime.parseMillis("75s")).isEqualTo(75_000);
    assertThat(NginxTime.parseMillis("500ms")).isEqualTo(500);
    assertThat(NginxTime.parseMillis("2m")).isEqualTo(120_000);
    assertThat(NginxTime.parseMillis("1h")).isEqualTo(3_600_000);
    assertThat(NginxTime.parseMillis("1d")).isEqualTo(86_400_000);
    assertThat(NginxTime.parseMillis("1w")).isEqualTo(604_800_000);
    assertThat(NginxTime.parseMillis("1M")).isEqualTo(30L * 86_400_000);
    assertThat(NginxTime.parseMillis("1y")).isEqualTo(365L * 86_400_000);
  }

  @Test
  void combined() {
    assertThat(NginxTime.parseMillis("1m30s")).isEqualTo(90_000);
    assertThat(NginxTime.parseMillis("1h 30m")).isEqualTo(5_400_000);
    assertThat(NginxTime.parseMillis("1s500ms")).isEqualTo(1_500);
    assertThat(NginxTime.parseMillis("1m30")).isEqualTo(90_000);
  }

  @Test
  void invalid() {
    assertThat(NginxTime.parseMillis("")).isEqualTo(-1);
    assertThat(NginxTime.parseMillis("abc")).isEqualTo(-1);
    assertThat(NginxTime.parseMillis("30s1m")).isEqualTo(-1);
    assertThat(NginxTime.parseMillis("5x")).isEqualTo(-1);
    assertThat(NginxTime.parseMillis("s")).isEqualTo(-1);
    assertThat(NginxTime.parseMillis("1m1m")).isEqualTo(-1);
  }

  @Test
  void durationsKeepSubSecondPrecision() {
    assertThat(NginxTime.parse("75s")).isEqualTo(Duration.ofSeconds(75));
    assertThat(NginxTime.parse("1m30s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(NginxTime.parse("1500ms")).isEqualTo(Duration.ofMillis(1500));
    assertThat(NginxTime.parse("nope")).isNull();
  }
}
