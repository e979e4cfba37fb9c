/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text of the project files more than one parser reads in a run (a Dockerfile says both which
 * nginx and which Node runs the sources beside it): each is read from disk once and the outcome,
 * text or failure, handed to every parser that asks. Only these small files are kept (at most
 * {@link #MAX_BYTES} each), so what the run holds does not grow with the templates it reads.
 */
public final class ProjectFileText {

  /** Larger project files are not read: no Dockerfile or version file is near this size. */
  public static final long MAX_BYTES = 1 << 20;

  /** Reads one file's bytes; a test counts the reads through it. */
  @FunctionalInterface
  public interface Reader {
    /**
     * The file's bytes, or null when it is larger than the limit.
     *
     * @throws IOException when the file cannot be read
     */
    byte[] read(Path file, long maxBytes) throws IOException;
  }

  /** What reading a file gave: its text, or why there is none. */
  public sealed interface Outcome {}

  /** The file's text (UTF-8). */
  public record Text(String text) implements Outcome {}

  /** The file is larger than {@link #MAX_BYTES}. */
  public record TooLarge() implements Outcome {}

  /** The file could not be read; the message says why. */
  public record Unreadable(String message) implements Outcome {}

  private final Reader reader;
  private final Map<Path, Outcome> read = new ConcurrentHashMap<>();

  public ProjectFileText() {
    this(ProjectFileText::fromDisk);
  }

  public ProjectFileText(Reader reader) {
    this.reader = reader;
  }

  /** The file's text or why there is none, read from disk on the first request only. */
  public Outcome read(Path file) {
    return read.computeIfAbsent(file.toAbsolutePath().normalize(), this::load);
  }

  private Outcome load(Path file) {
    try {
      byte[] bytes = reader.read(file, MAX_BYTES);
      return bytes == null ? new TooLarge() : new Text(new String(bytes, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return new Unreadable(String.valueOf(e.getMessage()));
    }
  }

  private static byte[] fromDisk(Path file, long maxBytes) throws IOException {
    if (Files.size(file) > maxBytes) return null;
    return Files.readAllBytes(file);
  }
}
