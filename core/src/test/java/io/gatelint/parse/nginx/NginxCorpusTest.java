/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.nginx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gatelint.model.Model;
import io.gatelint.model.Problem;
import io.gatelint.parse.ParseContext;
import io.gatelint.source.SourceFile;
import io.gatelint.source.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every nginx file of the shared real-world corpus: each repository's files read together as one
 * tree, and each file alone. Nothing may throw; problems are allowed (some files are broken on
 * purpose) and counted. The timeout only guards against a hang.
 */
class NginxCorpusTest {

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void everyCorpusFileParsesOrYieldsAProblem() throws IOException {
    String repoRoot = System.getProperty("gatelint.repoRoot");
    assumeTrue(repoRoot != null, "gatelint.repoRoot not set");
    Path corpus = Path.of(repoRoot).resolve("../shared/corpus/nginx").normalize();
    assumeTrue(Files.isDirectory(corpus), "no corpus at " + corpus);
    ParseContext context = ParseContext.of(corpus);

    List<String> exceptions = new ArrayList<>();
    List<String> problemLines = new ArrayList<>();
    int files = 0;
    int clean = 0;
    int servers = 0;
    int upstreams = 0;
    int treeProblems = 0;
    List<Path> repos;
    try (Stream<Path> s = Files.list(corpus)) {
      repos = s.filter(Files::isDirectory).sorted().toList();
    }
    for (Path repo : repos) {
      List<SourceFile> sources;
      try (Stream<Path> s = Files.walk(repo)) {
        sources =
            s.filter(Files::isRegularFile)
                .sorted()
                .map(p -> new SourceFile(p, context.relativize(p), SourceKind.NGINX))
                .toList();
      }
      Model together = new Model();
      try {
        new NginxParser().parse(sources, context, together);
        servers += together.getProxyServers().size();
        upstreams += together.getUpstreams().size();
        treeProblems += together.getProblems().size();
      } catch (RuntimeException | StackOverflowError e) {
        exceptions.add(repo.getFileName() + " (tree): " + e);
      }
      for (SourceFile file : sources) {
        files++;
        Model alone = new Model();
        try {
          new NginxParser().parse(List.of(file), context, alone);
          if (alone.getProblems().isEmpty()) clean++;
          for (Problem p : alone.getProblems()) problemLines.add(p.location() + ": " + p.message());
        } catch (RuntimeException | StackOverflowError e) {
          exceptions.add(file.relativePath() + ": " + e);
        }
      }
    }
    System.out.printf(
        "nginx corpus: %d files, %d parsed clean alone, %d with problems, %d exceptions;"
            + " trees: %d servers, %d upstreams, %d problems%n",
        files, clean, problemLines.size(), exceptions.size(), servers, upstreams, treeProblems);
    problemLines.forEach(p -> System.out.println("  problem " + p));
    assertThat(exceptions).isEmpty();
    assertThat(files).isGreaterThan(500);
  }
}
