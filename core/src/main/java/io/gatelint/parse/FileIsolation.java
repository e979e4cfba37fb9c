/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse;

import io.gatelint.model.Location;
import io.gatelint.model.Model;
import io.gatelint.model.Problem;
import io.gatelint.model.Resource;
import io.gatelint.model.ResourceKind;
import io.gatelint.source.SourceFile;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads each file of a format on its own: into a fresh staging model, under its own {@link
 * FileBudget}, merged into the run's model only when the read completes. A failure — a parser
 * defect, a stack overflow, memory exhausted, a budget exceeded — becomes one problem (GL000) on
 * that file naming the cause, and the other files, and the steps that join files, never see it.
 */
public final class FileIsolation {

  private FileIsolation() {}

  /** Reads the files with the parser, each in isolation, then its cross-file steps. */
  public static void read(
      InputParser parser, List<SourceFile> files, ParseContext context, Model model) {
    if (files.isEmpty()) return;
    InputParser.Batch[] batch = new InputParser.Batch[1];
    // what a batch gathers up front (Node's project files) is read under a budget too; should it
    // fail, nothing of the format can be read and each of its files says so
    Model opened = new Model();
    isolated(files.get(0), into -> batch[0] = parser.open(files, context), opened);
    if (batch[0] == null) {
      String why = opened.getProblems().get(opened.getProblems().size() - 1).message();
      for (SourceFile file : files)
        model.getProblems().add(new Problem(Location.file(file.relativePath()), why));
      return;
    }
    commit(opened, model);
    for (SourceFile file : files) isolated(file, into -> batch[0].read(file, into), model);
    for (InputParser.Step step : batch[0].linked()) isolated(step.file(), step.read(), model);
  }

  /** Runs one read against a staging model and keeps what it added only when it completes. */
  static void isolated(SourceFile file, Consumer<Model> read, Model model) {
    Model staging = new Model();
    String failure;
    FileBudget.open(FileBudget.TIME);
    try {
      read.accept(staging);
      commit(staging, model);
      return;
    } catch (FileBudget.Exceeded e) {
      failure = e.getMessage();
    } catch (StackOverflowError e) {
      failure = "the file is nested too deeply to read (stack overflow); it is not linted";
    } catch (OutOfMemoryError e) {
      staging = null; // let the staging area go before the message is built
      failure =
          "the file needs more memory than is available (" + e.getMessage() + "); it is not linted";
    } catch (RuntimeException e) {
      failure = "internal error while reading this file (" + e + "); please report it";
    } finally {
      FileBudget.close();
    }
    model.getProblems().add(new Problem(Location.file(file.relativePath()), failure));
  }

  /** Moves what a completed read added into the run's model. */
  private static void commit(Model from, Model into) {
    for (ResourceKind<?> kind : ResourceKind.all()) addAll(into, from, kind);
    into.getProblems().addAll(from.getProblems());
    into.getStackReferences().addAll(from.getStackReferences());
    into.getDockerBuilds().addAll(from.getDockerBuilds());
  }

  private static <R extends Resource> void addAll(Model into, Model from, ResourceKind<R> kind) {
    into.resources(kind).addAll(from.resources(kind));
  }
}
