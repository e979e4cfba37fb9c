/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.nginx;

import io.gatelint.model.Location;
import io.gatelint.model.Problem;
import io.gatelint.parse.FileBudget;
import io.gatelint.parse.ParseContext;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a set of nginx files into configuration trees, one per main file, with every {@code
 * include} replaced by the directives of the files it names.
 *
 * <p>Main files are the given files no other given file includes. As nginx does, a relative include
 * path is resolved against the directory of the main file (the configuration prefix), not the
 * including file's; an absolute path under {@code /etc/nginx} (or another usual prefix) is mapped
 * onto the main file's directory or one of its parents, because repositories keep copies of {@code
 * /etc/nginx}. Other absolute paths are never read: the host's own files are not the repository's.
 * Includes are read only from inside the linted root. An include that matches nothing is skipped
 * (nginx fails only for a non-glob path; gatelint keeps it as a note, since such files are often
 * system files such as {@code mime.types}). An include loop is a problem naming the chain, and that
 * branch stops.
 */
final class NginxTreeReader {

  /** A main file and its directives with includes spliced in. */
  record Tree(Path mainPath, String mainFile, List<NginxDirective> directives) {}

  /** What was read: the trees, the problems (GL000) and notes that are not problems. */
  record Result(List<Tree> trees, List<Problem> problems, List<String> notes) {}

  /** Install prefixes whose absolute include paths are mapped onto the repository's copy. */
  static final List<String> PREFIXES =
      List.of(
          "/etc/nginx/",
          "/usr/local/nginx/conf/",
          "/usr/local/etc/nginx/",
          "/usr/local/openresty/nginx/conf/",
          "/etc/openresty/",
          "/opt/nginx/conf/",
          "/opt/homebrew/etc/nginx/");

  static final int MAX_INCLUDE_DEPTH = 40;

  /**
   * Files one configuration may include, counting each inclusion: a {@code conf.d/} of a few
   * hundred virtual hosts fits many times over, files that include each other's folder do not.
   */
  static final int MAX_INCLUDED_FILES = 2_048;

  /** A tree larger than this after includes is certainly a runaway expansion. */
  static final int MAX_DIRECTIVES = 500_000;

  private record Loaded(List<NginxDirective> directives, Problem problem) {}

  private final ParseContext context;
  private final Path root;
  private final Map<Path, String> givenNames;
  private final Map<Path, Loaded> cache = new HashMap<>();
  private final Set<Path> reported = new HashSet<>();
  private final Set<Path> visited = new HashSet<>();
  private final LinkedHashSet<Problem> problems = new LinkedHashSet<>();
  private final LinkedHashSet<String> notes = new LinkedHashSet<>();

  /** The links that leave the root met while resolving the current include. */
  private final Set<Path> refused = new LinkedHashSet<>();

  private final Set<Path> realRoots = new HashSet<>();
  private int budget;
  private int includedFiles;
  private final Set<Location> loopsReported = new HashSet<>();

  NginxTreeReader(ParseContext context, Map<Path, String> givenNames) {
    this.context = context;
    this.root = context.root();
    realRoots.add(root);
    try {
      realRoots.add(root.toRealPath());
    } catch (IOException e) {
      // the root as written is all there is
    }
    this.givenNames = new HashMap<>();
    givenNames.forEach((p, n) -> this.givenNames.put(normal(p), n));
  }

  private static Path normal(Path p) {
    return p.toAbsolutePath().normalize();
  }

  /** Reads the given files (absolute or relative to the working directory) in one go. */
  Result read() {
    for (Path file : givenNames.keySet()) load(file);
    List<Tree> trees = new ArrayList<>();
    for (Path file : mainOrder()) {
      Tree tree = expandIfMain(file, true);
      if (tree != null) trees.add(tree);
    }
    for (Path file : mainOrder()) {
      Tree tree = expandIfMain(file, false);
      if (tree != null) trees.add(tree);
    }
    return new Result(trees, List.copyOf(problems), List.copyOf(notes));
  }

