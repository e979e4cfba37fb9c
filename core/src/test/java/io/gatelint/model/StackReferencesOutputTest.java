/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.model.StackReferences.Output;
import org.junit.jupiter.api.Test;

class StackReferencesOutputTest {

  private static Output export(String name) {
    return new Output("infra/vpc.yaml", "Out", name, null);
  }

  @Test
  void namesWithoutAWildcardExportOnlyThemselves() {
    assertThat(export("prod-TargetGroup").exports("prod-TargetGroup")).isTrue();
    assertThat(export("prod-TargetGroup").exports("prod-TargetGroupArn")).isFalse();
    assertThat(export("prod.TargetGroup").exports("prodXTargetGroup")).isFalse();
  }

  @Test
  void aWildcardOnEitherSideMatchesAnyRunOfCharacters() {
    // an export name with a part known only at deploy time (${AWS::StackName}-TargetGroup)
    assertThat(export("*-TargetGroup").exports("prod-TargetGroup")).isTrue();
    assertThat(export("*-TargetGroup").exports("prod-Listener")).isFalse();
    // an import of such a name
    assertThat(export("prod-TargetGroup").exports("*-TargetGroup")).isTrue();
    assertThat(export("prod-Listener").exports("*-TargetGroup")).isFalse();
  }

  @Test
  void noNameExportsNothing() {
    assertThat(export(null).exports("prod-TargetGroup")).isFalse();
    assertThat(export("prod-TargetGroup").exports(null)).isFalse();
  }
}
