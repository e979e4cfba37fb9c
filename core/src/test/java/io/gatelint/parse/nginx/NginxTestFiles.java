/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.nginx;

import io.gatelint.model.Model;
import io.gatelint.parse.ParseContext;
import io.gatelint.source.SourceFile;
import io.gatelint.source.SourceKind;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the parser over files of a folder, the way the linter gives them. */
final class NginxTestFiles {

  private NginxTestFiles() {}

  static Path resource(String folder) {
    try {
      return Path.of(NginxTestFiles.class.getResource("/nginx/" + folder).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Parses the named files of {@code root} (paths relative to it) with {@code root} as the linted
   * root.
   */
  static Model parse(Path root, String... files) {
    return read(root, new Model(), files).model;
  }

  record Read(Model model, NginxTreeReader.Result result) {}

  static Read read(Path root, Model model, String... files) {
    ParseContext context = ParseContext.of(root);
    List<SourceFile> sources = new ArrayList<>();
    for (String f : files) {
      SourceKind kind =
          io.gatelint.parse.runtime.RuntimeImages.isDockerfile(Path.of(f).getFileName().toString())
              ? SourceKind.NODE_PROJECT
              : SourceKind.NGINX;
      sources.add(new SourceFile(root.resolve(f), f, kind));
    }
    NginxTreeReader.Result result = new NginxParser().read(sources, context, model);
    return new Read(model, result);
  }
}
