/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.model.Location;
import io.gatelint.model.Value;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The defaults that depend on a version: nginx's 1.29.7 change, Node's keep-alive buffer. */
class VersionedDefaultsTest {

  private static final Location AT = Location.of("server.js", 1, 1);

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        "1.24, false",
        "1.29.6, false",
        "1.29.7, true",
        "1.29.8, true",
        "1.29, null",
        "1.30, true",
        "1.31.2, true",
        "2.0, true",
        "null, null"
      })
  void nginxKeepsUpstreamConnectionsByDefaultFrom1297(String version, Boolean expected) {
    assertThat(NginxDefaults.keepAliveByDefault(version)).isEqualTo(expected);
  }

  private static Value<Duration> written(long ms) {
    return Value.duration(Duration.ofMillis(ms), origin(), Value.Unit.MILLIS);
  }

  private static io.gatelint.model.Origin origin() {
    return io.gatelint.model.Origin.explicit(AT);
  }

  @ParameterizedTest
  @CsvSource({
    // written buffer honoured on every release of the line
    "26, 0, 0",
    "25, 5000, 5000",
    // 22.x and 24.x honour it only from 22.19.0 / 24.6.0: the later close of the two
    "24, 0, 1000",
    "22, 5000, 5000",
    // ignored before 22 and on 23
    "20, 5000, 1000",
    "23, 0, 1000"
  })
  void aWrittenBufferCountsWhereNodeHonoursIt(int major, long written, long expected) {
    Value<Duration> v =
        NodeDefaults.keepAliveTimeoutBuffer(Value.explicit(major, AT), written(written), AT);
    assertThat(v.millis()).isEqualTo(expected);
  }

  @Test
  void aMajorAboveTheNewestCheckedKeepsFiveSecondsAndSaysItIsAssumed() {
    Value<Duration> v = NodeDefaults.keepAliveTimeout(Value.explicit(27, AT), false, AT);
    assertThat(v.millis()).isEqualTo(5000);
    assertThat(v.origin().note()).contains("assumed", "#62782");
  }
}
