/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.cfn;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.model.Location;
import io.gatelint.model.Origin;
import io.gatelint.model.Problem;
import io.gatelint.model.Ref;
import io.gatelint.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Intrinsic functions, parameters and conditions, short and long form, evaluated one by one. */
class ResolverTest {

  private static final String FILE = "infra/stack.yaml";

  private static final String TEMPLATE =
      """
      Parameters:
        Idle:
          Type: Number
          Default: 120
        Env:
          Type: String
          Default: prod
        NoDefault:
          Type: String
        Ssm:
          Type: AWS::SSM::Parameter::Value<String>
          Default: /gatelint/idle
      Mappings:
        Timeouts:
          prod:
            Idle: 300
          dev:
            Idle: 30
      Conditions:
        IsProd: !Equals [!Ref Env, prod]
      Resources:
        Lb:
          Type: AWS::ElasticLoadBalancingV2::LoadBalancer
        Sg:
          Type: AWS::EC2::SecurityGroup
      Cases:
        refShort: !Ref Idle
        refLong: {Ref: Idle}
        getAttString: !GetAtt Lb.LoadBalancerFullName
        getAttList: !GetAtt [Lb, LoadBalancerFullName]
        getAttLongString: {"Fn::GetAtt": Lb.LoadBalancerFullName}
        getAttLongList: {"Fn::GetAtt": [Lb, LoadBalancerFullName]}
        groupId: !GetAtt Sg.GroupId
        refSg: !Ref Sg
        refLb: !Ref Lb
        subParam: !Sub "${Idle}"
        subParamLong: {"Fn::Sub": "${Idle}"}
        subAtt: !Sub "${Lb.LoadBalancerFullName}"
        subRes: !Sub "${Lb}"
        subLiteral: !Sub "plain text"
        subEscape: !Sub "${!Literal}-${Env}"
        subMap: !Sub ["${A}-${Env}", {A: x}]
        subMapLong: {"Fn::Sub": ["${A}-${Env}", {A: x}]}
        subPseudo: !Sub "${AWS::Region}-x"
        join: !Join ["-", [a, !Ref Env, 1]]
        joinLong: {"Fn::Join": ["-", [a, {Ref: Env}, 1]]}
        joinUnknown: !Join ["-", [a, !ImportValue Shared]]
        select: !Select [1, [a, b, c]]
        selectLong: {"Fn::Select": ["1", [a, b, c]]}
        selectOut: !Select [5, [a, b, c]]
        findInMap: !FindInMap [Timeouts, prod, Idle]
        findInMapLong: {"Fn::FindInMap": [Timeouts, prod, Idle]}
        findInMapParam: !FindInMap [Timeouts, !Ref Env, Idle]
        findInMapMissing: !FindInMap [Timeouts, staging, Idle]
        importValue: !ImportValue Shared
        importValueLong: {"Fn::ImportValue": Shared}
        split: !Split [",", "a,b"]
        splitLong: {"Fn::Split": [",", "a,b"]}
        base64: !Base64 abc
        base64Long: {"Fn::Base64": abc}
        cidr: !Cidr ["10.0.0.0/16", 4, 8]
        cidrLong: {"Fn::Cidr": ["10.0.0.0/16", 4, 8]}
        getAzs: !GetAZs ""
        getAzsLong: {"Fn::GetAZs": ""}
        ifShort: !If [IsProd, 120, 60]
        ifLong: {"Fn::If": [IsProd, 120, 60]}
        noDefault: !Ref NoDefault
        ssm: !Ref Ssm
        region: !Ref AWS::Region
        noValue: !Ref AWS::NoValue
        undeclared: !Ref Nothing
      """;

  private static Template template() throws TemplateReader.ReadException {
    List<Problem> problems = new ArrayList<>();
    Node root = new TemplateReader(FILE, problems).readYaml(TEMPLATE);
    assertThat(problems).isEmpty();
    return new Template(FILE, (Node.MapNode) root);
  }

  private static Value<Object> eval(
      String key, Map<String, String> overrides, Map<String, Boolean> conditions)
      throws TemplateReader.ReadException {
    Template t = template();
    Node.MapNode cases = (Node.MapNode) t.root().get("Cases");
    assertThat(cases.entries()).containsKey(key);
    return new Resolver(t, overrides, conditions).value(cases.get(key));
  }

  private static Value<Object> eval(String key) throws TemplateReader.ReadException {
    return eval(key, Map.of(), Map.of("IsProd", true));
  }

  private static int lineOf(String key) {
    String[] lines = TEMPLATE.split("\n", -1);
    for (int i = 0; i < lines.length; i++) if (lines[i].trim().startsWith(key + ":")) return i + 1;
    throw new AssertionError(key);
  }

