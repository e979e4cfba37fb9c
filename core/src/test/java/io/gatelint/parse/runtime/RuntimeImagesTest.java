/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.model.Location;
import io.gatelint.parse.runtime.RuntimeImages.Runtime;
import io.gatelint.parse.runtime.RuntimeImages.RuntimeImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuntimeImagesTest {

  private static final Location AT = Location.of("Dockerfile", 1, 1);

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "node:20; NODE; 20",
        "node:22-alpine; NODE; 22",
        "node:24.6.0-bookworm-slim; NODE; 24",
        "node:iron-slim; NODE; 20",
        "node:lts; NODE; 26",
        "node:lts-alpine3.20; NODE; 26",
        "node:current-alpine; NODE; 26",
        "node; NODE; 26",
        "public.ecr.aws/docker/library/node:18-alpine; NODE; 18",
        "public.ecr.aws/lambda/nodejs:20; NODE; 20",
        "gcr.io/distroless/nodejs22-debian12; NODE; 22",
        "gcr.io/distroless/nodejs:18; NODE; 18",
        "cgr.dev/chainguard/node:latest; NODE; 26",
        "nginx:1.24-alpine; NGINX; 1.24",
        "nginx:1.29.8; NGINX; 1.29.8",
        "nginx:stable-alpine; NGINX; 1.30",
        "nginx:mainline; NGINX; 1.31",
        "nginx:alpine; NGINX; 1.31",
        "nginx; NGINX; 1.31",
        "nginxinc/nginx-unprivileged:1.30-alpine; NGINX; 1.30",
        "public.ecr.aws/nginx/nginx:1.25; NGINX; 1.25",
        "oven/bun:1; BUN; ",
        "denoland/deno:2.0.0; DENO; ",
        "python:3.12; OTHER; ",
      })
  void imagesReadAsTheirRuntimeAndVersion(String image, Runtime runtime, String version) {
    RuntimeImage read = RuntimeImages.image(image, AT);
    assertThat(read.runtime()).isEqualTo(runtime);
    assertThat(read.version()).isEqualTo(version);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "CMD bun run index.js; BUN",
        "CMD [\"bun\", \"index.js\"]; BUN",
        "ENTRYPOINT [\"/usr/local/bin/deno\", \"run\", \"main.ts\"]; DENO",
        "CMD [\"node\", \"index.js\"]; NODE",
        "CMD npm start; NODE",
      })
  void aCommandThatStartsAnotherRuntimeWins(String command, Runtime runtime) {
    RuntimeImage read =
        RuntimeImages.readDockerfile("Dockerfile", "FROM node:22\nRUN true\n" + command + "\n");
    assertThat(read.runtime()).isEqualTo(runtime);
  }

  @org.junit.jupiter.api.Test
  void theLastStageCounts() {
    RuntimeImage read =
        RuntimeImages.readDockerfile(
            "Dockerfile", "FROM node:20 AS build\nRUN npm ci\nFROM nginx:1.30-alpine\n");
    assertThat(read.runtime()).isEqualTo(Runtime.NGINX);
    assertThat(read.version()).isEqualTo("1.30");
    assertThat(read.at()).isEqualTo(Location.of("Dockerfile", 3, 1));
  }

  @org.junit.jupiter.api.Test
  void aDockerfileNamesWhatItRuns() {
    runs("FROM node:24\nCMD [\"node\", \"server.js\"]", "server.js", "app/orders/server.js");
    runs(
        "FROM node:24\nCMD node --enable-source-maps dist/index.js",
        "dist/index.js",
        "app/orders/dist/index.js");
    runs("FROM node:24\nCMD [\"npm\", \"start\"]", "npm start", null);
    runs(
        "FROM nginx:1.29\nCOPY nginx.conf /etc/nginx/nginx.conf",
        "nginx.conf",
        "app/orders/nginx.conf");
    runs(
        "FROM nginx:1.29\nCOPY ./conf/site.conf /etc/nginx/conf.d/default.conf",
        "conf/site.conf",
        "app/orders/conf/site.conf");
    runs("FROM python:3.12\nCMD [\"python\", \"app.py\"]", "", null);
  }

  private static void runs(String text, String runs, String runsFile) {
    var build = RuntimeImages.build("app/orders/Dockerfile", text);
    assertThat(build.folder()).isEqualTo("app/orders");
    assertThat(build.runs()).isEqualTo(runs);
    assertThat(build.runsFile()).isEqualTo(runsFile);
  }
}
