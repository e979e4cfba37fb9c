/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.gatelint.RepoPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema shipped for editors and the reader agree on the README's configuration examples: every
 * example is accepted by both, and the schema refuses the typo the reader refuses.
 */
class ConfigSchemaTest {

  @TempDir Path dir;

  private static JsonSchema schema() throws Exception {
    Path file = RepoPaths.root().resolve("docs/gatelint.schema.json");
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(new ObjectMapper().readTree(Files.readString(file)));
  }

  /** The ```yaml blocks of the README's configuration section. */
  static List<String> readmeExamples() throws Exception {
    String readme = Files.readString(RepoPaths.root().resolve("README.md"));
    int start = readme.indexOf("### Configuration");
    int end = readme.indexOf("\n### ", start + 1);
    Matcher m =
        Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(readme.substring(start, end));
    List<String> out = new ArrayList<>();
    while (m.find()) out.add(m.group(1));
    return out;
  }

  @Test
  void everyReadmeExampleIsAcceptedByTheSchemaAndTheReader() throws Exception {
    List<String> examples = readmeExamples();
    assertThat(examples).hasSizeGreaterThanOrEqualTo(2);
    JsonSchema schema = schema();
    for (String example : examples) {
      JsonNode node = new YAMLMapper().readTree(example);
      assertThat(schema.validate(node)).as(example).isEmpty();
      Path file = dir.resolve("gatelint.yml");
      Files.writeString(file, example);
      Config.load(file);
    }
  }

  @Test
  void theSchemaRefusesAMisspeltKeyAsTheReaderDoes() throws Exception {
    JsonNode node =
        new YAMLMapper().readTree("ignore:\n  - rule: GL010\n    resouce: Tg\n    reason: x\n");
    assertThat(schema().validate(node)).isNotEmpty();
    assertThat(schema().validate(new YAMLMapper().readTree("rules: {GL010: sometimes}")))
        .isNotEmpty();
  }
}
