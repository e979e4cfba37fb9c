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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Reads each file of a format on its own: into a fresh staging model, under its own {@link
 * FileBudget}, merged into the run's model only when the read completes. A failure — a parser
 * defect, a stack overflow, memory exhausted, a budget exceeded — becomes one problem (GL000) on
 * that file naming the cause, and the other files, and the steps that join files, never see it.
 */
public final class FileIsolation {

  private FileIsolation() {}

  /**
   * The parse threads a run uses unless told otherwise: the {@value #THREADS_PROPERTY} system
   * property, else one per core. One reads every file on the calling thread.
   */
  public static final String THREADS_PROPERTY = "gatelint.parseThreads";

  /** The parse threads by default: {@link #THREADS_PROPERTY}, else the cores. */
  public static int defaultThreads() {
    Integer set = Integer.getInteger(THREADS_PROPERTY);
    return Math.max(1, set != null ? set : Runtime.getRuntime().availableProcessors());
  }

  /** Reads the files with the parser, each in isolation, then its cross-file steps. */
  public static void read(
      InputParser parser, List<SourceFile> files, ParseContext context, Model model) {
    read(parser, files, context, model, null);
  }

  /**
   * Reads the files with the parser, each in isolation, then its cross-file steps. When the
   * parser's reads are {@link InputParser.Batch#independent independent} and {@code pool} is not
   * null, the files are read on the pool; what each adds (its resources, problems and inline
   * directives) is merged in the order of {@code files} whatever order the reads finish in, so the
   * model is the same as a read on one thread.
   */
  public static void read(
      InputParser parser,
      List<SourceFile> files,
      ParseContext context,
      Model model,
      Executor pool) {
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
    if (pool != null && files.size() > 1 && batch[0].independent()) {
      readAtOnce(batch[0], files, context, model, pool);
    } else {
      for (SourceFile file : files) isolated(file, into -> batch[0].read(file, into), model);
    }
    for (InputParser.Step step : batch[0].linked()) isolated(step.file(), step.read(), model);
  }

  /** What one file's read left: what it added (or its failure, as a problem) and its directives. */
  private record Attempt(Model staging, Map<String, List<InlineDirective>> directives) {}

  private static void readAtOnce(
      InputParser.Batch batch,
      List<SourceFile> files,
      ParseContext context,
      Model model,
      Executor pool) {
    List<CompletableFuture<Attempt>> reads = new ArrayList<>(files.size());
    for (SourceFile file : files) {
      reads.add(
          CompletableFuture.supplyAsync(
              () -> {
                Model staging = new Model();
                Map<String, List<InlineDirective>> directives =
                    InlineDirectives.held(
                        () -> isolated(file, into -> batch.read(file, into), staging));
                return new Attempt(staging, directives);
              },
              pool));
    }
    // merged in file order as each completes: the model and the directives are the same as a
    // read on one thread's, and a merged file's staging area can be let go at once
    for (int i = 0; i < reads.size(); i++) {
      Attempt done;
      try {
        done = reads.get(i).join();
      } catch (CompletionException e) {
        // what escaped isolation (an Error other than those it catches) goes on as it would have
        // on one thread
        if (e.getCause() instanceof RuntimeException r) throw r;
        if (e.getCause() instanceof Error r) throw r;
        throw e;
      }
      reads.set(i, null);
      context.directives().merge(done.directives());
      commit(done.staging(), model);
    }
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
