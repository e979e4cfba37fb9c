/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.model.Model;
import io.gatelint.model.SecurityGroup;
import io.gatelint.model.SecurityGroupRule;
import io.gatelint.model.Value;
import io.gatelint.source.SourceFile;
import io.gatelint.source.SourceKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A security group rule held compactly answers every accessor with what the rule as mapped holds:
 * equal values with equal origins, locations that are equal, hash alike and print alike. Every
 * Terraform plan of the fixtures and of the shared corpus is mapped twice, compactly and not, and
 * the rules compared one by one.
 */
class CompactSecurityGroupRuleTest {

  private static final List<Function<SecurityGroupRule, Value<Object>>> VALUES =
      List.of(
          SecurityGroupRule::getGroup,
          SecurityGroupRule::getProtocol,
          SecurityGroupRule::getFromPort,
          SecurityGroupRule::getToPort,
          SecurityGroupRule::getCidrIpv4,
          SecurityGroupRule::getCidrIpv6,
          SecurityGroupRule::getPrefixList,
          SecurityGroupRule::getPeerGroup);

  @TempDir Path temp;

  @Test
  void everyFixtureAndCorpusPlanMapsToTheSameRules() throws IOException {
    String repoRoot = System.getProperty("gatelint.repoRoot", "..");
    List<Path> plans = new ArrayList<>();
    plans.addAll(plans(Path.of(repoRoot, "fixtures")));
    Path corpus =
        Path.of(repoRoot).resolve("../shared/corpus/terraform-plan").toAbsolutePath().normalize();
    if (Files.isDirectory(corpus)) plans.addAll(plans(corpus));
    int compact = 0;
    for (Path plan : plans) compact += compare(plan, plan.getParent());
    assertThat(compact).as("rules held compactly").isGreaterThan(20);
  }

  /** The benchmark's shape: every rule is held compactly, and its values read as mapped. */
  @Test
  void theBenchmarkShapeIsHeldCompactly() throws IOException {
    Path plan = temp.resolve("plan.json");
    Files.writeString(plan, PlanModelFootprintTest.plan(200), StandardCharsets.UTF_8);
    assertThat(compare(plan, temp)).isEqualTo(200);
  }

  /** The rules of one plan, mapped compactly and not, with the .tf files of its folder. */
  private static int compare(Path plan, Path dir) throws IOException {
    Model compact = read(plan, dir, true);
    Model mapped = read(plan, dir, false);
    List<SecurityGroupRule> a = rules(compact);
    List<SecurityGroupRule> b = rules(mapped);
    assertThat(a).as(plan.toString()).hasSameSizeAs(b);
    int held = 0;
    for (int i = 0; i < a.size(); i++) {
      SecurityGroupRule x = a.get(i);
      SecurityGroupRule y = b.get(i);
      assertThat(y).isNotInstanceOf(CompactSecurityGroupRule.class);
      if (x instanceof CompactSecurityGroupRule) held++;
      String what = plan + " " + y.getLabel() + " #" + i;
      assertThat(x.getId()).as(what).isEqualTo(y.getId());
      assertThat(x.getSourceType()).as(what).isEqualTo(y.getSourceType());
      assertThat(x.getScope()).as(what).isEqualTo(y.getScope());
      assertThat(x.getDirection()).as(what).isEqualTo(y.getDirection());
      assertThat(x.isSelf()).as(what).isEqualTo(y.isSelf());
      assertThat(x.getLocation()).as(what).isEqualTo(y.getLocation());
      assertThat(x.getLocation().hashCode()).as(what).isEqualTo(y.getLocation().hashCode());
      assertThat(x.getLocation().toString()).as(what).isEqualTo(y.getLocation().toString());
      assertThat(x.getLocation().pointer()).as(what).isEqualTo(y.getLocation().pointer());
      for (Function<SecurityGroupRule, Value<Object>> get : VALUES) {
        Value<Object> u = get.apply(x);
        Value<Object> v = get.apply(y);
        assertThat(u).as(what).isEqualTo(v);
        if (v == null) continue;
        assertThat(u.hashCode()).as(what).isEqualTo(v.hashCode());
        assertThat(u.describe()).as(what).isEqualTo(v.describe());
        assertThat(u.isSensitive()).as(what).isEqualTo(v.isSensitive());
        assertThat(u.location().pointer()).as(what).isEqualTo(v.location().pointer());
        assertThat(u.location().toString()).as(what).isEqualTo(v.location().toString());
        assertThat(Objects.equals(u.ref(), v.ref())).as(what).isTrue();
      }
    }
    return held;
  }

  private static List<SecurityGroupRule> rules(Model model) {
    List<SecurityGroupRule> out = new ArrayList<>(model.getSecurityGroupRules());
    for (SecurityGroup sg : model.getSecurityGroups()) out.addAll(sg.getRules());
    return out;
  }

  private static Model read(Path plan, Path dir, boolean compactRules) throws IOException {
    TerraformPlanParser.TfSources sources = new TerraformPlanParser.TfSources();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path tf : walk.filter(p -> p.toString().endsWith(".tf")).sorted().toList()) {
        sources.read(
            new SourceFile(tf, dir.relativize(tf).toString(), SourceKind.TERRAFORM_SOURCE),
            new Model());
      }
    }
    Model model = new Model();
    TerraformPlanParser.parsePlan(
        plan, dir.relativize(plan).toString(), sources, model, r -> {}, compactRules);
    return model;
  }

  private static List<Path> plans(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p))
          .filter(CompactSecurityGroupRuleTest::isPlan)
          .sorted()
          .toList();
    }
  }

  private static boolean isPlan(Path file) {
    try {
      if (Files.size(file) > 4_000_000) return false;
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return text.contains("\"format_version\"") && text.contains("aws_security_group");
    } catch (IOException | java.io.UncheckedIOException e) {
      return false;
    }
  }
}
