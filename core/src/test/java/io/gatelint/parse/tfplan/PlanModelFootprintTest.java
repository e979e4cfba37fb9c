/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.model.Model;
import io.gatelint.model.SecurityGroupRule;
import io.gatelint.parse.ParseContext;
import io.gatelint.source.SourceFile;
import io.gatelint.source.SourceKind;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the model of a plan of standalone security group rules costs per rule, estimated by walking
 * the objects the rules hold (the shape of the streaming benchmark's {@code sg-rules} plan, which
 * has 391,000 of them in 200 MB). Not timed: it counts objects and bytes, so it holds on any
 * machine. A rule cost about 2,000 bytes before locations shared their pointers and values held
 * their origins, about 870 while each rule held its values and locations as objects; held compactly
 * ({@link CompactSecurityGroupRule}) about 300. The bound leaves room for a field or two, not for
 * an object per value.
 */
class PlanModelFootprintTest {

  private static final int RULES = 2_000;

  /** Per rule, with 64-bit compressed references: about 250 bytes today. */
  private static final long MAX_BYTES_PER_RULE = 320;

  /** Per rule, the first pass's sections less the addresses: about 75 bytes today. */
  private static final long MAX_SECTION_BYTES_PER_RULE = 100;

  @TempDir Path temp;

  @Test
  void aStandaloneSecurityGroupRuleCostsUnder320Bytes() throws Exception {
    Path plan = temp.resolve("plan.json");
    Files.writeString(plan, plan(RULES), StandardCharsets.UTF_8);
    Model model = new Model();
    new TerraformPlanParser()
        .parse(
            List.of(new SourceFile(plan, "plan.json", SourceKind.TERRAFORM_PLAN)),
            ParseContext.of(temp),
            model);
    assertThat(model.getProblems()).isEmpty();
    List<SecurityGroupRule> rules = model.getSecurityGroupRules();
    assertThat(rules).hasSize(RULES);
    // what findings print stays whole
    assertThat(rules.get(7).getFromPort().location().pointer())
        .isEqualTo(
            "aws_security_group_rule.r7 /planned_values/root_module/resources/"
                + (RULES / 50 + 1 + 7)
                + "/values/from_port");
    assertThat(rules.get(7).getPeerGroup().ref().target()).isEqualTo("aws_security_group.g1");

    long bytes = new Footprint().of(rules);
    assertThat(bytes / RULES).as("estimated bytes per rule").isLessThan(MAX_BYTES_PER_RULE);
  }

  /**
   * What the first pass keeps across resources while the values stream (the planned addresses with
   * their changes, the configuration), per rule, less the address strings the model keeps as ids:
   * about 75 bytes; about 400 while each address and change had a linked hash map entry and each
   * resource its configuration objects.
   */
  @Test
  void theSectionsHeldWhileValuesStreamCostUnder100BytesARule() throws Exception {
    Path plan = temp.resolve("plan.json");
    Files.writeString(plan, plan(RULES), StandardCharsets.UTF_8);
    PlanDocument doc = new PlanReader(plan).readIndexes();
    assertThat(doc.plannedAddresses.live()).hasSize(RULES + RULES / 50 + 1);

    Footprint footprint = new Footprint();
    for (String address : doc.plannedAddresses.live()) footprint.exclude(address);
    long bytes = footprint.of(doc);
    assertThat(bytes / RULES).as("estimated bytes per rule").isLessThan(MAX_SECTION_BYTES_PER_RULE);
  }

  /**
   * A shallow-size estimate of everything reachable from the rules, each object counted once:
   * 12-byte headers, 4-byte references, 8-byte alignment; strings as their Latin-1 arrays.
   */
  static final class Footprint {
    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private long bytes;

    /** Leaves an object out of the estimate: another part of the run holds it. */
    void exclude(Object o) {
      seen.add(o);
    }

