/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.testkit;

import io.gatelint.LintRequest;
import io.gatelint.LintResult;
import io.gatelint.Linter;
import io.gatelint.config.Config;
import io.gatelint.finding.EvaluationError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Lints fixture trees — folders named {@code good} or {@code bad} — and compares the findings with
 * the ones their markers expect ({@link FixtureExpectations}): the same rule, file and line,
 * nothing more and nothing less. A good tree marks no finding; a bad tree marks at least one. The
 * built-in fixtures and {@code gatelint test} both run through here.
 *
 * <p>Which rules are compared: all of them when {@code ruleIds} is null (the built-in fixtures);
 * else those ids, the ids a tree's markers name and GL000 (a fixture that does not parse), so that
 * a custom rule's fixtures are not judged on what the built-in rules say about them.
 */
public final class FixtureCheck {

  /** A difference between what a fixture tree marks and what the rules found. */
  public record Mismatch(Path tree, String kind, String finding) {
    @Override
    public String toString() {
      return kind + ": " + finding;
    }
  }

  /** The outcome of one tree: the mismatches and the rules that failed to evaluate. */
  public record Outcome(
      Path tree, Set<String> found, List<Mismatch> mismatches, List<EvaluationError> errors) {
    public boolean passed() {
      return mismatches.isEmpty() && errors.isEmpty();
    }
  }

  private final Linter linter;
  private final List<Path> ruleDirs;
  private final Set<String> ruleIds;

  /**
   * @param ruleDirs extra rule files or folders loaded beside the built-in rules
   * @param ruleIds the rules under test; null: every rule
   */
  public FixtureCheck(Linter linter, List<Path> ruleDirs, Set<String> ruleIds) {
    this.linter = linter;
    this.ruleDirs = List.copyOf(ruleDirs);
    this.ruleIds = ruleIds == null ? null : Set.copyOf(ruleIds);
  }

  /**
   * The fixture trees at or under each path: a folder named {@code good} or {@code bad}, sorted.
   */
  public static List<Path> trees(List<Path> paths) {
    Set<Path> out = new TreeSet<>();
    for (Path p : paths) {
      if (!Files.isDirectory(p)) continue;
      try (Stream<Path> dirs = Files.walk(p)) {
        dirs.filter(Files::isDirectory).filter(FixtureCheck::isTree).forEach(out::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(out);
  }

  static boolean isTree(Path dir) {
    String n = dir.getFileName() == null ? "" : dir.getFileName().toString();
    return n.equals("good") || n.equals("bad");
  }

  /** Lints one tree, rooted at itself, and compares. */
  public Outcome check(Path tree) throws IOException {
    FixtureExpectations marks = FixtureExpectations.of(tree);
    LintResult result = linter.lint(new LintRequest(List.of(tree), tree, Config.empty(), ruleDirs));
    Set<String> scope = null;
    if (ruleIds != null) {
      scope = new TreeSet<>(ruleIds);
      scope.addAll(marks.ruleIds());
      scope.add("GL000");
    }
    Set<String> found = new TreeSet<>();
    for (var f : result.active()) {
      if (scope == null || scope.contains(f.ruleId()))
        found.add(f.ruleId() + " " + f.location().file() + ":" + f.location().line());
    }
    List<Mismatch> mismatches = new ArrayList<>();
    boolean good = tree.getFileName().toString().equals("good");
    if (good && !marks.expected().isEmpty())
      mismatches.add(new Mismatch(tree, "a good fixture marks no finding", tree.toString()));
    if (!good && marks.expected().isEmpty())
      mismatches.add(
          new Mismatch(tree, "a bad fixture marks at least one finding", tree.toString()));
    for (String e : new TreeSet<>(marks.expected())) {
      if (marks.forbidden().contains(e))
        mismatches.add(new Mismatch(tree, "marked both expect and ok", e));
      else if (!found.contains(e)) mismatches.add(new Mismatch(tree, "missing", e));
    }
    for (String f : found) {
      if (marks.forbidden().contains(f) && !marks.expected().contains(f))
        mismatches.add(new Mismatch(tree, "fired on a line marked ok", f));
      else if (!marks.expected().contains(f)) mismatches.add(new Mismatch(tree, "unexpected", f));
    }
    return new Outcome(tree, found, mismatches, result.errors());
  }
}
