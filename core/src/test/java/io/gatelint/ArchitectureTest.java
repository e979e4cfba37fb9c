/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline {@code source → parse → model → link → facts → rules → report} as tests: one layered
 * architecture with each exception commented where it is made, no cycles between packages, and the
 * rules that matter most spelt out on their own.
 */
class ArchitectureTest {

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.gatelint");
  }

  @Test
  void theModelDependsOnNothingOfOurs() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("io.gatelint.model..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "io.gatelint.source..",
                "io.gatelint.parse..",
                "io.gatelint.link..",
                "io.gatelint.facts..",
                "io.gatelint.rules..",
                "io.gatelint.report..",
                "io.gatelint.finding..",
                "io.gatelint.config..",
                "io.gatelint.suppress..",
                "io.gatelint.baseline..",
                "io.gatelint")
            .because("every stage reads and writes the model; the model must not know the stages");
    rule.check(classes);
  }

  @Test
  void parsersNeverSeeRulesReportsOrLinking() {
    noClasses()
        .that()
        .resideInAnyPackage("io.gatelint.parse..", "io.gatelint.source..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.gatelint.rules..",
            "io.gatelint.report..",
            "io.gatelint.link..",
            "io.gatelint.facts..",
            "io.gatelint.finding..",
            "io.gatelint.config..")
        .because("parsers only turn files into the model")
        .check(classes);
  }

  @Test
  void rulesSeeOnlyTheModelAndTheFacts() {
    noClasses()
        .that()
        .resideInAPackage("io.gatelint.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.gatelint.source..",
            "io.gatelint.parse..",
            "io.gatelint.link..",
            "io.gatelint.report..",
            "io.gatelint.config..",
            "io.gatelint.suppress..",
            "io.gatelint.baseline..",
            "io.gatelint")
        .because(
            "rules read the frozen model and the facts derived from it and produce findings,"
                + " whatever the input format")
        .check(classes);
  }

  @Test
  void factsDependOnlyOnTheModel() {
    classes()
        .that()
        .resideInAPackage("io.gatelint.facts..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("io.gatelint.facts..", "io.gatelint.model..", "java..")
        .because(
            "facts are views derived from the linked model; they must not know how it was read,"
                + " linked or judged")
        .check(classes);
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices()
        .matching("io.gatelint.(*)..")
        .should()
        .beFreeOfCycles()
        .because("each stage builds on the ones before it; a cycle would make two stages one")
        .check(classes);
  }

  @Test
  void stagesFollowThePipeline() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Facade")
        .definedBy("io.gatelint")
        .layer("Source")
        .definedBy("io.gatelint.source..")
        .layer("Parse")
        .definedBy("io.gatelint.parse..")
        .layer("Model")
        .definedBy("io.gatelint.model..")
        .layer("Link")
        .definedBy("io.gatelint.link..")
        .layer("Facts")
        .definedBy("io.gatelint.facts..")
        .layer("Rules")
        .definedBy("io.gatelint.rules..")
        .layer("Finding")
        .definedBy("io.gatelint.finding..")
        .layer("Config")
        .definedBy("io.gatelint.config..")
        .layer("Suppress")
        .definedBy("io.gatelint.suppress..")
        .layer("Baseline")
        .definedBy("io.gatelint.baseline..")
        .layer("Report")
        .definedBy("io.gatelint.report..")
        // reporters and the baseline read LintResult, the facade's answer; the command line and
        // the Maven plugin (other modules) are the facade's other callers
        .whereLayer("Facade")
        .mayOnlyBeAccessedByLayers("Report", "Baseline")
        // the configuration compiles its include/exclude globs as discovery will, to refuse a bad
        // one with its line before any work
        .whereLayer("Source")
        .mayOnlyBeAccessedByLayers("Parse", "Config", "Facade")
        // suppressions read the linted files' comments with the parsers' text reader
        .whereLayer("Parse")
        .mayOnlyBeAccessedByLayers("Suppress", "Facade")
        .whereLayer("Link")
        .mayOnlyBeAccessedByLayers("Facade")
        .whereLayer("Facts")
        .mayOnlyBeAccessedByLayers("Rules", "Facade")
        .whereLayer("Rules")
        .mayOnlyBeAccessedByLayers("Facade")
        // findings carry model locations; the configuration names rules' severities
        .whereLayer("Finding")
        .mayOnlyBeAccessedByLayers("Rules", "Config", "Suppress", "Baseline", "Report", "Facade")
        // post-processing applies the configuration's ignores and rule settings, then the baseline
        .whereLayer("Config")
        .mayOnlyBeAccessedByLayers("Baseline", "Suppress", "Facade")
        .whereLayer("Suppress")
        .mayOnlyBeAccessedByLayers("Facade")
        .whereLayer("Baseline")
        .mayOnlyBeAccessedByLayers("Suppress", "Facade")
        .whereLayer("Report")
        .mayNotBeAccessedByAnyLayer()
        .because(
            "source → parse → model → link → facts → rules → report: a stage sees only the stages"
                + " before it, and the facade alone sees them all")
        .check(classes);
  }

  @Test
  void reportersSeeOnlyFindings() {
    noClasses()
        .that()
        .resideInAPackage("io.gatelint.report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.gatelint.source..",
            "io.gatelint.parse..",
            "io.gatelint.link..",
            "io.gatelint.facts..",
            "io.gatelint.rules..")
        .because("a reporter formats findings; it must not re-run any stage")
        .check(classes);
  }

  @Test
  void linkingDoesNotKnowParsersRulesOrReports() {
    noClasses()
        .that()
        .resideInAPackage("io.gatelint.link..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.gatelint.parse..",
            "io.gatelint.facts..",
            "io.gatelint.rules..",
            "io.gatelint.report..",
            "io.gatelint.source..")
        .because("linking works on the model alone, before any fact is derived")
        .check(classes);
  }

  @Test
  void onlyTheCommandLineUsesPicocli() {
    noClasses()
        .that()
        .resideInAPackage("io.gatelint..")
        .and()
        .resideOutsideOfPackage("io.gatelint.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .because("the command line is a thin adapter over the Linter facade")
        .check(classes);
  }
}
