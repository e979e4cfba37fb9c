package io.gatelint.source;

import java.nio.file.Path;

/**
 * A file found under the linted paths and what its content says it is.
 *
 * @param path the file on disk
 * @param relativePath the path shown in findings: relative to the linted root, with forward slashes
 * @param kind what the file was classified as
 */
public record SourceFile(Path path, String relativePath, SourceKind kind) {}