  /** Reads and parses one given file; its directives are kept for the trees that include it. */
  void preload(Path file) {
    Path n = normal(file);
    boolean read = false;
    try {
      load(n);
      read = true;
    } finally {
      // a file whose read failed is empty to every tree: its failure is its own problem
      if (!read) cache.put(n, new Loaded(List.of(), null));
    }
  }

  /** The given files in the order trees are built. */
  List<Path> mainOrder() {
    List<Path> given = new ArrayList<>(givenNames.keySet());
    given.sort((a, b) -> name(a).compareTo(name(b)));
    return given;
  }

  /**
   * The tree of a given file, when it is a main file: on the first pass a file no other given file
   * includes; on the second a file no tree reached (only reachable through a loop, or included only
   * from a folder that is not its main's). Null otherwise.
   */
  Tree expandIfMain(Path file, boolean firstPass) {
    if (firstPass ? included().contains(file) : visited.contains(file)) return null;
    return expandMain(file);
  }

  /** What a tree added to the problems since {@code mark} problems were known. */
  List<Problem> problemsSince(int mark) {
    return problems.stream().skip(mark).toList();
  }

  int problemCount() {
    return problems.size();
  }

  List<String> notes() {
    return List.copyOf(notes);
  }

  private Set<Path> included;

  private Set<Path> included() {
    if (included != null) return included;
    included = new HashSet<>();
    for (Path file : mainOrder()) {
      Loaded loaded = load(file);
      List<String> patterns = new ArrayList<>();
      collectIncludes(loaded.directives(), patterns);
      if (patterns.isEmpty()) continue;
      for (Path base = file.getParent(); base != null; base = base.getParent()) {
        for (String pattern : patterns) {
          for (Path p : resolve(pattern, base, base)) {
            if (!p.equals(file) && givenNames.containsKey(p)) included.add(p);
          }
        }
        if (base.equals(root) || !base.startsWith(root)) break;
      }
    }
    return included;
  }

  private String name(Path p) {
    String n = givenNames.get(p);
    return n != null ? n : context.relativize(p);
  }

  private Loaded load(Path file) {
    return cache.computeIfAbsent(file, this::readFile);
  }

  private Loaded readFile(Path file) {
    String name = name(file);
    byte[] bytes;
    try {
      String tooLarge =
          FileBudget.tooLarge(Files.size(file), FileBudget.MAX_TEXT_BYTES, "nginx configuration");
      if (tooLarge != null)
        return new Loaded(List.of(), new Problem(Location.file(name), tooLarge));
      bytes = io.gatelint.parse.TextFiles.readBytes(file);
    } catch (IOException | RuntimeException e) {
      return new Loaded(
          List.of(), new Problem(Location.file(name), "cannot read the file: " + e.getMessage()));
    }
    if (NginxText.looksBinary(bytes)) {
      return new Loaded(
          List.of(), new Problem(Location.file(name), "not nginx configuration: a binary file"));
    }
    try {
      return new Loaded(NginxDirectiveParser.parse(NginxText.decode(bytes), name), null);
    } catch (NginxSyntaxException e) {
      return new Loaded(
          List.of(), new Problem(Location.of(name, e.line(), e.column()), e.getMessage()));
    } catch (StackOverflowError e) {
      return new Loaded(
          List.of(), new Problem(Location.file(name), "configuration nested too deeply"));
    }
  }

  private List<NginxDirective> use(Path file) {
    visited.add(file);
    Loaded loaded = load(file);
    if (loaded.problem() != null && reported.add(file)) problems.add(loaded.problem());
    return loaded.directives();
  }

  private static void collectIncludes(List<NginxDirective> directives, List<String> into) {
    for (NginxDirective d : directives) {
      if (d.name().equals("include") && !d.hasBlock() && d.args().size() == 1) into.add(d.arg(0));
      if (d.hasBlock()) collectIncludes(d.block(), into);
    }
  }

  private Tree expandMain(Path main) {
    budget = MAX_DIRECTIVES;
    includedFiles = 0;
    List<Path> chain = new ArrayList<>();
    chain.add(main);
    List<NginxDirective> directives = use(main);
    List<NginxDirective> expanded = expand(directives, prefixes(main, directives), chain);
    return new Tree(main, name(main), expanded);
  }