  private static void sameResult(String a, String b) throws TemplateReader.ReadException {
    Value<Object> x = eval(a);
    Value<Object> y = eval(b);
    assertThat(y.raw()).as(a + " vs " + b).isEqualTo(x.raw());
    assertThat(y.origin().kind()).as(a + " vs " + b).isEqualTo(x.origin().kind());
    assertThat(y.origin().note()).as(a + " vs " + b).isEqualTo(x.origin().note());
  }

  @Test
  void refOfAParameterTakesItsDefaultWithTheDefaultsLocation() throws Exception {
    Value<Object> v = eval("refShort");
    assertThat(v.raw()).isEqualTo(120L);
    assertThat(v.origin().kind()).isEqualTo(Origin.Kind.PARAMETER);
    assertThat(v.origin().note()).isEqualTo("parameter Idle default");
    assertThat(v.location()).isEqualTo(Location.of(FILE, 4, 14));
    sameResult("refShort", "refLong");
  }

  @Test
  void aConfigOverrideWinsOverTheDefault() throws Exception {
    Value<Object> v = eval("refShort", Map.of("Idle", "90"), Map.of());
    assertThat(v.raw()).isEqualTo("90");
    assertThat(v.num()).isEqualTo(90.0);
    assertThat(v.origin().kind()).isEqualTo(Origin.Kind.PARAMETER);
    assertThat(v.origin().note()).isEqualTo("parameter Idle from gatelint.yml");
    assertThat(v.location()).isEqualTo(Location.of(FILE, lineOf("refShort"), 13));
  }

  @Test
  void getAttStringAndListFormsInShortAndLongFormAreTheSameReference() throws Exception {
    Ref fullName = new Ref(FILE, "Lb", Ref.Attribute.FULL_NAME, "LoadBalancerFullName");
    for (String k : List.of("getAttString", "getAttList", "getAttLongString", "getAttLongList")) {
      Value<Object> v = eval(k);
      assertThat(v.raw()).as(k).isEqualTo(fullName);
      assertThat(v.origin().kind()).as(k).isEqualTo(Origin.Kind.EXPLICIT);
      assertThat(v.location().line()).as(k).isEqualTo(lineOf(k));
    }
    assertThat(eval("groupId").raw()).isEqualTo(new Ref(FILE, "Sg", Ref.Attribute.ID, "GroupId"));
    assertThat(eval("refSg").raw()).isEqualTo(new Ref(FILE, "Sg", Ref.Attribute.ID, "Ref"));
    assertThat(eval("refLb").raw()).isEqualTo(new Ref(FILE, "Lb", Ref.Attribute.ARN, "Ref"));
  }

  @Test
  void subAloneIsRefOrGetAttAndOtherwiseSubstitutesKnownValues() throws Exception {
    assertThat(eval("subParam").raw()).isEqualTo(120L);
    assertThat(eval("subParam").origin().note()).isEqualTo("parameter Idle default");
    sameResult("subParam", "subParamLong");
    assertThat(eval("subAtt").raw())
        .isEqualTo(new Ref(FILE, "Lb", Ref.Attribute.FULL_NAME, "LoadBalancerFullName"));
    assertThat(eval("subRes").raw()).isEqualTo(new Ref(FILE, "Lb", Ref.Attribute.ARN, "Ref"));
    Value<Object> literal = eval("subLiteral");
    assertThat(literal.raw()).isEqualTo("plain text");
    assertThat(literal.origin().kind()).isEqualTo(Origin.Kind.EXPLICIT);
    assertThat(eval("subEscape").raw()).isEqualTo("${Literal}-prod");
    assertThat(eval("subMap").raw()).isEqualTo("x-prod");
    sameResult("subMap", "subMapLong");
    assertThat(eval("subPseudo").isKnown()).isFalse();
  }

  @Test
  void joinSelectAndFindInMapOfKnownValues() throws Exception {
    assertThat(eval("join").raw()).isEqualTo("a-prod-1");
    sameResult("join", "joinLong");
    assertThat(eval("joinUnknown").isKnown()).isFalse();
    assertThat(eval("select").raw()).isEqualTo("b");
    sameResult("select", "selectLong");
    assertThat(eval("selectOut").isKnown()).isFalse();
    Value<Object> found = eval("findInMap");
    assertThat(found.raw()).isEqualTo(300L);
    assertThat(found.location().line()).isEqualTo(16);
    sameResult("findInMap", "findInMapLong");
    assertThat(eval("findInMapParam").raw()).isEqualTo(300L);
    assertThat(eval("findInMapMissing").isKnown()).isFalse();
  }

