/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the configuration file when none is named: one of {@link #NAMES} in the first PATH (its
 * folder when it is a file), then in each parent up to the repository root (the nearest folder
 * holding {@code .git}), then in the working directory. Outside a repository only the first PATH
 * and the working directory are looked at, so that a file in a home folder never applies by
 * accident. Two names in one folder are an error rather than a silent choice.
 */
public final class ConfigDiscovery {

  /** The file names looked for, in this order of documentation. */
  public static final List<String> NAMES =
      List.of("gatelint.yml", "gatelint.yaml", ".gatelint.yml", ".gatelint.yaml");

  private ConfigDiscovery() {}

  /** The configuration file that applies, if any. */
  public static Optional<Path> find(Path firstPath, Path workingDirectory) {
    for (Path dir : folders(firstPath, workingDirectory)) {
      Optional<Path> found = in(dir);
      if (found.isPresent()) return found;
    }
    return Optional.empty();
  }

  /** The folders looked in, in order, without repeats. */
  public static List<Path> folders(Path firstPath, Path workingDirectory) {
    Path start = firstPath.toAbsolutePath().normalize();
    if (!Files.isDirectory(start) && start.getParent() != null) start = start.getParent();
    List<Path> folders = new ArrayList<>();
    folders.add(start);
    Optional<Path> repo = repositoryRoot(start);
    if (repo.isPresent()) {
      for (Path d = start.getParent();
          d != null && d.startsWith(repo.get()) && !start.equals(repo.get());
          d = d.getParent()) {
        folders.add(d);
        if (d.equals(repo.get())) break;
      }
    }
    Path wd = workingDirectory.toAbsolutePath().normalize();
    if (!folders.contains(wd)) folders.add(wd);
    return folders;
  }

  /**
   * The nearest folder at or above {@code dir} holding {@code .git} (a folder, or a worktree's
   * file).
   */
  public static Optional<Path> repositoryRoot(Path dir) {
    for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
      if (Files.exists(d.resolve(".git"))) return Optional.of(d);
    }
    return Optional.empty();
  }

  private static Optional<Path> in(Path dir) {
    List<Path> present = new ArrayList<>();
    for (String name : NAMES) {
      Path candidate = dir.resolve(name);
      if (Files.exists(candidate)) present.add(candidate);
    }
    if (present.size() > 1) {
      throw new ConfigException(
          dir
              + ": "
              + present.size()
              + " configuration files ("
              + String.join(", ", present.stream().map(p -> p.getFileName().toString()).toList())
              + "): keep one, or name it with --config");
    }
    return present.stream().findFirst();
  }
}
