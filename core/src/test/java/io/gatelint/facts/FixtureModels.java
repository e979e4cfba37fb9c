/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.facts;

import io.gatelint.RepoPaths;
import io.gatelint.link.Linker;
import io.gatelint.model.Model;
import io.gatelint.parse.ParseContext;
import io.gatelint.parse.cfn.CloudFormationParser;
import io.gatelint.parse.tfplan.TerraformPlanParser;
import io.gatelint.source.SourceFile;
import io.gatelint.source.SourceKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Models read from CloudFormation templates and Terraform plans, and their facts, for tests of the
 * facts stage.
 */
final class FixtureModels {

  private FixtureModels() {}

  /** The facts of a parsed model, linked and frozen as a lint run does. */
  static Facts facts(Model model) {
    if (!model.isFrozen()) {
      new Linker().link(model);
      model.freeze();
    }
    return FactsBuilder.build(model);
  }

  /** The model of one fixture tree, e.g. {@code network-alarms/bad}. */
  static Model fixture(String tree) {
    return read(RepoPaths.fixtures().resolve(tree));
  }

  /** The model of a template given as text. */
  static Model template(Path dir, String yaml) {
    try {
      Files.writeString(dir.resolve("template.yaml"), yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read(dir);
  }

  /**
   * The model of a fixture tree holding a Terraform plan (without .tf sources), e.g. {@code
   * sg-terraform-style/bad}.
   */
  static Model plan(String tree) {
    Path root = RepoPaths.fixtures().resolve(tree);
    Model model = new Model();
    new TerraformPlanParser()
        .parse(
            List.of(
                new SourceFile(root.resolve("plan.json"), "plan.json", SourceKind.TERRAFORM_PLAN)),
            ParseContext.of(root),
            model);
    return model;
  }

  private static Model read(Path root) {
    List<SourceFile> files;
    try (var walk = Files.walk(root)) {
      files =
          walk.filter(f -> f.toString().endsWith(".yaml"))
              .sorted()
              .map(
                  f ->
                      new SourceFile(
                          f,
                          root.relativize(f).toString().replace('\\', '/'),
                          SourceKind.CLOUDFORMATION))
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Model model = new Model();
    new CloudFormationParser().parse(files, ParseContext.of(root), model);
    return model;
  }
}
