/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineBlocksTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void listsOfReferencesAndLiteralsAreReadAndOtherExpressionsAreNot() {
    assertThat(HclExpressions.list("[aws_security_group.lb.id, \"sg-1\"] # note"))
        .containsExactly(new HclExpressions.Reference("aws_security_group.lb.id"), "sg-1");
    assertThat(HclExpressions.list("[\n  module.lb.group_id,\n  aws_security_group.x[0].id,\n]"))
        .containsExactly(
            new HclExpressions.Reference("module.lb.group_id"),
            new HclExpressions.Reference("aws_security_group.x[0].id"));
    assertThat(HclExpressions.list("[]")).isEmpty();
    assertThat(HclExpressions.list("concat([aws_security_group.lb.id], var.extra)")).isNull();
    assertThat(HclExpressions.list("[var.on ? aws_security_group.a.id : aws_security_group.b.id]"))
        .isNull();
    assertThat(HclExpressions.list("[\"${var.prefix}-sg\"]")).isNull();
    assertThat(HclExpressions.list("aws_security_group.lb[*].id")).isNull();
    assertThat(HclExpressions.literal("8080")).isEqualTo(new BigDecimal("8080"));
    assertThat(HclExpressions.literal("\"tcp\" // comment")).isEqualTo("tcp");
    assertThat(HclExpressions.literal("var.port")).isNull();
  }

  @Test
  void blocksPairWithPlannedRulesOnWhatTheyWriteThenInOrder() throws Exception {
    List<TfBlock> blocks =
        blocks(
            """
        resource "aws_security_group" "g" {
          ingress {
            protocol        = "tcp"
            from_port       = 8080
            to_port         = 8080
            security_groups = [aws_security_group.lb.id]
          }
          ingress {
            protocol    = "6"
            from_port   = 22
            to_port     = 22
            cidr_blocks = ["192.0.2.0/24"]
          }
          ingress {
            protocol        = "tcp"
            from_port       = 8080
            to_port         = 8080
            security_groups = [aws_security_group.other.id]
          }
        }
        """);
    List<JsonNode> planned =
        List.of(
            rule(
                "{\"protocol\":\"tcp\",\"from_port\":22,\"to_port\":22,\"cidr_blocks\":[\"192.0.2.0/24\"],\"security_groups\":[]}"),
            rule("{\"protocol\":\"tcp\",\"from_port\":8080,\"to_port\":8080,\"cidr_blocks\":[]}"),
            rule("{\"protocol\":\"tcp\",\"from_port\":8080,\"to_port\":8080,\"cidr_blocks\":[]}"));
    assertThat(InlineBlocks.match(blocks, planned)).containsExactly(1, 0, 2);

    // a planned rule no block agrees with: the rest are not paired by position
    List<JsonNode> other =
        List.of(
            rule("{\"protocol\":\"tcp\",\"from_port\":9090,\"to_port\":9090,\"cidr_blocks\":[]}"),
            rule(
                "{\"protocol\":\"tcp\",\"from_port\":22,\"to_port\":22,\"cidr_blocks\":[\"192.0.2.0/24\"]}"),
            rule("{\"protocol\":\"tcp\",\"from_port\":8080,\"to_port\":8080,\"cidr_blocks\":[]}"));
    assertThat(InlineBlocks.match(blocks, other)).containsExactly(-1, 1, -1);
  }

  private static List<TfBlock> blocks(String source) {
    return HclScanner.scan(source).get(0).blocks("ingress");
  }

  private static JsonNode rule(String json) throws Exception {
    return JSON.readTree(json);
  }
}
