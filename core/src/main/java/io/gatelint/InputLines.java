/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint;

import io.gatelint.finding.SourceLines;
import io.gatelint.parse.TextFiles;
import io.gatelint.source.SourceFile;
import io.gatelint.source.SourceKind;
import java.io.IOException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lines of the files a run read as inputs, by their path in findings, read again only when a
 * report asks for one (most runs show a few lines of a few files). Plan JSON is never shown: its
 * values may be sensitive, and its one-line layout makes a line meaningless.
 */
final class InputLines implements SourceLines {

  private static final Set<SourceKind> SHOWN =
      EnumSet.of(
          SourceKind.CLOUDFORMATION,
          SourceKind.TERRAFORM_SOURCE,
          SourceKind.NGINX,
          SourceKind.NODE_SOURCE);

  private final Map<String, SourceFile> files = new HashMap<>();
  private final Map<String, List<String>> read = new HashMap<>();

  InputLines(List<SourceFile> inputs) {
    for (SourceFile f : inputs) {
      if (SHOWN.contains(f.kind())) files.put(f.relativePath(), f);
    }
  }

  @Override
  public synchronized Optional<String> line(String file, int line) {
    SourceFile f = files.get(file);
    if (f == null || line < 1) return Optional.empty();
    List<String> lines =
        read.computeIfAbsent(
            file,
            k -> {
              try {
                return TextFiles.read(f.path()).lines().toList();
              } catch (IOException | RuntimeException e) {
                // changed or gone since the run read it: the report goes without the line
                return List.of();
              }
            });
    return line <= lines.size() ? Optional.of(lines.get(line - 1)) : Optional.empty();
  }
}
