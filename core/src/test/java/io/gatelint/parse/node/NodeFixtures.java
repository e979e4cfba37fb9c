/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.node;

import io.gatelint.model.AppServer;
import io.gatelint.model.Model;
import io.gatelint.parse.ParseContext;
import io.gatelint.source.SourceFile;
import io.gatelint.source.SourceKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;

/** Runs the Node parser over a folder of {@code src/test/resources/node}, rooted at that folder. */
final class NodeFixtures {

  static final Path BASE = Path.of("src/test/resources/node");

  private NodeFixtures() {}

  static Model parse(String fixture) {
    return parse(fixture, OptionalInt.empty());
  }

  static Model parse(String fixture, OptionalInt nodeVersion) {
    Path root = BASE.resolve(fixture);
    ParseContext context = new ParseContext(root, Map.of(), nodeVersion);
    Model model = new Model();
    new NodeParser().parse(files(root, context), context, model);
    return model;
  }

  static List<SourceFile> files(Path root, ParseContext context) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .sorted()
          .map(
              p -> {
                String name = p.getFileName().toString();
                SourceKind kind =
                    name.equals("package.json")
                            || name.equals(".nvmrc")
                            || name.equals(".node-version")
                            || name.startsWith("Dockerfile")
                        ? SourceKind.NODE_PROJECT
                        : name.matches(".*\\.(js|mjs|cjs|ts|mts|cts|tsx)$")
                            ? SourceKind.NODE_SOURCE
                            : SourceKind.OTHER;
                return new SourceFile(p, context.relativize(p), kind);
              })
          .filter(f -> f.kind() != SourceKind.OTHER)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static AppServer onlyServer(Model model) {
    if (!model.getProblems().isEmpty())
      throw new AssertionError("unexpected problems: " + model.getProblems());
    if (model.getAppServers().size() != 1)
      throw new AssertionError("expected one server: " + model.getAppServers());
    return model.getAppServers().get(0);
  }

  static List<String> routes(AppServer s) {
    return s.getRoutes().stream()
        .map(r -> r.getMethod().text() + " " + r.getPath().text())
        .toList();
  }
}
