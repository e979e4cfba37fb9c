/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.cfn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatelint.model.Location;
import io.gatelint.model.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Reading YAML and JSON into positioned nodes; short-form tags; hostile input. */
class TemplateReaderTest {

  private static final String FILE = "t.yaml";

  private final List<Problem> problems = new ArrayList<>();

  private Node yaml(String text) throws TemplateReader.ReadException {
    return new TemplateReader(FILE, problems).readYaml(text);
  }

  private Node json(String text) throws TemplateReader.ReadException {
    return new TemplateReader(FILE, problems).readJson(text);
  }

  /** The node tree without locations, as plain maps, lists and scalars. */
  private static Object plain(Node n) {
    if (n instanceof Node.MapNode m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.entries().forEach((k, e) -> out.put(k, plain(e.value())));
      return out;
    }
    if (n instanceof Node.ListNode l)
      return l.items().stream().map(TemplateReaderTest::plain).toList();
    return ((Node.Scalar) n).value();
  }

  @Test
  void everyShortFormTagReadsAsItsLongForm() throws Exception {
    String[][] pairs = {
      {"!Ref Lb", "{Ref: Lb}"},
      {"!GetAtt Lb.DNSName", "{\"Fn::GetAtt\": Lb.DNSName}"},
      {"!GetAtt [Lb, DNSName]", "{\"Fn::GetAtt\": [Lb, DNSName]}"},
      {"!Sub \"${Lb}-x\"", "{\"Fn::Sub\": \"${Lb}-x\"}"},
      {"!If [C, 1, 2]", "{\"Fn::If\": [C, 1, 2]}"},
      {"!Join [\"-\", [a, b]]", "{\"Fn::Join\": [\"-\", [a, b]]}"},
      {"!Select [0, [a, b]]", "{\"Fn::Select\": [0, [a, b]]}"},
      {"!FindInMap [M, a, b]", "{\"Fn::FindInMap\": [M, a, b]}"},
      {"!ImportValue Shared", "{\"Fn::ImportValue\": Shared}"},
      {"!Split [\",\", \"a,b\"]", "{\"Fn::Split\": [\",\", \"a,b\"]}"},
      {"!Base64 abc", "{\"Fn::Base64\": abc}"},
      {"!Cidr [\"10.0.0.0/16\", 4, 8]", "{\"Fn::Cidr\": [\"10.0.0.0/16\", 4, 8]}"},
      {"!GetAZs \"\"", "{\"Fn::GetAZs\": \"\"}"},
      {"!Condition IsProd", "{Condition: IsProd}"},
      {"!Equals [!Ref Env, prod]", "{\"Fn::Equals\": [{Ref: Env}, prod]}"},
      {"!Not [!Condition IsProd]", "{\"Fn::Not\": [{Condition: IsProd}]}"},
      {"!And [!Condition A, !Condition B]", "{\"Fn::And\": [{Condition: A}, {Condition: B}]}"},
      {"!Or [!Condition A, !Condition B]", "{\"Fn::Or\": [{Condition: A}, {Condition: B}]}"},
    };
    for (String[] p : pairs) {
      Object shortForm = plain(yaml("X: " + p[0]));
      Object longForm = plain(yaml("X: " + p[1]));
      assertThat(shortForm).as(p[0]).isEqualTo(longForm);
    }
    // a short form's arguments are taken as written: !Ref 8080 names "8080", not a number
    assertThat(plain(yaml("X: !Ref 8080"))).isEqualTo(Map.of("X", Map.of("Ref", "8080")));
    assertThat(problems).isEmpty();
  }

  @Test
  void nodesKnowTheirLineAndColumn() throws Exception {
    Node.MapNode root =
        (Node.MapNode)
            yaml(
                """
        Resources:
          Lb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Name: !Ref Name
        """);
    Node.MapNode lb = (Node.MapNode) ((Node.MapNode) root.get("Resources")).get("Lb");
    assertThat(((Node.MapNode) root.get("Resources")).entries().get("Lb").keyLocation())
        .isEqualTo(Location.of(FILE, 2, 3));
    assertThat(lb.get("Type").location()).isEqualTo(Location.of(FILE, 3, 11));
    Node.MapNode name = (Node.MapNode) ((Node.MapNode) lb.get("Properties")).get("Name");
    assertThat(name.location()).isEqualTo(Location.of(FILE, 5, 13));
    assertThat(name.get("Ref").location()).isEqualTo(Location.of(FILE, 5, 13));
  }

