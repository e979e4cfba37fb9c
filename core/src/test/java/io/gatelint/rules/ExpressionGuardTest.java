/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile rule files: each must be rejected before MVEL compiles or runs anything, with the file,
 * the line and the offending token named. Each attack would leave a trace (a file, a property) if
 * it ran; the tests check that the trace is absent.
 */
class ExpressionGuardTest {

  @TempDir Path tmp;

  private static String rule(String when) {
    return String.join(
        "\n",
        "id: GL900",
        "name: hostile",
        "severity: error",
        "category: test",
        "title: hostile",
        "description: hostile",
        "remediation: none",
        "helpUri: https://example.com",
        "facts:",
        "  - claim: c",
        "    source: s",
        "    url: https://example.com",
        "for: lb in model.loadBalancers",
        "when: " + when,
        "at: lb",
        "message: m",
        "");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "process start        | java.lang.Runtime.getRuntime().exec('touch PWNED')                  | java",
        "process builder      | new java.lang.ProcessBuilder('touch', 'PWNED').start() != null     | new",
        "System.exit          | System.exit(3) == null                                              | System",
        "reflection forName   | lb.getClass().forName('java.lang.Runtime') != null                 | getClass",
        "class literal        | lb.class.getName() == 'x'                                           | class",
        "file read            | java.nio.file.Files.readString(java.nio.file.Path.of('/etc/passwd')) != '' | java",
        "statement separator  | true; System.setProperty('gatelint.pwned', 'yes')                   | ;",
        "assignment           | lb.id = 'x'                                                         | =",
        "setter call          | lb.setId('x') == null                                               | setId",
        "block                | true && { System.exit(1) }                                          | {",
        "static import call   | exec('touch PWNED')                                                 | exec",
        "unknown variable     | runtime.exec('x') != null                                           | runtime",
        "comment hides code   | /* ' */ java.lang.Runtime.getRuntime().exec('touch PWNED') != null /* ' */ | /*",
        "line comment         | true // ' + java.lang.System.exit(1)                                | //",
        "unicode escape       | lb.id == '\\u0027' + java.lang.System.exit(1) + '\\u0027'           | \\u",
        "enum to reflection   | lb.idleTimeout.unit.declaringClass.getMethod('values') != null      | declaringClass",
        "constable            | lb.id.describeConstable() != null                                   | describeConstable",
        "null-safe member     | model.?getClass.getMethod('getLoadBalancers') != null               | .?",
        "increment assigns    | lb++ != null                                                        | ++",
        "decrement assigns    | model-- != null                                                     | --",
        "model mutator        | model.stackReferences.leaveUnresolved('a', 'b') == null             | leaveUnresolved",
        "freeze               | model.freeze() == null                                              | freeze",
      })
  void hostileExpressionIsRejectedNamingFileLineAndToken(
      String attack, String expression, String token) throws Exception {
    String text = rule(expression);
    assertThatThrownBy(() -> new RuleLoader().load("rules/GL900-hostile.yml", text))
        .isInstanceOf(RuleFileException.class)
        .hasMessageStartingWith("rules/GL900-hostile.yml:14: rejected token '" + token + "'");
    assertThat(Path.of("PWNED")).doesNotExist();
    assertThat(System.getProperty("gatelint.pwned")).isNull();
  }

  @Test
  void aMisspeltAccessorOrFunctionGetsTheNearestName() {
    assertThatThrownBy(() -> new RuleLoader().load("x.yml", rule("number(lb.idleTimout)")))
        .hasMessageContaining("'idleTimout' is not an accessor")
        .hasMessageEndingWith(" (did you mean 'idleTimeout'?)");
    assertThatThrownBy(() -> new RuleLoader().load("x.yml", rule("numbr(lb.idleTimeout)")))
        .hasMessageEndingWith("is not one of the engine's functions (did you mean 'number'?)");
    assertThatThrownBy(() -> new RuleLoader().load("x.yml", rule("lb.zzzzzzzzzz")))
        .hasMessageEndingWith("is not an accessor of the model or the facts");
  }

  @Test
  void hostileMessagePlaceholderIsRejected() {
    String text = rule("true").replace("message: m", "message: \"hi {java.lang.System.getenv()}\"");
    assertThatThrownBy(() -> new RuleLoader().load("x.yml", text))
        .isInstanceOf(RuleFileException.class)
        .hasMessageStartingWith("x.yml:16: rejected token 'java'");
  }

  @Test
  void hostileRuleInCustomDirectoryStopsTheRun() throws Exception {
    Files.writeString(
        tmp.resolve("GL900-hostile.yml"), rule("java.lang.Runtime.getRuntime().halt(1) == null"));
    assertThatThrownBy(() -> RuleSet.load(java.util.List.of(tmp)))
        .isInstanceOf(RuleFileException.class)
        .hasMessageContaining("GL900-hostile.yml:14: rejected token 'java'");
  }

  @Test
  void loopVariableCannotBeAKeywordOrAnAccessorName() {
    for (String name :
        java.util.List.of("class", "getClass", "declaringClass", "new", "id", "known")) {
      String text =
          rule("true")
              .replace("for: lb in model.loadBalancers", "for: " + name + " in model.loadBalancers")
              .replace("at: lb", "at: " + name);
      assertThatThrownBy(() -> new RuleLoader().load("v.yml", text))
          .as(name)
          .isInstanceOf(RuleFileException.class)
          .hasMessageContaining("the loop variable cannot be called '" + name + "'");
    }
  }

  @Test
  void oversizedOrDeeplyNestedExpressionIsRejectedQuickly() {
    String longOr = "lb.id == 'x' || ".repeat(5000) + "true";
    assertThatThrownBy(() -> new RuleLoader().load("long.yml", rule(longOr)))
        .isInstanceOf(RuleFileException.class)
        .hasMessageContaining("longer than 2000 characters");
    String nested = "(".repeat(40) + "true" + ")".repeat(40);
    assertThatThrownBy(() -> new RuleLoader().load("deep.yml", rule(nested)))
        .isInstanceOf(RuleFileException.class)
        .hasMessageContaining("nested deeper than 32");
  }

  @Test
  void ordinaryExpressionIsAdmitted() {
    Rule r =
        new RuleLoader()
            .load(
                "ok.yml",
                rule(
                    "known(lb.idleTimeout) && lb.idleTimeout.num() > 60 && lb.id.startsWith('Api')"));
    assertThat(r.info().id()).isEqualTo("GL900");
  }

  @Test
  void uncompilableExpressionIsReported() {
    assertThatThrownBy(() -> new RuleLoader().load("bad.yml", rule("known(lb.idleTimeout) &&")))
        .isInstanceOf(RuleFileException.class)
        .hasMessageStartingWith("bad.yml:14: expression does not compile");
  }
}
