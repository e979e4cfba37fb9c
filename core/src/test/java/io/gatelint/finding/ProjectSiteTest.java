/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.finding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The project address comes from the POM; rule files' relative help links resolve against it. */
class ProjectSiteTest {

  @Test
  void theUrlIsFilteredFromThePom() {
    assertThat(ProjectSite.url()).startsWith("https://").doesNotContain("${");
  }

  @Test
  void aRepositoryPathResolvesUnderTheProjectAndAnAbsoluteLinkStays() {
    assertThat(ProjectSite.helpUri("docs/rules.md#gl010"))
        .startsWith(ProjectSite.url() + "/")
        .endsWith("/docs/rules.md#gl010");
    assertThat(ProjectSite.helpUri("https://example.com/gl901"))
        .isEqualTo("https://example.com/gl901");
    assertThat(ProjectSite.helpUri("")).isEmpty();
  }
}
