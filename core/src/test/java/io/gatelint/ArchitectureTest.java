package io.gatelint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pipeline {@code source → parse → model → link → rules → report} as tests. */
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
                "io.gatelint.rules..",
                "io.gatelint.report..",
                "io.gatelint.finding..",
                "io.gatelint.config..",
                "io.gatelint.suppress..",
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
            "io.gatelint.finding..",
            "io.gatelint.config..")
        .because("parsers only turn files into the model")
        .check(classes);
  }

  @Test
  void rulesSeeOnlyTheModel() {
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
            "io.gatelint.suppress..")
        .because("rules read the model and produce findings, whatever the input format")
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
            "io.gatelint.rules..",
            "io.gatelint.report..",
            "io.gatelint.source..")
        .because("linking works on the model alone")
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
