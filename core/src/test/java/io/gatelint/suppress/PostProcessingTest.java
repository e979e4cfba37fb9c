/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.baseline.Baseline;
import io.gatelint.config.Config;
import io.gatelint.config.RuleNames;
import io.gatelint.finding.Finding;
import io.gatelint.finding.RuleInfo;
import io.gatelint.finding.Severity;
import io.gatelint.model.Ignore;
import io.gatelint.model.Location;
import io.gatelint.model.TargetGroup;
import io.gatelint.parse.InlineDirective;
import io.gatelint.parse.InlineDirectives;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each post-processing step on its own, then the order they run in. */
class PostProcessingTest {

  @TempDir Path dir;

  private static final RuleInfo GL004 = rule("GL004", Severity.WARNING);
  private static final RuleInfo GL020 = rule("GL020", Severity.ERROR);
  private static final RuleInfo GL023 = rule("GL023", Severity.ERROR);
  private static final RuleNames KNOWN = new RuleNames(List.of(GL004, GL020, GL023));
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  private static RuleInfo rule(String id, Severity severity) {
    return new RuleInfo(id, "name", severity, "test", "title", "", "", "", List.of());
  }

  private static Finding finding(RuleInfo rule, int line, String resource) {
    return new Finding(
        rule,
        rule.severity(),
        Location.of("stack.yaml", line, 7),
        "msg",
        List.of(),
        resource,
        null);
  }

  private static String state(Finding f) {
    return f.ruleId()
        + ":"
        + f.location().line()
        + " "
        + (f.isSuppressed() ? f.suppression().kind() : f.severity().label());
  }

  private static InlineDirectives recorded(String... lines) {
    InlineDirectives d = new InlineDirectives();
    List<InlineDirective> found =
        InlineDirectives.scan("stack.yaml", String.join("\n", lines) + "\n");
    d.read("stack.yaml", found);
    return d;
  }

  private static Config config(Map<String, Config.RuleSetting> rules, List<Config.Ignore> ignore) {
    return new Config(
        List.of(),
        List.of(),
        Optional.empty(),
        OptionalInt.empty(),
        rules,
        Map.of(),
        List.of(),
        ignore,
        List.of());
  }

  @Test
  void inlineStepUsesTheParsersDirectivesAndReportsTheWantingOnes() {
    InlineDirectives directives =
        recorded(
            "a: 1",
            "# gatelint-disable-next-line GL020",
            "b: 2",
            "# gatelint-disable-next-line GL023, GL999 -- typo in the second id",
            "c: 3");
    // the root does not exist: what the parser recorded is all the step reads
    InlineSuppressions step =
        new InlineSuppressions(dir.resolve("absent"), directives, KNOWN, TODAY);
    List<Finding> out = step.apply(List.of(finding(GL020, 3, ""), finding(GL020, 5, "")));
    assertThat(out)
        .extracting(PostProcessingTest::state)
        .containsExactly("GL020:3 inline", "GL020:5 error");
    assertThat(step.invalid())
        .extracting(s -> s.location().line() + " " + s.message())
        .containsExactly(
            "2 suppression of GL020 gives no reason: say why, after '--' inline or as 'reason:' in Metadata",
            "4 suppression of GL023 suppresses nothing: no GL023 finding on line 5; remove it or move it",
            "4 suppression names GL999, which is not a rule: it suppresses nothing");
  }

  @Test
  void inlineStepScansAFileNoParserRecorded() throws Exception {
    Files.writeString(
        dir.resolve("stack.yaml"), "a: 1\n# gatelint-disable-next-line GL020 -- known\nb: 2\n");
    InlineSuppressions step = new InlineSuppressions(dir, new InlineDirectives(), KNOWN, TODAY);
    assertThat(step.apply(List.of(finding(GL020, 3, ""))))
        .extracting(PostProcessingTest::state)
        .containsExactly("GL020:3 inline");
    assertThat(step.invalid()).isEmpty();
  }

  @Test
  void metadataStepSuppressesOnTheResourceAndReportsTheWantingOnes() {
    TargetGroup tg = new TargetGroup();
    tg.setId("Tg");
    tg.setLocation(Location.of("stack.yaml", 3, 3));
    tg.getIgnores().add(new Ignore("GL020", "", Location.of("stack.yaml", 7, 11)));
    tg.getIgnores().add(new Ignore("GL023", "fixed since", Location.of("stack.yaml", 8, 11)));
    tg.getIgnores().add(new Ignore("GL998", "typo", Location.of("stack.yaml", 10, 11)));
    MetadataSuppressions step = new MetadataSuppressions(List.of(tg), KNOWN);
    List<Finding> out = step.apply(List.of(finding(GL020, 12, "Tg"), finding(GL020, 13, "Other")));
    assertThat(out)
        .extracting(PostProcessingTest::state)
        .containsExactly("GL020:12 metadata", "GL020:13 error");
    assertThat(step.invalid())
        .extracting(s -> s.location().line() + " " + s.message())
        .containsExactly(
            "7 suppression of GL020 gives no reason: say why, after '--' inline or as 'reason:' in Metadata",
            "8 suppression of GL023 suppresses nothing: no GL023 finding on this resource; remove it or move it",
            "10 suppression names GL998, which is not a rule: it suppresses nothing");
  }

  @Test
  void configStepDropsDisabledRulesOverridesSeverityAndIgnores() {
    Config config =
        config(
            Map.of(
                "GL023", new Config.RuleSetting(false, Optional.empty()),
                "GL020", new Config.RuleSetting(true, Optional.of(Severity.WARNING))),
            List.of(new Config.Ignore("GL020", "Legacy", "being replaced")));
    List<Finding> out =
        new ConfigSettings(config)
            .apply(
                List.of(finding(GL020, 3, ""), finding(GL020, 4, "Legacy"), finding(GL023, 5, "")));
    assertThat(out)
        .extracting(f -> state(f) + " " + f.severity().label())
        .containsExactly("GL020:3 warning warning", "GL020:4 config warning");
  }

  @Test
  void baselineStepRunsLastOnTheSortedFindings() throws Exception {
    Finding old = finding(GL020, 3, "Tg");
    Path file = dir.resolve("baseline.json");
    Files.writeString(
        file,
        "{\"gatelintBaseline\":1,\"findings\":[{\"fingerprint\":\"" + old.fingerprint() + "\"}]}");
    PostProcessing pipeline =
        new PostProcessing(
            List.of(GL004, GL020, GL023),
            config(Map.of(), List.of()),
            Baseline.load(file),
            dir,
            new InlineDirectives(),
            List.of());
    // the same finding twice: the baseline covers one occurrence, the first in report order
    assertThat(pipeline.apply(List.of(finding(GL020, 9, "Tg"), old)))
        .extracting(PostProcessingTest::state)
        .containsExactly("GL020:3 baseline", "GL020:9 error");
  }

  @Test
  void invalidSuppressionsPassThroughTheConfigurationStep() {
    InlineDirectives directives = recorded("# gatelint-disable-next-line GL020 -- stale", "a: 1");
    Config downgraded =
        config(
            Map.of("GL004", new Config.RuleSetting(true, Optional.of(Severity.NOTE))), List.of());
    List<Finding> out =
        new PostProcessing(
                List.of(GL004, GL020, GL023), downgraded, null, dir, directives, List.of())
            .apply(List.of());
    assertThat(out).extracting(PostProcessingTest::state).containsExactly("GL004:1 note");
  }
}
