/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.RepoPaths;
import io.gatelint.model.Alarm;
import io.gatelint.model.Model;
import io.gatelint.model.Ref;
import io.gatelint.model.TargetGroup;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Two calls of one module, planned with the real terraform (fixture tf-module-instances). */
class ModuleInstancesTest {

  private static final Path ROOT = RepoPaths.fixtures().resolve("tf-module-instances-terraform");
  private static final String PLAN = "good/infra/plan.json";
  private static final String MAIN = "good/infra/main.tf";
  private static final String ALB = "good/infra/modules/alb/main.tf";

  private static Model model() {
    return TerraformPlanParserTest.parse(ROOT, PLAN, MAIN, ALB);
  }

  @Test
  void aResourceOfAModuleCalledTwiceIsLocatedAtTheCallOfItsInstance() {
    Model model = model();
    assertThat(targetGroup(model, "module.public.aws_lb_target_group.this[\"site\"]").getLocation())
        .satisfies(l -> assertThat(l.file()).isEqualTo(MAIN))
        .satisfies(l -> assertThat(l.line()).isEqualTo(45));
    assertThat(
            targetGroup(model, "module.internal.aws_lb_target_group.this[\"api\"]").getLocation())
        .satisfies(l -> assertThat(l.file()).isEqualTo(MAIN))
        .satisfies(l -> assertThat(l.line()).isEqualTo(64));
  }

  @Test
  void anAlarmForEachOverAModuleOutputMapNamesEachInstancesTargetGroup() {
    Alarm alarm =
        model().getAlarms().stream()
            .filter(
                a -> a.getId().equals("aws_cloudwatch_metric_alarm.public_unhealthy[\"assets\"]"))
            .findFirst()
            .orElseThrow();
    assertThat(alarm.getDimensions().get("TargetGroup").raw())
        .isEqualTo(
            new Ref(
                PLAN,
                "module.public.aws_lb_target_group.this[\"assets\"]",
                Ref.Attribute.FULL_NAME,
                "arn_suffix"));
    assertThat(alarm.getDimensions().get("LoadBalancer").raw())
        .isEqualTo(
            new Ref(PLAN, "module.public.aws_lb.this", Ref.Attribute.FULL_NAME, "arn_suffix"));
  }

  private static TargetGroup targetGroup(Model model, String address) {
    return model.getTargetGroups().stream()
        .filter(t -> t.getId().equals(address))
        .findFirst()
        .orElseThrow();
  }
}
