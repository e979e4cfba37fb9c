/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.finding.Finding;
import io.gatelint.finding.RuleInfo;
import io.gatelint.finding.Severity;
import io.gatelint.model.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstanceGroupingTest {

  private static final RuleInfo GL041 =
      new RuleInfo(
          "GL041",
          "missing-unhealthy-host-alarm",
          Severity.WARNING,
          "observability",
          "Title",
          "Description.",
          "Remediation.",
          "docs/rules.md#gl041",
          List.of());

  private static Finding at(String file, int line, String address) {
    return new Finding(
        GL041,
        Severity.WARNING,
        Location.of(file, line, 1),
        "No alarm watches target group " + address + ".",
        List.of(),
        address,
        null);
  }

  @Test
  void instancesOfOneModuleCallAreOneFindingListingThem() {
    List<Finding> out =
        new InstanceGrouping()
            .apply(
                List.of(
                    at("main.tf", 38, "module.public.aws_lb_target_group.this[\"site\"]"),
                    at("main.tf", 38, "module.public.aws_lb_target_group.this[\"assets\"]")));

    assertThat(out).hasSize(1);
    assertThat(out.get(0).message())
        .isEqualTo(
            "No alarm watches target group module.public.aws_lb_target_group.this[*]. Instances:"
                + " module.public.aws_lb_target_group.this[\"site\"],"
                + " module.public.aws_lb_target_group.this[\"assets\"].");
    assertThat(out.get(0).location().line()).isEqualTo(38);
  }

  @Test
  void twoModuleCallsLocatedAtTheirOwnCallsStayTwoFindings() {
    List<Finding> out =
        new InstanceGrouping()
            .apply(
                List.of(
                    at("main.tf", 38, "module.public.aws_lb_target_group.this[\"api\"]"),
                    at("main.tf", 57, "module.internal.aws_lb_target_group.this[\"api\"]")));

    assertThat(out).extracting(f -> f.location().line()).containsExactly(38, 57);
    assertThat(out).extracting(Finding::message).noneMatch(m -> m.contains("Instances:"));
  }

  @Test
  void aSingleInstanceKeepsItsAddress() {
    Finding one = at("main.tf", 38, "module.public.aws_lb_target_group.this[\"site\"]");
    assertThat(new InstanceGrouping().apply(List.of(one))).containsExactly(one);
  }
}