  /**
   * The directories relative includes are resolved against. A complete configuration (with an
   * {@code http} or {@code events} block at its top) is nginx's main file: its own directory. A
   * fragment read as a main file (a {@code server} block meant for {@code conf.d/}) does not know
   * where nginx's prefix is: its directory first, then each parent up to the linted root.
   */
  private List<Path> prefixes(Path main, List<NginxDirective> directives) {
    Path mainDir = main.getParent();
    boolean complete =
        directives.stream()
            .anyMatch(d -> d.hasBlock() && (d.name().equals("http") || d.name().equals("events")));
    List<Path> out = new ArrayList<>();
    out.add(mainDir);
    if (complete) return out;
    for (Path dir = mainDir; dir != null && !dir.equals(root) && dir.startsWith(root); ) {
      dir = dir.getParent();
      if (dir != null) out.add(dir);
    }
    return out;
  }

  private List<NginxDirective> expand(
      List<NginxDirective> directives, List<Path> prefixes, List<Path> chain) {
    List<NginxDirective> out = new ArrayList<>(directives.size());
    for (NginxDirective d : directives) {
      if ((budget & 0xfff) == 0) FileBudget.check();
      if (budget-- <= 0) {
        if (budget == -1) {
          problems.add(
              new Problem(
                  d.location(),
                  "configuration grows beyond "
                      + MAX_DIRECTIVES
                      + " directives through includes; the rest is not read"));
        }
        return out;
      }
      if (d.name().equals("include") && !d.hasBlock()) {
        out.addAll(include(d, prefixes, chain));
      } else if (d.hasBlock()) {
        out.add(d.withBlock(expand(d.block(), prefixes, chain)));
      } else {
        out.add(d);
      }
    }
    return out;
  }

  private List<NginxDirective> include(NginxDirective d, List<Path> prefixes, List<Path> chain) {
    String pattern = d.arg(0);
    if (d.args().size() != 1 || NginxValues.hasVariable(pattern)) {
      notes.add(d.location() + ": include " + String.join(" ", d.args()) + " is not resolved");
      return List.of();
    }
    List<Path> files = List.of();
    refused.clear();
    for (Path prefix : prefixes) {
      files = resolve(pattern, prefix, prefixes.get(0));
      if (!files.isEmpty()) break;
    }
    for (Path link : refused) {
      problems.add(
          new Problem(
              d.location(),
              "include "
                  + pattern
                  + ": "
                  + name(link)
                  + " is a symbolic link that leads outside the linted root; it is not read"));
    }
    if (files.isEmpty()) {
      if (refused.isEmpty())
        notes.add(d.location() + ": include " + pattern + " matches no file in the linted tree");
      return List.of();
    }
    if (chain.size() >= MAX_INCLUDE_DEPTH) {
      problems.add(
          new Problem(
              d.location(),
              "includes nested more than " + MAX_INCLUDE_DEPTH + " deep: " + describe(chain)));
      return List.of();
    }
    List<NginxDirective> out = new ArrayList<>();
    for (Path file : files) {
      if (chain.contains(file)) {
        // one loop report per include directive: files that include each other's folder make
        // every permutation a loop
        if (loopsReported.add(d.location())) {
          List<Path> loop = new ArrayList<>(chain.subList(chain.indexOf(file), chain.size()));
          loop.add(file);
          problems.add(new Problem(d.location(), "include loop: " + describe(loop)));
        }
        continue;
      }
      if (++includedFiles > MAX_INCLUDED_FILES) {
        if (includedFiles == MAX_INCLUDED_FILES + 1) {
          problems.add(
              new Problem(
                  d.location(),
                  "the configuration includes more than "
                      + MAX_INCLUDED_FILES
                      + " files (files that include each other's folder?); the rest is not read"));
        }
        budget = Math.min(budget, -MAX_DIRECTIVES); // stop expanding, without a second report
        return out;
      }
      chain.add(file);
      out.addAll(expand(use(file), prefixes, chain));
      chain.remove(chain.size() - 1);
    }
    return out;
  }

