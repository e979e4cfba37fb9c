/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The findings a fixture tree expects, read from the fixture itself: a comment {@code # expect:
 * GL020} or {@code // expect: GL011, GL012} on the offending line, or, for formats without comments
 * (JSON plans), a file {@code expected-findings.txt} with lines {@code GL020 path/to/file:LINE};
 * and the findings it forbids: {@code # ok: GL020} on a line that rule must not fire on. Each entry
 * reads {@code RULE file:line}.
 *
 * @param expected the findings the tree must produce
 * @param forbidden the findings marked {@code ok}: the tree must not produce them
 */
public record FixtureExpectations(Set<String> expected, Set<String> forbidden) {

  private static final String IDS = "([A-Z]{2,5}\\d{3,4}(?:\\s*,\\s*[A-Z]{2,5}\\d{3,4})*)";
  private static final Pattern EXPECT = Pattern.compile("(?:#|//)\\s*expect:\\s*" + IDS);
  private static final Pattern OK = Pattern.compile("(?:#|//)\\s*ok:\\s*" + IDS);
  static final String SIDECAR = "expected-findings.txt";

  public FixtureExpectations {
    expected = Set.copyOf(expected);
    forbidden = Set.copyOf(forbidden);
  }

  /** The expected findings of the tree, sorted. */
  public static Set<String> read(Path dir) throws IOException {
    return new TreeSet<>(of(dir).expected());
  }

  /** The expected and the forbidden findings of the tree. */
  public static FixtureExpectations of(Path dir) throws IOException {
    Set<String> expected = new TreeSet<>();
    Set<String> forbidden = new TreeSet<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String rel = dir.relativize(f).toString().replace('\\', '/');
        byte[] bytes = Files.readAllBytes(f);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (rel.equals(SIDECAR)) {
          for (String line : text.split("\n")) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) expected.add(t);
          }
          continue;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          collect(EXPECT.matcher(lines[i]), rel, i + 1, expected);
          collect(OK.matcher(lines[i]), rel, i + 1, forbidden);
        }
      }
    }
    return new FixtureExpectations(expected, forbidden);
  }

  private static void collect(Matcher m, String rel, int line, Set<String> out) {
    if (m.find()) {
      for (String id : m.group(1).split("\\s*,\\s*")) out.add(id + " " + rel + ":" + line);
    }
  }

  /** The rule ids the tree names, expected or forbidden. */
  public Set<String> ruleIds() {
    Set<String> out = new TreeSet<>();
    for (String e : expected) out.add(e.substring(0, e.indexOf(' ')));
    for (String e : forbidden) out.add(e.substring(0, e.indexOf(' ')));
    return out;
  }

  /** The rule ids the tree expects to fire. */
  public Set<String> expectedRuleIds() {
    Set<String> out = new TreeSet<>();
    for (String e : expected) out.add(e.substring(0, e.indexOf(' ')));
    return out;
  }
}
