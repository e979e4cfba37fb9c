/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FileBudgetTest {

  @AfterEach
  void close() {
    FileBudget.close();
  }

  @Test
  void aFileOutOfTimeIsStopped() {
    FileBudget.open(Duration.ZERO);

    assertThatThrownBy(FileBudget::check)
        .isInstanceOf(FileBudget.Exceeded.class)
        .hasMessageContaining("longer than 0 s");
  }

  @Test
  void aStreamedReadGetsTimeForItsSize() {
    FileBudget.open(Duration.ZERO);

    // a 500 MB plan streamed past: about a minute more
    FileBudget.allowStreamedRead(500L * 1024 * 1024);

    assertThatCode(FileBudget::check).doesNotThrowAnyException();
  }

  @Test
  void theNodeSizeBudgetIsNamedInKilobytes() {
    org.assertj.core.api.Assertions.assertThat(
            FileBudget.tooLarge(1_000_000, FileBudget.MAX_SERVER_SOURCE_BYTES, "a server"))
        .contains("larger than the 256 KB gatelint reads as a server");
  }
}
