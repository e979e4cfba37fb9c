/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.node;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.gatelint.model.Location;
import io.gatelint.model.Origin;
import io.gatelint.model.Problem;
import io.gatelint.model.Value;
import io.gatelint.parse.ProjectFileText;
import io.gatelint.parse.runtime.RuntimeImages;
import io.gatelint.source.SourceFile;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Node major a project runs on, from what runs it. The kinds of hint are asked in this order:
 * the config's {@code nodeVersion}; the Dockerfile that runs the sources (the nearest at or above
 * their folder whose last stage is a JavaScript runtime, read by {@link RuntimeImages}: {@code
 * node:NN}, {@code node:lts*}, {@code node:current}, distroless, Chainguard and Lambda base
 * images); {@code .nvmrc}; {@code .node-version}; package.json {@code engines.node} (a range means
 * its lowest admitted major); then the current LTS. From a source file's folder upward, the nearest
 * hint of each kind counts; a hint that names no major ({@code lts/*}, {@code node}) is passed
 * over. A Dockerfile that runs Bun or Deno ({@code FROM oven/bun}, {@code CMD bun …}) means the
 * sources are not a Node server at all: {@link #otherRuntime} says so.
 *
 * <p>The Lambda function's {@code Runtime} is not asked: the Node sources are read before, and
 * apart from, the templates that declare functions.
 */
final class NodeVersionHints {

  /** Active LTS on 2026-11-27 (Node 26 entered Active LTS on 2026-10-28). */
  static final int CURRENT_LTS = RuntimeImages.NODE_LTS;

  static final Map<String, Integer> LTS_CODENAMES = RuntimeImages.NODE_CODENAMES;

  /** A major found in a file. */
  record Hint(int major, Location at, String note) {}

  private final OptionalInt configured;
  private final Consumer<Problem> problems;
  private final ProjectFileText text;

  /** folder → the hint of each kind found there (absent when none or unreadable) */
  private final Map<String, Hint> engines = new HashMap<>();

  private final Map<String, Hint> nvmrc = new HashMap<>();
  private final Map<String, Hint> nodeVersion = new HashMap<>();
  private final RuntimeImages images = new RuntimeImages();
  private final Map<String, String> packageJsonDirs = new TreeMap<>();

  NodeVersionHints(
      List<SourceFile> projectFiles, OptionalInt configured, Consumer<Problem> problems) {
    this(projectFiles, configured, problems, new ProjectFileText());
  }

  /**
   * @param text where the files' text comes from: the run's shared reads, so that a Dockerfile the
   *     nginx parser reads too is read from disk once
   */
  NodeVersionHints(
      List<SourceFile> projectFiles,
      OptionalInt configured,
      Consumer<Problem> problems,
      ProjectFileText text) {
    this.configured = configured;
    this.problems = problems;
    this.text = text;
    // Dockerfile wins over Dockerfile.prod etc. in the same folder: read the plain one last
    List<SourceFile> sorted =
        projectFiles.stream()
            .sorted(
                (a, b) ->
                    Boolean.compare(name(a).equals("Dockerfile"), name(b).equals("Dockerfile")))
            .toList();
    for (SourceFile f : sorted) read(f);
  }

  /** The Dockerfiles read, each with what it runs. */
  java.util.List<io.gatelint.model.DockerBuild> builds() {
    return images.builds();
  }

  /** The folder of the nearest package.json at or above the folder, or null. */
  String projectDir(String folder) {
    for (String dir = folder; dir != null; dir = parent(dir)) {
      if (packageJsonDirs.containsKey(dir)) return dir;
    }
    return null;
  }

  /**
   * The runtime other than Node that runs the sources in the folder (Bun, Deno), from the nearest
   * Dockerfile that runs JavaScript; empty when that is Node or nothing says.
   */
  Optional<RuntimeImages.RuntimeImage> otherRuntime(String folder) {
    return javaScriptImage(folder).filter(i -> i.runtime().runsJavaScriptButNotNode());
  }

  private Optional<RuntimeImages.RuntimeImage> javaScriptImage(String folder) {
    return images.nearest(
        folder,
        i -> i.runtime() == RuntimeImages.Runtime.NODE || i.runtime().runsJavaScriptButNotNode());
  }

  /** The Node major for sources in the folder, with where it came from. */
  Value<Object> majorFor(String folder, Location appliesTo) {
    if (configured.isPresent()) {
      return Value.of(
          configured.getAsInt(),
          Origin.parameter(
              appliesTo,
              "nodeVersion " + configured.getAsInt() + " from the gatelint configuration"));
    }
    Optional<RuntimeImages.RuntimeImage> image =
        javaScriptImage(folder).filter(i -> i.runtime() == RuntimeImages.Runtime.NODE);
    if (image.isPresent() && image.get().version() != null) {
      RuntimeImages.RuntimeImage i = image.get();
      return Value.of(
          Integer.parseInt(i.version()), new Origin(Origin.Kind.EXPLICIT, i.at(), i.note()));
    }
    for (Map<String, Hint> kind : List.of(nvmrc, nodeVersion, engines)) {
      for (String dir = folder; dir != null; dir = parent(dir)) {
        Hint h = kind.get(dir);
        if (h != null) return Value.of(h.major, new Origin(Origin.Kind.EXPLICIT, h.at, h.note));
      }
    }
    return Value.byDefault(
        CURRENT_LTS,
        appliesTo,
        "assumed current LTS Node " + CURRENT_LTS + " (no version hint found)");
  }

  static String folderOf(String relativePath) {
    int slash = relativePath.lastIndexOf('/');
    return slash < 0 ? "" : relativePath.substring(0, slash);
  }

  private static String parent(String dir) {
    if (dir.isEmpty()) return null;
    return folderOf(dir);
  }

  private static String name(SourceFile f) {
    return f.path().getFileName() == null ? "" : f.path().getFileName().toString();
  }

  private void read(SourceFile f) {
    String name = name(f);
    String folder = folderOf(f.relativePath());
    ProjectFileText.Outcome read = this.text.read(f.path());
    if (read instanceof ProjectFileText.TooLarge) {
      problems.accept(
          new Problem(
              Location.file(f.relativePath()), "file too large to read as a Node project file"));
      return;
    }
    if (read instanceof ProjectFileText.Unreadable u) {
      problems.accept(
          new Problem(Location.file(f.relativePath()), "cannot read file: " + u.message()));
      return;
    }
    String text = ((ProjectFileText.Text) read).text();
    if (name.equals("package.json")) {
      packageJsonDirs.put(folder, f.relativePath());
      readPackageJson(f.relativePath(), text, folder);
    } else if (name.equals(".nvmrc") || name.equals(".node-version")) {
      Hint h = readVersionFile(f.relativePath(), text, name);
      if (h != null) (name.equals(".nvmrc") ? nvmrc : nodeVersion).put(folder, h);
    } else if (RuntimeImages.isDockerfile(name)) {
      images.read(f.relativePath(), text);
    }
  }

  private void readPackageJson(String file, String text, String folder) {
    try (JsonParser p = new JsonFactory().createParser(text)) {
      Deque<String> path = new ArrayDeque<>();
      String field = null;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        switch (t) {
          case FIELD_NAME -> field = p.currentName();
          case START_OBJECT, START_ARRAY -> {
            path.push(field == null ? "" : field);
            field = null;
          }
          case END_OBJECT, END_ARRAY -> {
            path.pop();
            field = null;
          }
          case VALUE_STRING -> {
            if ("node".equals(field) && path.size() == 2 && "engines".equals(path.peek())) {
              JsonLocation loc = p.currentTokenLocation();
              Location at = Location.of(file, loc.getLineNr(), loc.getColumnNr());
              String range = p.getText();
              OptionalInt major = lowestMajor(range);
              if (major.isPresent()) {
                engines.put(
                    folder,
                    new Hint(
                        major.getAsInt(),
                        at,
                        "engines.node "
                            + range.trim()
                            + " → lowest admitted major "
                            + major.getAsInt()));
              }
            }
            field = null;
          }
          default -> field = null;
        }
      }
    } catch (IOException | RuntimeException e) {
      String where =
          e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe
                  && jpe.getLocation() != null
              ? ":" + jpe.getLocation().getLineNr()
              : "";
      problems.accept(
          new Problem(
              e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe
                      && jpe.getLocation() != null
                  ? Location.of(
                      file, jpe.getLocation().getLineNr(), jpe.getLocation().getColumnNr())
                  : Location.file(file),
              "package.json is not valid JSON" + where + ": " + firstLine(e.getMessage())));
    }
  }

  private static String firstLine(String s) {
    if (s == null) return "";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static Hint readVersionFile(String file, String text, String kind) {
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].replaceAll("#.*", "").trim();
      if (line.isEmpty()) continue;
      OptionalInt major = versionMajor(line);
      if (major.isEmpty()) return null;
      return new Hint(
          major.getAsInt(),
          Location.of(file, i + 1, 1),
          kind + " " + line + " → Node " + major.getAsInt());
    }
    return null;
  }

  /** {@code v20.11.0}, {@code 20}, {@code lts/iron}, {@code iron}: the major, or empty. */
  static OptionalInt versionMajor(String version) {
    String v = version.trim().toLowerCase(Locale.ROOT);
    if (v.startsWith("lts/")) v = v.substring(4);
    Integer lts = LTS_CODENAMES.get(v);
    if (lts != null) return OptionalInt.of(lts);
    Matcher m = Pattern.compile("^v?(\\d+)(?:\\.[\\dx*]+)*$").matcher(v);
    return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }

  /**
   * The lowest major a semver range admits: {@code >=20} → 20, {@code ^18.12} → 18, {@code 20.x} →
   * 20, {@code >=18 <23} → 18, {@code 16 || 18} → 16, {@code >20} → 21. Empty for {@code *}, {@code
   * lts/*}.
   */
  static OptionalInt lowestMajor(String range) {
    int best = Integer.MAX_VALUE;
    for (String alternative : range.split("\\|\\|")) {
      String alt = alternative.trim();
      if (alt.isEmpty()) continue;
      Integer low = null;
      Matcher hyphen = Pattern.compile("^v?(\\d++)[^\\s]*+\\s++-\\s+.*$").matcher(alt);
      if (hyphen.matches()) {
        low = Integer.parseInt(hyphen.group(1));
      } else {
        boolean onlyUpperBounds = true;
        for (String comparator : alt.replaceAll("([<>=^~]+)\\s+", "$1").split("\\s+")) {
          Matcher m =
              Pattern.compile("^(>=|>|<=|<|=|\\^|~)?v?(\\d+)((?:\\.[\\dxX*]+)*)$")
                  .matcher(comparator);
          if (!m.matches()) continue;
          String op = m.group(1) == null ? "" : m.group(1);
          if (op.startsWith("<")) continue;
          onlyUpperBounds = false;
          int major = Integer.parseInt(m.group(2));
          if (op.equals(">") && m.group(3).isEmpty()) major++;
          low = low == null ? major : Math.max(low, major);
        }
        if (onlyUpperBounds) low = null;
      }
      if (low != null) best = Math.min(best, low);
    }
    return best == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(best);
  }
}
