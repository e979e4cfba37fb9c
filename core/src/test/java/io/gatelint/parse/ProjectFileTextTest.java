/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.model.DockerBuild;
import io.gatelint.model.Model;
import io.gatelint.model.Problem;
import io.gatelint.parse.nginx.NginxParser;
import io.gatelint.parse.node.NodeParser;
import io.gatelint.source.SourceFile;
import io.gatelint.source.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nginx parser (for the nginx version) and the Node parser (for the Node version and what a
 * container runs) both need every Dockerfile: a run reads each from disk once.
 */
class ProjectFileTextTest {

  @Test
  void eachDockerfileIsReadOnceForBothParsers(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("proxy"));
    Files.createDirectories(dir.resolve("app"));
    Files.writeString(dir.resolve("proxy/Dockerfile"), "FROM nginx:1.25-alpine\n");
    Files.writeString(
        dir.resolve("proxy/nginx.conf"),
        "events {}\nhttp {\n  server {\n    listen 80;\n    location / {\n"
            + "      proxy_pass http://app:3000;\n    }\n  }\n}\n");
    Files.writeString(
        dir.resolve("app/Dockerfile"), "FROM node:20-alpine\nCMD [\"node\", \"server.js\"]\n");
    Files.writeString(dir.resolve("app/package.json"), "{\"name\": \"app\"}\n");
    List<SourceFile> files =
        List.of(
            new SourceFile(
                dir.resolve("app/Dockerfile"), "app/Dockerfile", SourceKind.NODE_PROJECT),
            new SourceFile(
                dir.resolve("app/package.json"), "app/package.json", SourceKind.NODE_PROJECT),
            new SourceFile(
                dir.resolve("proxy/Dockerfile"), "proxy/Dockerfile", SourceKind.NODE_PROJECT),
            new SourceFile(dir.resolve("proxy/nginx.conf"), "proxy/nginx.conf", SourceKind.NGINX));

    Map<Path, AtomicInteger> reads = new ConcurrentHashMap<>();
    ProjectFileText counted =
        new ProjectFileText(
            (file, max) -> {
              reads.computeIfAbsent(file, f -> new AtomicInteger()).incrementAndGet();
              return Files.readAllBytes(file);
            });
    ParseContext context =
        new ParseContext(
            dir, Map.of(), OptionalInt.empty(), new InlineDirectives(), Optional.empty(), counted);
    Model model = new Model();
    FileIsolation.read(new NginxParser(), files, context, model);
    FileIsolation.read(new NodeParser(), files, context, model);

    assertThat(reads.get(dir.resolve("app/Dockerfile"))).hasValue(1);
    assertThat(reads.get(dir.resolve("proxy/Dockerfile"))).hasValue(1);
    assertThat(model.getProblems()).extracting(Problem::message).isEmpty();
    assertThat(model.getDockerBuilds())
        .extracting(DockerBuild::dockerfile)
        .contains("app/Dockerfile");
  }

  @Test
  void aFailedReadIsRememberedAndNotRetried(@TempDir Path dir) {
    AtomicInteger reads = new AtomicInteger();
    ProjectFileText text =
        new ProjectFileText(
            (file, max) -> {
              reads.incrementAndGet();
              throw new IOException("denied");
            });
    Path file = dir.resolve("Dockerfile");
    assertThat(text.read(file)).isEqualTo(new ProjectFileText.Unreadable("denied"));
    assertThat(text.read(file)).isEqualTo(new ProjectFileText.Unreadable("denied"));
    assertThat(reads).hasValue(1);
  }
}
