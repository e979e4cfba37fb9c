/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

/**
 * A Dockerfile and what it runs: its folder is the build context, the app the image holds; its
 * command names the Node entrypoint ({@code CMD ["node","server.js"]}) or the nginx configuration
 * it ships ({@code COPY nginx.conf /etc/nginx/nginx.conf}).
 *
 * @param dockerfile the Dockerfile's path
 * @param folder the folder it sits in ("" at the root)
 * @param runs what it runs as written ({@code server.js}, {@code npm start}, {@code nginx.conf}),
 *     or "" when its command names no file
 * @param runsFile the file that names, relative to the tree root, or null
 */
public record DockerBuild(String dockerfile, String folder, String runs, String runsFile) {}