    long of(Object root) throws IllegalAccessException {
      Deque<Object> todo = new ArrayDeque<>();
      todo.push(root);
      while (!todo.isEmpty()) {
        Object o = todo.pop();
        if (o == null || o instanceof Enum<?> || o instanceof Class<?> || !seen.add(o)) continue;
        if (o instanceof String s) {
          bytes += 24 + align(16 + s.length());
        } else if (o instanceof java.util.Map<?, ?> m
            && o.getClass().getName().startsWith("java.")) {
          // a hash map: the map, its table (load factor 0.75) and a node per entry
          long table = Integer.highestOneBit(Math.max(1, (int) (m.size() / 0.75)) * 2 - 1);
          long node = o instanceof java.util.LinkedHashMap<?, ?> ? 40 : 32;
          bytes += 48 + align(16 + 4 * table) + node * m.size();
          for (java.util.Map.Entry<?, ?> e : m.entrySet()) {
            if (e.getKey() != null) todo.push(e.getKey());
            if (e.getValue() != null) todo.push(e.getValue());
          }
        } else if (o.getClass().isArray()) {
          bytes += arrayBytes(o, todo);
        } else if (o instanceof java.util.BitSet b) {
          bytes += 24 + align(16 + b.size() / 8);
        } else if (o instanceof Number || o instanceof Boolean) {
          bytes += 16;
        } else if (o instanceof Collection<?> c) {
          bytes += 24 + align(16 + 4L * c.size());
          todo.addAll(c.stream().filter(e -> e != null).toList());
        } else {
          long shallow = 12;
          for (Class<?> c = o.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
              if (Modifier.isStatic(f.getModifiers())) continue;
              Class<?> t = f.getType();
              shallow += t == long.class || t == double.class ? 8 : t == boolean.class ? 1 : 4;
              // the JDK's own fields of a map subclass (its cached views) are not opened to tests
              if (t.isPrimitive() || c.getName().startsWith("java.")) continue;
              f.setAccessible(true);
              todo.push(f.get(o) == null ? Boolean.FALSE : f.get(o));
            }
          }
          bytes += align(shallow);
        }
      }
      return bytes;
    }

    private static long arrayBytes(Object array, Deque<Object> todo) {
      int n = java.lang.reflect.Array.getLength(array);
      Class<?> t = array.getClass().getComponentType();
      if (!t.isPrimitive()) {
        for (int i = 0; i < n; i++) {
          Object e = java.lang.reflect.Array.get(array, i);
          if (e != null) todo.push(e);
        }
        return align(16 + 4L * n);
      }
      long size =
          t == long.class || t == double.class
              ? 8
              : t == int.class || t == float.class
                  ? 4
                  : t == boolean.class || t == byte.class ? 1 : 2;
      return align(16 + size * n);
    }

    private static long align(long n) {
      return (n + 7) & ~7L;
    }
  }

  /** The benchmark's shape: one group per 50 rules, each rule letting the next group in. */
  static String plan(int n) {
    int groups = n / 50 + 1;
    StringBuilder out = new StringBuilder();
    out.append("{\"format_version\":\"1.2\",\"planned_values\":{\"root_module\":{\"resources\":[");
    for (int k = 0; k < groups; k++) {
      out.append("{\"address\":\"aws_security_group.g")
          .append(k)
          .append("\",\"mode\":\"managed\",\"type\":\"aws_security_group\",\"name\":\"g")
          .append(k)
          .append("\",\"values\":")
          .append(group(k))
          .append("},");
    }
    for (int i = 0; i < n; i++) {
      out.append(i > 0 ? "," : "")
          .append("{\"address\":\"aws_security_group_rule.r")
          .append(i)
          .append("\",\"mode\":\"managed\",\"type\":\"aws_security_group_rule\",\"name\":\"r")
          .append(i)
          .append("\",\"values\":")
          .append(rule(i, groups))
          .append('}');
    }
    out.append("]}},\"resource_changes\":[");
    for (int i = 0; i < n; i++) {
      out.append(i > 0 ? "," : "")
          .append("{\"address\":\"aws_security_group_rule.r")
          .append(i)
          .append("\",\"type\":\"aws_security_group_rule\",\"change\":{\"actions\":[\"create\"],")
          .append("\"before\":null,\"after\":")
          .append(rule(i, groups))
          .append(",\"after_unknown\":{\"id\":true}}}");
    }
    out.append("],\"configuration\":{\"root_module\":{\"resources\":[");
    for (int i = 0; i < n; i++) {
      int own = i / 50;
      int next = (own + 1) % groups;
      out.append(i > 0 ? "," : "")
          .append("{\"address\":\"aws_security_group_rule.r")
          .append(i)
          .append("\",\"mode\":\"managed\",\"type\":\"aws_security_group_rule\",\"name\":\"r")
          .append(i)
          .append("\",\"expressions\":{\"security_group_id\":{\"references\":[")
          .append(refs(own))
          .append("]},\"source_security_group_id\":{\"references\":[")
          .append(refs(next))
          .append("]}}}");
    }
    return out.append("]}}}\n").toString();
  }

  private static String refs(int group) {
    return "\"aws_security_group.g" + group + ".id\",\"aws_security_group.g" + group + "\"";
  }

  private static String group(int k) {
    return String.format(
        "{\"description\":\"g%d\",\"id\":\"sg-%08x\",\"name\":\"g%d\",\"vpc_id\":\"vpc-1\"}",
        k, k, k);
  }

  private static String rule(int i, int groups) {
    return String.format(
        "{\"cidr_blocks\":null,\"description\":\"r%d\",\"from_port\":%d,\"protocol\":\"tcp\","
            + "\"security_group_id\":\"sg-%08x\",\"source_security_group_id\":\"sg-%08x\","
            + "\"to_port\":%d,\"type\":\"ingress\"}",
        i, 1024 + i % 60000, i / 50, (i / 50 + 1) % groups, 1024 + i % 60000);
  }
}