  @Test
  void jsonWithTabsAndEscapedSlashesKeepsExactPositions() throws Exception {
    Node.MapNode root =
        (Node.MapNode)
            json(
                "{\n\t\"Resources\": {\n\t\t\"Lb\": {\n\t\t\t\"Path\": \"\\/health\",\n"
                    + "\t\t\t\"Port\": 8080\n\t\t}\n\t}\n}\n");
    Node.MapNode lb = (Node.MapNode) ((Node.MapNode) root.get("Resources")).get("Lb");
    assertThat(((Node.Scalar) lb.get("Path")).value()).isEqualTo("/health");
    assertThat(lb.get("Path").location()).isEqualTo(Location.of(FILE, 4, 12));
    assertThat(lb.entries().get("Path").keyLocation()).isEqualTo(Location.of(FILE, 4, 4));
    assertThat(lb.get("Port").location()).isEqualTo(Location.of(FILE, 5, 12));
    assertThat(((Node.Scalar) lb.get("Port")).value()).isEqualTo(8080);
  }

  @Test
  void duplicateKeysAreProblemsNamingBothLinesAndTheLastValueIsKept() throws Exception {
    Node.MapNode root =
        (Node.MapNode)
            yaml(
                """
        A: 1
        B: 2
        A: 3
        """);
    assertThat(((Node.Scalar) root.get("A")).value()).isEqualTo(3L);
    assertThat(problems)
        .containsExactly(
            new Problem(
                Location.of(FILE, 3, 1),
                "key 'A' is written twice in one mapping: at line 1 and again at line 3;"
                    + " CloudFormation uses the last value (line 3) and ignores the earlier one,"
                    + " and cfn-lint rejects the file (E0000)",
                Location.of(FILE, 1, 1)));
    problems.clear();
    json("{\n  \"A\": 1,\n  \"A\": 2\n}");
    assertThat(problems)
        .containsExactly(
            new Problem(
                Location.of(FILE, 3, 3),
                "key 'A' is written twice in one mapping: at line 2 and again at line 3;"
                    + " CloudFormation uses the last value (line 3) and ignores the earlier one,"
                    + " and cfn-lint rejects the file (E0000)",
                Location.of(FILE, 2, 3)));
  }

  @Test
  @Timeout(10)
  void aBillionLaughsIsRejectedQuickly() {
    String bomb =
        """
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
        """;
    assertThatThrownBy(() -> yaml(bomb))
        .isInstanceOf(TemplateReader.ReadException.class)
        .hasMessageContaining("alias");
  }

  @Test
  @Timeout(10)
  void aSmallerAliasBombUnderTheAliasLimitStillStopsAtTheNodeLimit() {
    // 7 levels of 7 aliases: 49 aliases, under SnakeYAML's limit of 50, expanding to ~10^6 nodes
    // per copy
    StringBuilder b =
        new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x]\n");
    for (int level = 1; level <= 7; level++) {
      b.append("a").append(level).append(": &a").append(level).append(" [");
      for (int i = 0; i < 7; i++) b.append(i == 0 ? "" : ", ").append("*a").append(level - 1);
      b.append("]\n");
    }
    assertThatThrownBy(() -> yaml(b.toString()))
        .isInstanceOf(TemplateReader.ReadException.class)
        .hasMessageContaining("alias");
  }

  @Test
  void nestingThreeHundredDeepIsAProblemInYamlAndJson() {
    String deep = "X: " + "[".repeat(300) + "]".repeat(300) + "\n";
    assertThatThrownBy(() -> yaml(deep))
        .isInstanceOf(TemplateReader.ReadException.class)
        .hasMessageContaining("200");
    String deepJson = "{\"X\": " + "[".repeat(300) + "]".repeat(300) + "}";
    assertThatThrownBy(() -> json(deepJson))
        .isInstanceOf(TemplateReader.ReadException.class)
        .hasMessageContaining("nesting deeper than 200 levels");
  }

  @Test
  void anUnclosedFlowSequenceIsReportedWhereItOpens() {
    String text =
        """
        Resources:
          Sg:
            Type: AWS::EC2::SecurityGroup
            Properties:
              SecurityGroupIngress: [
                {IpProtocol: tcp, FromPort: 80, ToPort: 80}
          Other:
            Type: AWS::SNS::Topic
        """;
    assertThatThrownBy(() -> yaml(text))
        .isInstanceOfSatisfying(
            TemplateReader.ReadException.class, e -> assertThat(e.location.line()).isEqualTo(5));
  }
}
