/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatelint.parse.tfplan.PlanDocument.PlannedResource;
import io.gatelint.parse.tfplan.PlanDocument.ResourceChange;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the plan reader keeps of each modelled resource, in less memory than Jackson's own trees:
 * the same values and positions, marking trees that mark nothing dropped, repeated strings and
 * small trees shared.
 */
class PlanReaderMemoryTest {

  @TempDir Path temp;

  private static final String VALUES =
      "{\n"
          + "  \"name\": \"web\",\n"
          + "  \"ingress\": [\n"
          + "    {\"from_port\": 80, \"cidr_blocks\": [\"10.0.0.0/8\", \"0.0.0.0/0\"], \"self\": false},\n"
          + "    {\"from_port\": 443, \"security_groups\": [], \"description\": null}\n"
          + "  ],\n"
          + "  \"tags\": {\"a/b\": \"x\", \"c~d\": {\"e\": 1.5}},\n"
          + "  \"empty\": {}\n"
          + "}";

  @Test
  void everyValueKeepsThePositionItWasReadAt() throws Exception {
    Path plan = write(plan(resource("aws_security_group.web", "aws_security_group", VALUES, "{}")));
    PlannedResource web = PlanReader.read(plan).planned.get("aws_security_group.web");

    Map<List<Object>, int[]> expected = positionsOf(plan);
    assertThat(expected).hasSizeGreaterThan(15);
    expected.forEach(
        (path, lc) -> assertThat(web.position(path.toArray())).as("%s", path).containsExactly(lc));
    assertThat(web.values()).isEqualTo(new ObjectMapper().readTree(VALUES));
    assertThat(web.position("missing")).isNull();
    assertThat(web.position("ingress", 2)).isNull();
    assertThat(web.position("ingress", "01")).isNull();
    assertThat(web.position("ingress", "1", "from_port"))
        .isEqualTo(web.position("ingress", 1, "from_port"));
  }

  @Test
  void aRepeatedKeyKeepsTheLaterValueAndItsPositions() throws Exception {
    String values = "{\"a\": {\"x\": 1, \"y\": 2},\n\"b\": 3,\n\"a\": {\"z\": 4}}";
    Path plan = write(plan(resource("aws_lb.lb", "aws_lb", values, "{}")));
    PlannedResource lb = PlanReader.read(plan).planned.get("aws_lb.lb");

    assertThat(lb.values().get("a").get("z").intValue()).isEqualTo(4);
    assertThat(lb.position("a")[0]).isEqualTo(lb.position("a", "z")[0]);
    assertThat(lb.position("b")[0]).isLessThan(lb.position("a")[0]);
  }

  @Test
  void markingTreesThatMarkNothingAreNotKept() throws Exception {
    Path plan =
        write(
            plan(
                resource(
                        "aws_lb.a", "aws_lb", "{\"name\": \"a\"}", "{\"tags\": {}, \"x\": [false]}")
                    + ","
                    + resource("aws_lb.b", "aws_lb", "{\"name\": \"b\"}", "{\"name\": true}"),
                change("aws_lb.a", "{}", "{\"tags\": {}}")
                    + ","
                    + change("aws_lb.b", "{\"id\": true}", "{\"name\": true}")));
    PlanDocument doc = PlanReader.read(plan);

    assertThat(doc.planned.get("aws_lb.a").sensitiveValues()).isNull();
    assertThat(doc.plannedAddresses.change("aws_lb.a")).as("a change marking nothing").isNull();
    assertThat(doc.planned.get("aws_lb.b").sensitiveValues().get("name").booleanValue()).isTrue();
    assertThat(doc.plannedAddresses.change("aws_lb.b").afterUnknown().get("id").booleanValue())
        .isTrue();
    assertThat(doc.plannedAddresses.change("aws_lb.b").afterSensitive().get("name").booleanValue())
        .isTrue();
  }

