/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.model.Model;
import io.gatelint.parse.cfn.CloudFormationParser;
import io.gatelint.parse.node.NodeParser;
import io.gatelint.source.SourceFile;
import io.gatelint.source.SourceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parsers record the inline suppressions they meet, so suppressions need not read files again. */
class InlineDirectivesTest {

  @TempDir Path dir;

  private static List<String> described(InlineDirectives d, String file) {
    return d.of(file).stream()
        .map(x -> x.location().line() + " " + x.rules() + " '" + x.reason() + "'")
        .toList();
  }

  @Test
  void nodeParserTakesDirectivesFromCommentNodesOnLinesOfTheirOwn() throws Exception {
    Path js = dir.resolve("server.js");
    Files.writeString(
        js,
        """
        const http = require('node:http');
        // gatelint-disable-next-line GL011 -- the proxy in front closes first
        const server = http.createServer(() => {});
        const s = `
        // gatelint-disable-next-line GL012 -- inside a template string: not a comment
        `;
        server.listen(3000); // gatelint-disable-next-line GL012 -- trailing: about its own line
        """);
    ParseContext context = ParseContext.of(dir);
    new NodeParser()
        .parse(
            List.of(new SourceFile(js, "server.js", SourceKind.NODE_SOURCE)), context, new Model());
    assertThat(context.directives().covers("server.js")).isTrue();
    assertThat(described(context.directives(), "server.js"))
        .containsExactly("2 [GL011] 'the proxy in front closes first'");
  }

  @Test
  void cloudFormationParserRecordsEveryTemplateItReads() throws Exception {
    Path yaml = dir.resolve("stack.yaml");
    Files.writeString(
        yaml,
        """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          Tg:
            Type: AWS::ElasticLoadBalancingV2::TargetGroup
            Properties:
              # gatelint-disable-next-line GL020, GL023
              HealthCheckTimeoutSeconds: 5
        """);
    ParseContext context = ParseContext.of(dir);
    new CloudFormationParser()
        .parse(
            List.of(new SourceFile(yaml, "stack.yaml", SourceKind.CLOUDFORMATION)),
            context,
            new Model());
    assertThat(described(context.directives(), "stack.yaml"))
        .containsExactly("6 [GL020, GL023] ''");
  }
}
