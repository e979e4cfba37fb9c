/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.gatelint.parse.tfplan.PlanDocument.PlannedAddresses;
import io.gatelint.parse.tfplan.PlanDocument.ResourceChange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The planned addresses and their changes, as the plan stage holds them while values stream: in
 * document order, one string per address, only the changes that mark something.
 */
class PlannedAddressesTest {

  private static final JsonNode ID_UNKNOWN = JsonNodeFactory.instance.objectNode().put("id", true);

  private static ResourceChange change(List<String> actions, JsonNode unknown, int index) {
    return new ResourceChange(actions, unknown, null, index, 3, index + 7);
  }

  @Test
  void addressesKeepTheirOrderAndOneStringEach() {
    PlannedAddresses addresses = new PlannedAddresses();
    List<String> written = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      String address = "aws_security_group_rule.r" + i;
      written.add(address);
      assertThat(addresses.add(address)).isNull();
    }
    String again = new String("aws_security_group_rule.r7");
    assertThat(addresses.add(again)).isSameAs(written.get(7));
    assertThat(addresses.canonical(again)).isSameAs(written.get(7));
    assertThat(addresses.canonical("aws_lb.other")).isEqualTo("aws_lb.other");
    assertThat(addresses.size()).isEqualTo(1000);
    assertThat(addresses.live()).containsExactlyElementsOf(written);
    assertThat(addresses.live()).contains("aws_security_group_rule.r999");
    assertThat(addresses.live()).doesNotContain("aws_security_group_rule.r1000");
  }

  @Test
  void onlyChangesThatMarkSomethingAreKept() {
    PlannedAddresses addresses = new PlannedAddresses();
    addresses.add("aws_lb.a");
    addresses.add("aws_lb.b");
    addresses.add("aws_lb.c");
    addresses.change("aws_lb.a", change(List.of("create"), null, 0));
    addresses.change("aws_lb.b", change(List.of("create"), ID_UNKNOWN, 1));
    addresses.change("aws_lb.c", change(List.of("delete"), null, 2));

    assertThat(addresses.change("aws_lb.a")).isNull();
    ResourceChange b = addresses.change("aws_lb.b");
    assertThat(b.afterUnknown()).isSameAs(ID_UNKNOWN);
    assertThat(b.pointer()).isEqualTo("/resource_changes/1/change");
    assertThat(b.line()).isEqualTo(3);
    assertThat(b.column()).isEqualTo(8);

    addresses.removeDeletedOnly();
    assertThat(addresses.live()).containsExactly("aws_lb.a", "aws_lb.b");
    assertThat(addresses.takeChange("aws_lb.b")).isEqualTo(b);
    assertThat(addresses.change("aws_lb.b")).as("let go once mapped").isNull();
  }

  @Test
  void aChangeReadBeforeItsResourceIsKept() {
    PlannedAddresses addresses = new PlannedAddresses();
    addresses.change("aws_lb.a", change(List.of("update"), ID_UNKNOWN, 4));
    addresses.add("aws_lb.a");
    assertThat(addresses.change("aws_lb.a").index()).isEqualTo(4);
  }
}
