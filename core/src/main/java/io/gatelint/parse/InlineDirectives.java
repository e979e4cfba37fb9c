/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inline suppressions the parsers met while reading, by file. A parser that sees a file's
 * comments records that file — with its directives, or none — so suppressions need not read it
 * again; a file no parser recorded (a {@code .tf} file a plan's finding points into, an nginx file)
 * is scanned by {@link #scan} on demand.
 */
public final class InlineDirectives {

  private final Map<String, List<InlineDirective>> byFile = new LinkedHashMap<>();

  /**
   * Where {@link #read} records on a thread that reads a file alongside others: held back there and
   * {@link #merge merged} in the order the files were given, so that the order of the directives
   * (and of the suppression findings made from them) does not depend on which read finished first.
   */
  private static final ThreadLocal<Map<String, List<InlineDirective>>> HELD = new ThreadLocal<>();

  /** Records the directives of a whole file; called once per file a parser has read. */
  public void read(String file, List<InlineDirective> directives) {
    Map<String, List<InlineDirective>> held = HELD.get();
    (held != null ? held : byFile).computeIfAbsent(file, f -> new ArrayList<>()).addAll(directives);
  }

  /**
   * Runs a read with the directives it records held back, on the current thread; returns them, to
   * be {@link #merge merged} into the run's directives in file order.
   */
  public static Map<String, List<InlineDirective>> held(Runnable read) {
    Map<String, List<InlineDirective>> held = new LinkedHashMap<>();
    HELD.set(held);
    try {
      read.run();
    } finally {
      HELD.remove();
    }
    return held;
  }

  /** Records what {@link #held} held back, as if it had been recorded now. */
  public void merge(Map<String, List<InlineDirective>> held) {
    held.forEach(this::read);
  }

  /** Whether a parser recorded the file. */
  public boolean covers(String file) {
    return byFile.containsKey(file);
  }

  /** The directives of a file a parser recorded; empty for any other. */
  public List<InlineDirective> of(String file) {
    return List.copyOf(byFile.getOrDefault(file, List.of()));
  }

  /** Every recorded directive, file by file in the order the files were read. */
  public List<InlineDirective> all() {
    return byFile.values().stream().flatMap(List::stream).toList();
  }

  /** The directives in a text, line by line: for formats whose reader keeps no comments. */
  public static List<InlineDirective> scan(String file, String text) {
    List<InlineDirective> out = new ArrayList<>();
    if (!text.contains(InlineDirective.MARK)) return out;
    int line = 0;
    for (String l : text.lines().toList()) {
      line++;
      InlineDirective.of(file, line, l).ifPresent(out::add);
    }
    return out;
  }
}
