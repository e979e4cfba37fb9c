/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.cli;

import io.gatelint.LintRequest;
import io.gatelint.Linter;
import io.gatelint.config.Config;
import io.gatelint.finding.EvaluationError;
import io.gatelint.rules.Rule;
import io.gatelint.rules.WhenTrace;
import io.gatelint.testkit.FixtureCheck;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gatelint test}: runs rules over fixture trees and compares the findings with the trees'
 * {@code expect} and {@code ok} markers. Exit 0 when every tree matches, 1 on any mismatch, 2 when
 * a rule fails to evaluate or nothing can be tested.
 */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description =
        "Run rules over fixture trees (good/ and bad/ folders) and check the findings against the"
            + " '# expect: ID' and '# ok: ID' markers on their lines.")
final class TestCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--rules",
      paramLabel = "DIR|FILE",
      description =
          "a rule file or folder to test (repeatable); without FIXTURE_DIR, the fixtures/ folder"
              + " beside it is tested")
  List<Path> ruleDirs = new ArrayList<>();

  @Parameters(
      paramLabel = "FIXTURE_DIR",
      description = "fixture trees, or folders holding them (good/ and bad/ at any depth)")
  List<Path> fixtureDirs = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // which 'when' entry did not hold, for a finding a fixture expects and the rule did not report
    WhenTrace trace = new WhenTrace();
    Linter linter = new Linter().trace(trace);
    Set<String> underTest = null;
    if (!ruleDirs.isEmpty()) {
      underTest = new TreeSet<>(ids(linter, ruleDirs));
      underTest.removeAll(ids(linter, List.of()));
    }
    List<Path> roots = new ArrayList<>(fixtureDirs);
    if (roots.isEmpty()) {
      for (Path r : ruleDirs) {
        Path dir = Files.isDirectory(r) ? r : r.toAbsolutePath().getParent();
        roots.add(dir.resolve("fixtures"));
      }
    }
    for (Path p : roots) {
      if (!Files.isDirectory(p)) throw new Main.UsageException(p + ": not a directory");
    }
    List<Path> trees = FixtureCheck.trees(roots);
    if (trees.isEmpty()) {
      throw new Main.UsageException(
          "no fixture trees (folders named good or bad) under " + roots + " (see --help)");
    }
    FixtureCheck check = new FixtureCheck(linter, ruleDirs, underTest);
    int failed = 0;
    int errors = 0;
    for (Path tree : trees) {
      trace.clear();
      FixtureCheck.Outcome outcome = check.check(tree);
      out.println((outcome.passed() ? "PASS " : "FAIL ") + tree);
      Set<String> explained = new TreeSet<>();
      for (FixtureCheck.Mismatch m : outcome.mismatches()) {
        out.println("  " + describe(tree, m));
        String rule = m.kind().equals("missing") ? m.finding().split(" ", 2)[0] : null;
        if (rule != null && explained.add(rule)) {
          for (String line : trace.lines(rule)) out.println("    not reported: " + line);
        }
      }
      for (EvaluationError e : outcome.errors()) {
        err.println("gatelint: " + e.ruleId() + " failed on " + e.file() + ": " + e.message());
      }
      if (!outcome.mismatches().isEmpty()) failed++;
      errors += outcome.errors().size();
    }
    out.println(
        trees.size()
            + " fixture tree(s), "
            + failed
            + " with mismatches"
            + (underTest == null ? "" : "; rules under test: " + String.join(", ", underTest)));
    out.flush();
    err.flush();
    if (errors > 0) return Main.ERROR;
    return failed > 0 ? Main.FINDINGS : Main.OK;
  }

  private static Set<String> ids(Linter linter, List<Path> dirs) {
    Set<String> out = new TreeSet<>();
    for (Rule r : linter.rules(new LintRequest(List.of(), Config.empty(), dirs)).rules())
      out.add(r.info().id());
    return out;
  }

  /** "missing: GL900 at fixtures/bad/nginx.conf:3", the file named from the working directory. */
  static String describe(Path tree, FixtureCheck.Mismatch m) {
    String f = m.finding();
    int space = f.indexOf(' ');
    if (space < 0 || !f.substring(0, space).matches("[A-Z]{2,5}\\d{3,4}")) return m.toString();
    String file = f.substring(space + 1);
    Path p = Path.of(file);
    String shown = p.isAbsolute() ? file : tree.resolve(file).toString();
    return m.kind() + ": " + f.substring(0, space) + " at " + shown;
  }
}
