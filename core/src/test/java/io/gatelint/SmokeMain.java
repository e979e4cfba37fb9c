package io.gatelint;

import java.nio.file.Path;

class SmokeMain {
  public static void main(String[] args) {
    LintResult r = new Linter().lint(LintRequest.of(Path.of(args[0])));
    r.findings().forEach(f -> System.out.println(f.location() + " " + f.ruleId() + " " + f.message() + " " + f.related()));
    r.errors().forEach(System.out::println);
  }
}