  @Test
  void repeatedStringsAndSmallTreesAreShared() throws Exception {
    String rule =
        "{\"protocol\": \"tcp\", \"security_group_id\": \"sg-1\", \"description\": \"%s\"}";
    Path plan =
        write(
            plan(
                resource(
                        "aws_security_group_rule.a",
                        "aws_security_group_rule",
                        rule.formatted("a"),
                        "{}")
                    + ","
                    + resource(
                        "aws_security_group_rule.b",
                        "aws_security_group_rule",
                        rule.formatted("b"),
                        "{}"),
                change("aws_security_group_rule.a", "{\"id\": true}", "{}")
                    + ","
                    + change("aws_security_group_rule.b", "{\"id\": true}", "{}")));
    PlanDocument doc = PlanReader.read(plan);
    JsonNode a = doc.planned.get("aws_security_group_rule.a").values();
    JsonNode b = doc.planned.get("aws_security_group_rule.b").values();
    ResourceChange ca = doc.plannedAddresses.change("aws_security_group_rule.a");
    ResourceChange cb = doc.plannedAddresses.change("aws_security_group_rule.b");

    assertThat(a.get("protocol")).isSameAs(b.get("protocol"));
    assertThat(a.get("security_group_id")).isSameAs(b.get("security_group_id"));
    assertThat(ca.afterUnknown()).isSameAs(cb.afterUnknown());
    assertThat(ca.pointer()).isEqualTo("/resource_changes/0/change");
    assertThat(doc.planned.get("aws_security_group_rule.b").pointer())
        .isEqualTo("/planned_values/root_module/resources/1");
  }

  // ---------------------------------------------------------------- plans

  private Path write(String json) throws Exception {
    Path plan = temp.resolve("plan.json");
    Files.writeString(plan, json, StandardCharsets.UTF_8);
    return plan;
  }

  private static String plan(String resources) {
    return plan(resources, "");
  }

  private static String plan(String resources, String changes) {
    return "{\"format_version\": \"1.2\",\n\"planned_values\": {\"root_module\": {\"resources\": [\n"
        + resources
        + "]}},\n\"resource_changes\": ["
        + changes
        + "]}\n";
  }

  private static String resource(String address, String type, String values, String sensitive) {
    return "{\"address\": \""
        + address
        + "\", \"mode\": \"managed\", \"type\": \""
        + type
        + "\",\n\"values\": "
        + values
        + ",\n\"sensitive_values\": "
        + sensitive
        + "}";
  }

  private static String change(String address, String afterUnknown, String afterSensitive) {
    return "{\"address\": \""
        + address
        + "\", \"type\": \"aws_lb\", \"change\": {\"actions\": [\"create\"], \"after_unknown\": "
        + afterUnknown
        + ", \"after_sensitive\": "
        + afterSensitive
        + "}}";
  }

  /**
   * The line and column of every node of the first resource's {@code values}, read independently
   * with Jackson, by path.
   */
  private static Map<List<Object>, int[]> positionsOf(Path plan) throws Exception {
    Map<List<Object>, int[]> out = new LinkedHashMap<>();
    try (JsonParser p = new JsonFactory().createParser(plan.toFile())) {
      while (p.nextToken() != null) {
        if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("values")) {
          p.nextToken();
          collect(p, new ArrayList<>(), out);
          return out;
        }
      }
    }
    return out;
  }

  private static void collect(JsonParser p, List<Object> path, Map<List<Object>, int[]> out)
      throws Exception {
    JsonLocation at = p.currentTokenLocation();
    out.put(List.copyOf(path), new int[] {at.getLineNr(), at.getColumnNr()});
    if (p.currentToken() == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        path.add(p.currentName());
        p.nextToken();
        collect(p, path, out);
        path.remove(path.size() - 1);
      }
    } else if (p.currentToken() == JsonToken.START_ARRAY) {
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        path.add(i++);
        collect(p, path, out);
        path.remove(path.size() - 1);
      }
    }
  }
}