  private String describe(List<Path> chain) {
    StringBuilder sb = new StringBuilder();
    for (Path p : chain) {
      if (sb.length() > 0) sb.append(" -> ");
      sb.append(name(p));
    }
    return sb.toString();
  }

  /**
   * The files an include pattern names, sorted as nginx's glob does. Relative patterns are resolved
   * against {@code base}; absolute ones under a known prefix against {@code base} and its parents
   * (up to the linted root) taken as that prefix. Only files inside the root, or inside {@code
   * mainDir}, are returned.
   */
  List<Path> resolve(String pattern, Path base, Path mainDir) {
    if (pattern.isEmpty()) return List.of();
    if (pattern.startsWith("/")) {
      for (String prefix : PREFIXES) {
        if (!pattern.startsWith(prefix)) continue;
        String rest = pattern.substring(prefix.length());
        for (Path dir = base; dir != null; dir = dir.getParent()) {
          List<Path> found = glob(dir, rest, mainDir);
          if (!found.isEmpty()) return found;
          if (dir.equals(root) || !dir.startsWith(root)) break;
        }
      }
      return List.of();
    }
    return glob(base, pattern, mainDir);
  }

  private List<Path> glob(Path base, String pattern, Path mainDir) {
    List<Path> current = List.of(base);
    for (String segment : pattern.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".")) continue;
      List<Path> next = new ArrayList<>();
      for (Path dir : current) {
        if (segment.equals("..")) {
          if (dir.getParent() != null) next.add(dir.getParent());
        } else if (hasGlob(segment)) {
          if (confined(dir, mainDir)) next.addAll(matching(dir, segment));
        } else {
          Path child = dir.resolve(segment);
          if (Files.exists(child, LinkOption.NOFOLLOW_LINKS)) next.add(child);
        }
      }
      current = next;
      if (current.isEmpty()) return List.of();
    }
    TreeSet<Path> files = new TreeSet<>();
    for (Path p : current) {
      Path n = normal(p);
      if ((n.startsWith(root) || n.startsWith(mainDir))
          && confined(n, mainDir)
          && Files.isRegularFile(n)) files.add(n);
    }
    return new ArrayList<>(files);
  }

  /**
   * Whether the file or folder, with every symbolic link on its way resolved, is still inside the
   * linted root or the main file's folder. One that leaves them is remembered (by the path as
   * written, never its target) and not read: a link to a credentials file or to {@code
   * /etc/hostname} must not become a GL000 that quotes it.
   */
  private boolean confined(Path p, Path mainDir) {
    Path n = normal(p);
    if (!n.startsWith(root) && !n.startsWith(mainDir)) return true; // the folders walked up to
    Path real;
    try {
      real = n.toRealPath();
    } catch (IOException e) {
      return false;
    }
    for (Path allowed : realRoots) if (real.startsWith(allowed)) return true;
    try {
      if (real.startsWith(mainDir.toRealPath())) return true;
    } catch (IOException e) {
      // an unreadable main folder confines nothing
    }
    refused.add(n);
    return false;
  }

  private static boolean hasGlob(String segment) {
    return segment.indexOf('*') >= 0 || segment.indexOf('?') >= 0 || segment.indexOf('[') >= 0;
  }

  private static List<Path> matching(Path dir, String segment) {
    if (!Files.isDirectory(dir)) return List.of();
    PathMatcher matcher;
    try {
      matcher =
          FileSystems.getDefault()
              .getPathMatcher("glob:" + segment.replace("\\", "\\\\").replace("{", "\\{"));
    } catch (RuntimeException e) {
      return List.of();
    }
    boolean dotAllowed = segment.startsWith(".");
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        Path fileName = entry.getFileName();
        if (fileName == null) continue;
        if (!dotAllowed && fileName.toString().startsWith(".")) continue;
        if (matcher.matches(fileName)) out.add(entry);
      }
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
    out.sort(null);
    return out;
  }
}
