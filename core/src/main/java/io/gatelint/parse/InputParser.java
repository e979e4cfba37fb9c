/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse;

import io.gatelint.model.Model;
import io.gatelint.source.InputDetector;
import io.gatelint.source.SourceFile;
import io.gatelint.source.SourceKind;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A parser for one input format. It opens a {@link Batch} over every file of the kinds it handles —
 * nginx needs the whole tree for includes, Terraform the {@code .tf} files beside a plan, Node the
 * package.json beside the sources — and the batch reads one file at a time. {@link FileIsolation}
 * runs each read against a staging model with its own {@link FileBudget}: what a file adds is kept
 * only when its read completes, and an exception, a stack overflow, an out-of-memory error or a
 * budget overrun becomes that file's problem (GL000) and costs no other file anything.
 *
 * <p>A parser is also its format's {@link InputDetector}: what it reads and how its files are
 * recognised are declared together, and {@link InputFormats} registers the format once.
 */
public interface InputParser extends InputDetector {

  /** The kinds of file this parser reads. */
  Set<SourceKind> kinds();

  /**
   * Starts reading these files; cheap, it reads no file (what is read across files is gathered
   * while the batch reads them).
   */
  Batch open(List<SourceFile> files, ParseContext context);

  /** Reads the files into the model, each in isolation: see {@link FileIsolation}. */
  default void parse(List<SourceFile> files, ParseContext context, Model model) {
    FileIsolation.read(this, files, context, model);
  }

  /** The files of one format in one run. */
  interface Batch {

    /**
     * Reads one file into {@code into}, a staging model that is merged into the run's model only
     * when this returns normally. Bad input becomes a problem in {@code into}; an exception costs
     * only this file. Files are read in the order given to {@link InputParser#open}.
     */
    void read(SourceFile file, Model into);

    /**
     * Whether {@link #read} shares no mutable state between files, so that files may be read at
     * once on several threads. What each read adds is still merged in the order the files were
     * given, so the output does not depend on the scheduling; the cross-file steps run after every
     * read, one at a time.
     */
    default boolean independent() {
      return false;
    }

    /**
     * The steps that join files, taken once every file was read and each run in isolation in turn:
     * an nginx main file with its includes, a Terraform plan with the {@code .tf} files that locate
     * its values. They see only the files whose own read succeeded.
     */
    default List<Step> linked() {
      return List.of();
    }
  }

  /**
   * One cross-file step, reported on {@code file} if it fails.
   *
   * @param file the file a failure is reported on
   * @param read adds what the step reads to a staging model
   */
  record Step(SourceFile file, Consumer<Model> read) {}
}
