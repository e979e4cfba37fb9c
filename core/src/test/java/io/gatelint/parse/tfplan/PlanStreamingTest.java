/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatelint.model.Model;
import io.gatelint.parse.tfplan.PlanDocument.PlannedResource;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan stage reads {@code planned_values} in a second pass and maps each resource as it is
 * read, so a plan's values are never all in memory: peak heap is the model, the cross-resource
 * sections and one resource (issue 11, a 391k-rule plan in a 256 MB heap).
 */
class PlanStreamingTest {

  private static final int RULES = 2_000;

  /** Resources read and still reachable at once: the one being mapped, with slack for the GC. */
  private static final int MAX_HELD = 4;

  @TempDir Path temp;

  @Test
  void theReaderHoldsOnlyTheResourceBeingMapped() throws Exception {
    Path plan = temp.resolve("plan.json");
    Files.writeString(plan, PlanModelFootprintTest.plan(RULES), StandardCharsets.UTF_8);
    List<WeakReference<PlannedResource>> read = new ArrayList<>();
    int[] mostHeld = {0};
    Model model = new Model();
    TerraformPlanParser.parsePlan(
        plan,
        "plan.json",
        new TerraformPlanParser.TfSources(),
        model,
        resource -> {
          read.add(new WeakReference<>(resource));
          if (read.size() % 250 != 0) return;
          System.gc();
          int held = 0;
          for (WeakReference<PlannedResource> r : read) if (r.get() != null) held++;
          mostHeld[0] = Math.max(mostHeld[0], held);
        });

    assertThat(model.getProblems()).isEmpty();
    assertThat(model.getSecurityGroupRules()).hasSize(RULES);
    assertThat(read).hasSize(RULES + RULES / 50 + 1);
    assertThat(mostHeld[0]).as("planned resources reachable at once").isBetween(1, MAX_HELD);
  }

  /**
   * The earlier of two resources of one address is not even handed over, as a map keeps the later.
   */
  @Test
  void aRepeatedAddressKeepsTheLaterResourceAndDeletedOnesAreNotMapped() throws Exception {
    Path plan = temp.resolve("plan.json");
    Files.writeString(
        plan,
        """
        {"format_version": "1.2",
         "planned_values": {"root_module": {"resources": [
           {"address": "aws_lb.a", "mode": "managed", "type": "aws_lb", "values": {"name": "first"}},
           {"address": "aws_lb.gone", "mode": "managed", "type": "aws_lb", "values": {"name": "gone"}},
           {"address": "aws_lb.a", "mode": "managed", "type": "aws_lb", "values": {"name": "second"}}
         ]}},
         "resource_changes": [
           {"address": "aws_lb.gone", "mode": "managed", "type": "aws_lb",
            "change": {"actions": ["delete"]}}
         ]}
        """,
        StandardCharsets.UTF_8);
    List<String> names = new ArrayList<>();
    Model model = new Model();
    TerraformPlanParser.parsePlan(
        plan,
        "plan.json",
        new TerraformPlanParser.TfSources(),
        model,
        resource -> names.add(resource.values().get("name").asText()));

    assertThat(names).containsExactly("gone", "second");
    assertThat(model.getLoadBalancers()).hasSize(1);
    assertThat(model.getLoadBalancers().get(0).getName().raw()).isEqualTo("second");
  }

  /**
   * The configuration is held whole while the values stream past: equal argument expressions of
   * different resources are one tree, and resources written alike one configuration resource.
   */
  @Test
  void equalConfigurationExpressionsAreShared() throws Exception {
    Path plan = temp.resolve("plan.json");
    Files.writeString(plan, PlanModelFootprintTest.plan(100), StandardCharsets.UTF_8);
    PlanReader reader = new PlanReader(plan);
    PlanDocument doc = reader.readIndexes();
    JsonNode r0 = doc.configuration.resources.get("aws_security_group_rule.r0").expressions();
    JsonNode r1 = doc.configuration.resources.get("aws_security_group_rule.r1").expressions();

    JsonNode r50 = doc.configuration.resources.get("aws_security_group_rule.r50").expressions();

    assertThat(doc.configuration.resources.get("aws_security_group_rule.r1"))
        .isSameAs(doc.configuration.resources.get("aws_security_group_rule.r0"));
    assertThat(r50).isNotSameAs(r0);
    assertThat(r50.get("security_group_id")).isSameAs(r0.get("source_security_group_id"));
    assertThat(r1.get("security_group_id")).isSameAs(r0.get("security_group_id"));
    assertThat(r1.get("source_security_group_id")).isSameAs(r0.get("source_security_group_id"));
    assertThat(r0.get("security_group_id").get("references").get(0).asText())
        .isEqualTo("aws_security_group.g0.id");
    assertThat(doc.planned).as("values are left for the second pass").isEmpty();
    assertThat(doc.plannedAddresses.size()).isEqualTo(100 + 100 / 50 + 1);
  }

  /**
   * The address indexes are held for every resource while the values stream: one resource without
   * count or for_each costs its entry, not a string and a list of its own.
   */
  @Test
  void anAddressIndexOfOneInstanceSharesTheAddress() {
    String address = String.join(".", "aws_security_group_rule", "r1");
    assertThat(Addresses.strip(address)).isSameAs(address);
    assertThat(Addresses.strip("aws_lb.a[\"x\"]")).isEqualTo("aws_lb.a");

    Map<String, List<String>> byBase = new HashMap<>();
    Addresses.addInstance(byBase, "aws_lb.a", "aws_lb.a[0]");
    Addresses.addInstance(byBase, "aws_lb.b", "aws_lb.b");
    Addresses.addInstance(byBase, "aws_lb.a", "aws_lb.a[1]");
    Addresses.addInstance(byBase, "aws_lb.a", "aws_lb.a[2]");

    assertThat(byBase.get("aws_lb.b")).containsExactly("aws_lb.b").isNotInstanceOf(ArrayList.class);
    assertThat(byBase.get("aws_lb.a")).containsExactly("aws_lb.a[0]", "aws_lb.a[1]", "aws_lb.a[2]");
  }
}
