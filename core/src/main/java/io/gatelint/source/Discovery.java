/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.source;

import io.gatelint.model.Location;
import io.gatelint.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.PatternSyntaxException;

/**
 * Walks the linted paths and classifies each file by its content (and its name where content cannot
 * tell), asking the input formats' detectors: templates, plans, nginx configuration, Node sources
 * and project files. Each file's head is read once, for all detectors. Skips {@code .git}, {@code
 * node_modules}, {@code target}, what the configuration excludes and what {@code .gitignore} files
 * leave out; symbolic-link loops and unreadable folders become problems, not failures.
 */
public final class Discovery {

  private static final Set<String> SKIPPED_DIRS =
      Set.of(".git", "node_modules", "target", ".terraform", ".idea", ".hg", ".svn");

  /** How much of a file the detectors see. */
  static final int HEAD_BYTES = 64 * 1024;

  /**
   * Names of files meant as inputs: one of them that is empty, binary or unreadable is reported
   * (GL000) rather than skipped as someone else's file.
   */
  private static final Set<String> TEMPLATE_EXT = Set.of("yaml", "yml", "json", "template");

  private final PathPatterns include;
  private final PathPatterns exclude;
  private final Path globBase;
  private final boolean gitignore;
  private final List<? extends InputDetector> detectors;

  /** The {@code .gitignore} patterns of each folder met, read once. */
  private final Map<Path, PathPatterns> gitignores = new HashMap<>();

  /**
   * Discovery with globs relative to the linted root, honouring {@code .gitignore}.
   *
   * @param include globs a file's relative path must match (all files when empty)
   * @param exclude globs that leave a file out
   * @param detectors the input formats' detectors, asked in this order; the first to claim a file
   *     decides its kind
   */
  public Discovery(
      List<String> include, List<String> exclude, List<? extends InputDetector> detectors) {
    this(include, exclude, null, true, detectors);
  }

  /**
   * @param include globs ({@link PathPatterns}, gitignore semantics) a file must match (all files
   *     when empty)
   * @param exclude globs that leave a file out; {@code !} brings one back
   * @param globBase the folder the globs are relative to (the configuration file's); null: the
   *     linted root
   * @param gitignore whether files that {@code .gitignore} files leave out are skipped, as git
   *     skips them (a file named on the command line is read all the same)
   * @param detectors the input formats' detectors, asked in this order; the first to claim a file
   *     decides its kind
   */
  public Discovery(
      List<String> include,
      List<String> exclude,
      Path globBase,
      boolean gitignore,
      List<? extends InputDetector> detectors) {
    this.include = PathPatterns.of(include);
    this.exclude = PathPatterns.of(exclude);
    this.globBase = globBase == null ? null : globBase.toAbsolutePath().normalize();
    this.gitignore = gitignore;
    this.detectors = List.copyOf(detectors);
  }

  /**
   * What discovery found: the classified files in path order, what it could not walk, and the files
   * that resemble an input but were left out, with the reason (path order).
   */
  public record Result(List<SourceFile> files, List<Problem> problems, List<Skipped> skipped) {

    public Result(List<SourceFile> files, List<Problem> problems) {
      this(files, problems, List.of());
    }
  }

  /** A file that resembles an input but is not read as one, and why. */
  public record Skipped(String relativePath, String reason) {}

