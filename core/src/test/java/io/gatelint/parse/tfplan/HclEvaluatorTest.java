/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.gatelint.parse.tfplan.HclEvaluator.Env;
import io.gatelint.parse.tfplan.HclEvaluator.Sym;
import io.gatelint.parse.tfplan.HclEvaluator.Unknown;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HclEvaluatorTest {

  private static final String MODULE =
      """
      locals {
        security_group_id = concat(aws_security_group.this[*].id, aws_security_group.this_name_prefix[*].id, [""])[0]
        create = true && var.enabled
      }
      output "security_group_id" {
        value = try(aws_security_group.this[0].id, aws_security_group.this_name_prefix[0].id, "")
      }
      variable "enabled" {
        default = true
      }
      """;

  private final Path dir = Path.of("/m");
  private final PlanExpressions expressions =
      new PlanExpressions(
          d -> d.equals(dir) ? HclScanner.scan(MODULE) : List.of(),
          Map.of(),
          null,
          dir,
          new java.util.LinkedHashSet<>(
              List.of(
                  "aws_security_group.this_name_prefix[0]",
                  "aws_lb_target_group.this[\"api\"]",
                  "aws_lb_target_group.this[\"web\"]")));

  private Object eval(String text) {
    Env env = new Env(expressions.instance(""), Map.of(), Env.NONE, Env.NONE);
    return expressions.evaluate(text, env);
  }

  @Test
  void tryAndConcatPickThePlannedInstance() {
    Sym expected =
        new Sym(
            "aws_security_group.this_name_prefix[0]", "aws_security_group", List.of("id"), false);
    assertEquals(expected, eval("local.security_group_id"));
    assertEquals(
        expected,
        eval(
            "try(aws_security_group.this[0].id, aws_security_group.this_name_prefix[0].id, \"\")"));
    assertEquals(expected, eval("coalesce(one(aws_security_group.this_name_prefix[*].id), \"x\")"));
  }

  @Test
  void functionsConditionalsAndTemplates() {
    assertEquals("b", eval("lookup({a = \"b\"}, \"a\", null)"));
    assertEquals("c", eval("lookup({a = \"b\"}, \"x\", \"c\")"));
    assertEquals(new BigDecimal("2"), eval("element([1, 2, 3], 4)"));
    assertEquals("x-1", eval("local.create ? format(\"%s-%d\", \"x\", 1) : null"));
    assertEquals("t-api", eval("\"t-${keys({api = 1})[0]}\""));
    assertEquals(
        new Sym("aws_lb_target_group.this[\"web\"]", "aws_lb_target_group", List.of("arn"), false),
        eval("{ for k, v in {web = 1} : k => aws_lb_target_group.this[k].arn }[\"web\"]"));
  }

  @Test
  void whatThePlanDoesNotHoldStaysUnknownWithItsReason() {
    assertInstanceOf(Unknown.class, eval("data.aws_vpc.main.id"));
    assertInstanceOf(Unknown.class, eval("\"${aws_security_group.this_name_prefix[0].id}-x\""));
    assertInstanceOf(Unknown.class, eval("jsonencode({})"));
    assertInstanceOf(Unknown.class, eval("aws_lb_target_group.this[\"none\"].arn"));
  }
}
