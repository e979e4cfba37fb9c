/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.gatelint.RepoPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/rule.schema.json, for editors, agrees with what the loader accepts and refuses. */
class RuleSchemaTest {

  private static JsonSchema schema() throws Exception {
    Path file = RepoPaths.root().resolve("docs/rule.schema.json");
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(new ObjectMapper().readTree(Files.readString(file)));
  }

  @Test
  void everyBuiltInRuleIsValid() throws Exception {
    JsonSchema schema = schema();
    List<Path> rules;
    try (Stream<Path> s = Files.list(RepoPaths.root().resolve("rules"))) {
      rules = s.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
    }
    assertThat(rules).hasSizeGreaterThan(20);
    for (Path rule : rules) {
      assertThat(schema.validate(new YAMLMapper().readTree(Files.readString(rule))))
          .as(rule.getFileName().toString())
          .isEmpty();
    }
  }

  @Test
  void aMisspeltKeyAndABadSeverityAreRefused() throws Exception {
    String rule =
        """
        id: ACME001
        name: short-interval
        severity: fatal
        category: health-checks
        title: t
        description: d
        remediation: r
        for: tg in model.targetGroups
        when: tg.healthCheck != null
        at: tg
        mesage: m
        """;
    assertThat(schema().validate(new YAMLMapper().readTree(rule)))
        .extracting(Object::toString)
        .anySatisfy(m -> assertThat(m).contains("severity"))
        .anySatisfy(m -> assertThat(m).contains("mesage"))
        .anySatisfy(m -> assertThat(m).contains("message"));
  }
}