  @Test
  void deployTimeFunctionsAreUnknownInBothForms() throws Exception {
    for (String k : List.of("importValue", "split", "base64", "cidr", "getAzs")) {
      Value<Object> v = eval(k);
      assertThat(v.isKnown()).as(k).isFalse();
      assertThat(v.origin().kind()).as(k).isEqualTo(Origin.Kind.UNKNOWN);
      assertThat(v.location().line()).as(k).isEqualTo(lineOf(k));
      sameResult(k, k + "Long");
    }
    assertThat(eval("importValue").origin().note())
        .isEqualTo("Fn::ImportValue is resolved only at deploy time");
  }

  @Test
  void ifTakesTheBranchOfTheChosenOutcomeAndIsUnknownWithoutOne() throws Exception {
    assertThat(eval("ifShort", Map.of(), Map.of("IsProd", true)).raw()).isEqualTo(120L);
    assertThat(eval("ifShort", Map.of(), Map.of("IsProd", false)).raw()).isEqualTo(60L);
    assertThat(eval("ifLong", Map.of(), Map.of("IsProd", false)).raw()).isEqualTo(60L);
    assertThat(eval("ifShort", Map.of(), Map.of()).isKnown()).isFalse();
  }

  @Test
  void parametersWithoutDefaultsSsmParametersAndPseudoParametersAreUnknown() throws Exception {
    assertThat(eval("noDefault").isKnown()).isFalse();
    assertThat(eval("noDefault").origin().note()).isEqualTo("parameter NoDefault has no default");
    assertThat(eval("ssm").isKnown()).isFalse();
    assertThat(eval("ssm").origin().note())
        .isEqualTo("parameter Ssm is read from SSM at deploy time");
    assertThat(eval("region").isKnown()).isFalse();
    assertThat(eval("region").origin().note())
        .isEqualTo("pseudo parameter AWS::Region is known only at deploy time");
    assertThat(eval("noValue")).isNull();
    assertThat(eval("undeclared").isKnown()).isFalse();
  }

  @Test
  void listItemsDropNoValueButKeepAnItemWhoseConditionIsNotExpanded() throws Exception {
    Node list =
        new TemplateReader(FILE, new ArrayList<>())
            .readYaml(
                "[a, !Ref AWS::NoValue, !If [Known, !Ref AWS::NoValue, b], !If [Unexpanded, !Ref AWS::NoValue, c]]");
    Resolver resolver = new Resolver(template(), Map.of(), Map.of("Known", true));
    List<Node> items = resolver.items(list);
    assertThat(items).hasSize(2);
    assertThat(resolver.value(items.get(0)).raw()).isEqualTo("a");
    assertThat(resolver.value(items.get(1)).isKnown()).isFalse();
    assertThat(resolver.value(items.get(1)).origin().note())
        .isEqualTo("condition outcome not known");
  }

  @Test
  void conditionsUsedAreCollectedInOrderOnce() throws Exception {
    Node n =
        new TemplateReader(FILE, new ArrayList<>())
            .readYaml(
                """
        A: !If [One, !If [Two, 1, 2], 3]
        B: [!If [One, x, y], {"Fn::If": [Three, x, y]}]
        """);
    assertThat(Resolver.conditionsUsed(n)).containsExactly("One", "Two", "Three");
  }

  @Test
  void findInMapWithKnownKeysIsFollowedToTheMappingAndAnUnresolvableListIsUnknownNotEmpty()
      throws Exception {
    TemplateReader reader = new TemplateReader(FILE, new ArrayList<>());
    Node.MapNode root =
        (Node.MapNode)
            reader.readYaml(
                """
        Parameters:
          Env: {Type: String, Default: prod}
          Names: {Type: CommaDelimitedList, Default: "a,b"}
        Mappings:
          Net:
            prod:
              Ports: [80, 443]
        Resources:
          Lb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
        """);
    Resolver resolver = new Resolver(new Template(FILE, root), Map.of(), Map.of());
    Node known = reader.readYaml("!FindInMap [Net, !Ref Env, Ports]");
    assertThat(resolver.isList(known)).isTrue();
    assertThat(resolver.isUnknownList(known)).isFalse();
    assertThat(resolver.items(known))
        .extracting(n -> resolver.value(n).raw())
        .containsExactly(80L, 443L);
    for (String text :
        List.of(
            "!FindInMap [Net, !Ref AWS::Region, Ports]",
            "!Ref Names",
            "!ImportValue x",
            "!If [Unexpanded, [], []]")) {
      Node unknown = reader.readYaml(text);
      assertThat(resolver.isUnknownList(unknown)).as(text).isTrue();
      assertThat(resolver.items(unknown)).as(text).isEmpty();
    }
    assertThat(resolver.isUnknownList(reader.readYaml("!Ref AWS::NoValue"))).isFalse();
    assertThat(resolver.isUnknownList(null)).isFalse();
  }
}
