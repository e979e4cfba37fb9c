/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What plain text, GitHub annotations and markup make of characters an input may hold. */
class PlainTextTest {

  @Test
  void controlCharactersBecomeVisibleEscapes() {
    assertThat(PlainText.escape("a\nb\rc\td\u001b[2Je\u007ff\u009bg"))
        .isEqualTo("a\\nb\\rc\\td\\x1B[2Je\\x7Ff\\x9Bg");
  }

  @Test
  void unpairedSurrogatesAreReplacedAndPairsKept() {
    assertThat(PlainText.escape("x\uD800y\uDC00z\uD83D\uDE00"))
        .isEqualTo("x\uFFFDy\uFFFDz\uD83D\uDE00");
    assertThat(PlainText.escape("end\uD800")).isEqualTo("end\uFFFD");
  }

  @Test
  void ordinaryTextIsReturnedAsItIs() {
    String s = "keepalive_timeout 50s < 60s (infra/api.yaml:12) — ~ \\.php$ é";
    assertThat(PlainText.escape(s)).isSameAs(s);
  }

  @Test
  void githubDataKeepsLineBreaksEncodedAndEscapesTheRest() {
    assertThat(GithubReporter.data("a\n::error::x\u001b[0m\r"))
        .isEqualTo("a%0A::error::x\\x1B[0m%0D");
    assertThat(GithubReporter.property("f\u0007,g:h")).isEqualTo("f\\x07%2Cg%3Ah");
  }

  @Test
  void markupReplacesWhatXmlCannotCarry() {
    assertThat(Markup.escape("a\uFFFEb\uFFFFc\uDC00d\u0001e\uD83D\uDE00<"))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd e\uD83D\uDE00&lt;");
  }

  @Test
  void onlyHttpAndHttpsAreLinks() {
    assertThat(Markup.isWebLink("https://docs.aws.amazon.com/x")).isTrue();
    assertThat(Markup.isWebLink("HTTP://example.com")).isTrue();
    assertThat(Markup.isWebLink("javascript:alert(1)")).isFalse();
    assertThat(Markup.isWebLink(" https://example.com")).isFalse();
    assertThat(Markup.isWebLink("data:text/html,x")).isFalse();
    assertThat(Markup.markdownSource("src", "javascript:alert(1)"))
        .isEqualTo("src (`javascript:alert(1)`)");
    assertThat(Markup.markdownSource("src", "https://a.b/c")).isEqualTo("[src](https://a.b/c)");
  }

  @Test
  void formatNamesAreCaseInsensitive() {
    assertThat(Reporter.forFormat("SARIF", false, "t")).isInstanceOf(SarifReporter.class);
    assertThat(Reporter.forFormat("Html", false, "t")).isInstanceOf(HtmlReporter.class);
  }
}
