/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.RepoPaths;
import io.gatelint.finding.RuleInfo;
import io.gatelint.report.RuleCatalog;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalogue's examples are taken from the fixtures, so they are tested code: every bad snippet
 * occurs, line for line (indentation and {@code expect:} markers aside), in a bad fixture file and
 * every good snippet in a good one. Every built-in rule says when it appeared.
 */
class RuleExamplesTest {

  private static final Pattern MARKER = Pattern.compile("\\s*(#|//)\\s*expect:.*$");
  private static final Pattern EXPECTED_IDS = Pattern.compile("(?:#|//)\\s*expect:([^\\n(]*)");
  private static final Pattern RULE_ID = Pattern.compile("GL\\d{3}");

  @Test
  void everyExampleSnippetOccursInAFixtureOfItsKind() throws IOException {
    List<String> bad = fixtureFiles("bad");
    List<String> good = fixtureFiles("good");
    List<String> offenders = new ArrayList<>();
    for (Rule rule : RuleSet.load(List.of()).rules()) {
      RuleInfo info = rule.info();
      if (info.since().isEmpty()) offenders.add(info.id() + ": no 'since'");
      for (RuleInfo.Example e : info.examples()) {
        if (bad.stream().noneMatch(f -> occursIn(e.bad(), f)))
          offenders.add(info.id() + " " + e.format() + ": the bad snippet is in no bad fixture");
        if (good.stream().noneMatch(f -> occursIn(e.good(), f)))
          offenders.add(info.id() + " " + e.format() + ": the good snippet is in no good fixture");
      }
    }
    assertThat(offenders).as("examples not taken from the fixtures").isEmpty();
  }

  /**
   * Every built-in rule but GL000 (a file that cannot be read has no fixed twin to show) shows a
   * bad and a good snippet in each input format its bad fixtures report it in.
   */
  @Test
  void everyRuleHasAnExampleInEachFormatItsFixturesReportItIn() throws IOException {
    Map<String, Set<String>> reportedIn = new TreeMap<>();
    try (Stream<Path> files = Files.walk(RepoPaths.fixtures())) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String format = format(f.getFileName().toString());
        if (format == null || !f.toString().contains("/bad/")) continue;
        String text;
        try {
          text = Files.readString(f, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
          continue;
        }
        Matcher m = EXPECTED_IDS.matcher(text);
        while (m.find()) {
          Matcher id = RULE_ID.matcher(m.group(1));
          while (id.find())
            reportedIn.computeIfAbsent(id.group(), k -> new TreeSet<>()).add(format);
        }
      }
    }
    List<String> offenders = new ArrayList<>();
    for (Rule rule : RuleSet.load(List.of()).rules()) {
      RuleInfo info = rule.info();
      if (info.id().equals("GL000")) continue;
      Set<String> shown = new TreeSet<>();
      for (RuleInfo.Example e : info.examples()) shown.add(e.format());
      if (shown.isEmpty()) offenders.add(info.id() + ": no example");
      for (String format : reportedIn.getOrDefault(info.id(), Set.of())) {
        if (!shown.contains(format)) offenders.add(info.id() + ": no " + format + " example");
      }
    }
    assertThat(offenders).as("rules without a bad and a good example").isEmpty();
  }

  /**
   * The example format a fixture file is written in, or null for files no example is taken from.
   */
  private static String format(String name) {
    if (name.endsWith(".tf")) return "terraform";
    if (name.endsWith(".conf")) return "nginx";
    if (name.matches(".*\\.(js|mjs|cjs|ts)$")) return "node";
    if (name.matches(".*\\.(yaml|yml|json|template)$")) return "cloudformation";
    return null;
  }

  @Test
  void theReferenceShowsEachExampleInAFencedBlock() {
    RuleInfo gl010 =
        RuleSet.load(List.of()).rules().stream()
            .map(Rule::info)
            .filter(r -> r.id().equals("GL010"))
            .findFirst()
            .orElseThrow();
    String page = RuleCatalog.markdown(List.of(gl010));
    assertThat(page)
        .contains("**Since:** 0.1.0")
        .contains("**Example (nginx)** — reported:\n\n```nginx\n")
        .contains("keepalive_timeout 30s;")
        .contains("keepalive_timeout 75s;");
    assertThat(RuleCatalog.explain(gl010)).contains("Example (nginx), reported:");
  }

  static boolean occursIn(String snippet, String file) {
    List<String> want = normalised(snippet);
    List<String> lines = normalised(file);
    for (int i = 0; i + want.size() <= lines.size(); i++) {
      if (lines.subList(i, i + want.size()).equals(want)) return true;
    }
    return false;
  }

  private static List<String> normalised(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n", -1)) out.add(MARKER.matcher(line).replaceAll("").strip());
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
    return out;
  }

  private static List<String> fixtureFiles(String kind) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(RepoPaths.fixtures())) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        if (!f.toString().contains("/" + kind + "/")) continue;
        try {
          out.add(Files.readString(f, StandardCharsets.UTF_8));
        } catch (MalformedInputException e) {
          // a binary fixture (broken input) holds no example
        }
      }
    }
    return out;
  }
}
