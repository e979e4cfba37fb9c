/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.source;

/**
 * How one input format recognises its files. {@link Discovery} asks every format's detector about
 * each file, in the order the formats are registered, and the first answer wins: first by name
 * alone ({@link #byName}) — Node sources and {@code .tf} files are known by their names and are not
 * read here — then by the head of the file ({@link #sniff}).
 *
 * <p>The detectors live with their parsers, which implement this interface, so that a format is
 * registered in one place; it is declared here because {@code source} comes before {@code parse} in
 * the pipeline and must not depend on it.
 */
public interface InputDetector {

  /** The kind the file name alone decides; null to look at the content. */
  default SourceKind byName(FileHead head) {
    return null;
  }

  /** The kind the head of the file decides; null when it is not this format. */
  SourceKind sniff(FileHead head);

  /**
   * Why a file no detector claimed was left out although it resembles this format (a markdown page
   * quoting a template, a bundled script): shown by {@code --list-files}. Null when the file does
   * not resemble this format at all. Asked only after every detector declined the file.
   */
  default String skipReason(FileHead head) {
    return null;
  }
}