  public Result discover(List<Path> paths, Path root) {
    Path base = root.toAbsolutePath().normalize();
    Path globs = globBase == null ? base : globBase;
    TreeMap<String, SourceFile> found = new TreeMap<>();
    TreeMap<String, Skipped> skipped = new TreeMap<>();
    List<Problem> problems = new ArrayList<>();
    for (Path start : paths) {
      Path abs = start.toAbsolutePath().normalize();
      List<Path> confines = confines(base, abs);
      Path top = repositoryRoot(abs);
      if (!Files.exists(abs)) {
        problems.add(new Problem(Location.file(relative(base, abs)), "no such file or directory"));
        continue;
      }
      if (Files.isRegularFile(abs)) {
        SourceFile f = classify(abs, relative(base, abs), true);
        found.put(f.relativePath(), f);
        continue;
      }
      try {
        Files.walkFileTree(
            abs,
            EnumSet.of(FileVisitOption.FOLLOW_LINKS),
            64,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                if (!dir.equals(abs) && SKIPPED_DIRS.contains(name))
                  return FileVisitResult.SKIP_SUBTREE;
                if (!dir.equals(abs) && leaves(dir, confines)) {
                  problems.add(
                      new Problem(
                          Location.file(relative(base, dir)),
                          "symbolic link to a folder outside the linted root: not followed"));
                  return FileVisitResult.SKIP_SUBTREE;
                }
                if (!dir.equals(abs)
                    && (exclude.matches(relative(globs, dir), true)
                        || ignored(top, abs, dir, true))) return FileVisitResult.SKIP_SUBTREE;
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String rel = relative(base, file);
                boolean selected =
                    selected(relative(globs, file)) && !ignored(top, abs, file, false);
                if (attrs.isSymbolicLink() && !Files.exists(file) && selected) {
                  problems.add(
                      new Problem(
                          Location.file(rel), "broken symbolic link: its target does not exist"));
                  return FileVisitResult.CONTINUE;
                }
                // FIFOs, devices and sockets are never opened: reading one can block forever
                if (!attrs.isRegularFile()) return FileVisitResult.CONTINUE;
                if (!selected) return FileVisitResult.CONTINUE;
                if (leaves(file, confines)) {
                  problems.add(
                      new Problem(
                          Location.file(rel),
                          "symbolic link to a file outside the linted root: not read"));
                  return FileVisitResult.CONTINUE;
                }
                SourceFile f = classify(file, rel, false);
                if (f.kind() != SourceKind.OTHER) found.put(rel, f);
                else if (f.skipReason() != null) skipped.put(rel, new Skipped(rel, f.skipReason()));
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFileFailed(Path file, IOException e) {
                String rel = relative(base, file);
                String why =
                    e instanceof FileSystemLoopException
                        ? "symbolic link loop: skipped"
                        : "cannot read: " + e.getMessage();
                problems.add(new Problem(Location.file(rel), why));
                return FileVisitResult.CONTINUE;
              }
            });
      } catch (IOException e) {
        problems.add(
            new Problem(Location.file(relative(base, abs)), "cannot walk: " + e.getMessage()));
      }
    }
    return new Result(List.copyOf(found.values()), problems, List.copyOf(skipped.values()));
  }

  /**
   * The folders a walk of {@code start} may read, with every link resolved: the linted root and the
   * linted path itself (a path given outside the root is read where it is).
   */
  private static List<Path> confines(Path root, Path start) {
    List<Path> out = new ArrayList<>();
    for (Path p : List.of(root, start)) {
      out.add(p);
      try {
        out.add(p.toRealPath());
      } catch (IOException e) {
        // a path that cannot be resolved confines nothing more
      }
    }
    return out;
  }

  /**
   * Whether the entry is a symbolic link whose target lies outside the confining folders (its
   * parents were checked when the walk entered them). A link to {@code /sys}, {@code /proc} or a
   * credentials file is refused without reading it.
   */
  private static boolean leaves(Path entry, List<Path> confines) {
    if (!Files.isSymbolicLink(entry)) return false;
    Path real;
    try {
      real = entry.toRealPath();
    } catch (IOException e) {
      return true;
    }
    for (Path c : confines) if (real.startsWith(c)) return false;
    return true;
  }

  private boolean selected(String rel) {
    if (exclude.matches(rel, false)) return false;
    return include.isEmpty() || include.matches(rel, false);
  }

  /**
   * The folder whose {@code .gitignore} files apply to a walk: the repository root above the start
   * (the nearest folder holding {@code .git}), else the start itself.
   */
  private static Path repositoryRoot(Path start) {
    for (Path d = start; d != null; d = d.getParent()) {
      if (Files.exists(d.resolve(".git"))) return d;
    }
    return Files.isDirectory(start) ? start : start.getParent();
  }

  /**
   * Whether a {@code .gitignore} in a folder from {@code top} down to the entry's own folder leaves
   * the entry out, each file's patterns relative to its folder
   * (https://git-scm.com/docs/gitignore).
   */
  private boolean ignored(Path top, Path start, Path entry, boolean folder) {
    if (!gitignore || top == null || !entry.startsWith(top)) return false;
    for (Path d = entry.getParent(); d != null && d.startsWith(top); d = d.getParent()) {
      PathPatterns p = gitignores.computeIfAbsent(d, Discovery::readGitignore);
      // the folder named on the command line, and those above it, were chosen by the user
      int named = start.startsWith(d) ? relative(d, start).length() : 0;
      if (!p.isEmpty() && p.matches(relative(d, entry), folder, named)) return true;
    }
    return false;
  }

  private static PathPatterns readGitignore(Path dir) {
    Path file = dir.resolve(".gitignore");
    if (!Files.isRegularFile(file)) return PathPatterns.of(List.of());
    try {
      return PathPatterns.of(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException | java.io.UncheckedIOException | PatternSyntaxException e) {
      // an unreadable .gitignore leaves nothing out: linting more is the safe side
      return PathPatterns.of(List.of());
    }
  }

  /**
   * The path as findings show it: relative to the root with forward slashes, absolute when outside
   * the root.
   */
  public static String relative(Path base, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path rel = abs.startsWith(base) ? base.relativize(abs) : abs;
    String s = rel.toString().replace('\\', '/');
    return s.isEmpty() ? "." : s;
  }

  /**
   * Classifies one file. {@code named} is true when the user named the file itself: then a file
   * that cannot be read or classified is reported rather than skipped.
   */
  SourceFile classify(Path file, String rel, boolean named) {
    String name = file.getFileName().toString();
    FileHead byName = new FileHead(name, null, -1, named, rel);
    for (InputDetector d : detectors) {
      SourceKind kind = d.byName(byName);
      if (kind != null) return new SourceFile(file, rel, kind);
    }
    String ext = byName.extension();
    byte[] head;
    long size;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD_BYTES);
      size = Files.size(file);
    } catch (IOException e) {
      return new SourceFile(
          file,
          rel,
          named || TEMPLATE_EXT.contains(ext) ? SourceKind.UNREADABLE : SourceKind.OTHER);
    }
    boolean inputName =
        TEMPLATE_EXT.contains(ext) || ext.equals("conf") || byName.lowerName().equals("nginx.conf");
    if (size == 0) {
      return new SourceFile(
          file,
          rel,
          named || ext.equals("template") || ext.equals("yaml") || ext.equals("yml")
              ? SourceKind.UNREADABLE
              : SourceKind.OTHER);
    }
    boolean utf16 =
        head.length >= 2
            && ((head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe
                || (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff);
    String text;
    if (utf16) {
      text =
          new String(
              head,
              (head[0] & 0xff) == 0xff ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
    } else {
      for (byte b : head) {
        if (b == 0) {
          return new SourceFile(
              file, rel, named || inputName ? SourceKind.UNREADABLE : SourceKind.OTHER);
        }
      }
      text = new String(head, StandardCharsets.UTF_8);
    }
    FileHead read = new FileHead(name, text, size, named, rel);
    for (InputDetector d : detectors) {
      SourceKind kind = d.sniff(read);
      if (kind != null) return new SourceFile(file, rel, kind);
    }
    for (InputDetector d : detectors) {
      String why = d.skipReason(read);
      if (why != null) return SourceFile.skipped(file, rel, why);
    }
    return new SourceFile(file, rel, SourceKind.OTHER);
  }
}
