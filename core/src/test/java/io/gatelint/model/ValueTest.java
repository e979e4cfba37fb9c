/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How a value reads in a message: the value first, then where it came from. */
class ValueTest {

  private static final Location SERVER = Location.of("app/server.js", 13, 5);

  @Test
  void aWrittenValueNamesTheLineThatSetsIt() {
    Value<Duration> v =
        Value.duration(Duration.ofSeconds(30), Origin.explicit(SERVER), Value.Unit.SECONDS);
    assertThat(v.describe()).isEqualTo("30 s (app/server.js:13)");
  }

  @Test
  void aDefaultIsShownAsADefaultAndItsPlaceAsNotSettingIt() {
    Value<Duration> v =
        Value.duration(
            Duration.ofMillis(5000),
            Origin.byDefault(SERVER, "Node 22 default"),
            Value.Unit.MILLIS);
    assertThat(v.display()).isEqualTo("5000 ms");
    assertThat(v.describe()).isEqualTo("5000 ms (Node 22 default; not set at app/server.js:13)");
  }

  @Test
  void aParameterKeepsItsPlaceAndNote() {
    Value<Object> v =
        Value.of(4500, Origin.parameter(SERVER, "parameter IdleTimeoutSeconds default"));
    assertThat(v.describe())
        .isEqualTo("4500 (app/server.js:13, parameter IdleTimeoutSeconds default)");
  }
}
