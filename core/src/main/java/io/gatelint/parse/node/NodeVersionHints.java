package io.gatelint.parse.node;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.gatelint.model.Location;
import io.gatelint.model.Origin;
import io.gatelint.model.Problem;
import io.gatelint.model.Value;
import io.gatelint.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Node major a project runs on, from the hints around its sources. From a source file's folder
 * upward, the nearest hint of each kind counts, and the kinds are asked in this order: package.json
 * {@code engines.node} (a range means its lowest admitted major), {@code .nvmrc}, {@code
 * .node-version}, Dockerfile {@code FROM node:NN} (last stage); then the config's {@code
 * nodeVersion}; then the current LTS. A hint that names no major ({@code lts/*}, {@code node},
 * {@code latest}) is passed over.
 */
final class NodeVersionHints {

  /** Active LTS on 2026-11-25 (Node 26 entered Active LTS on 2026-10-28). */
  static final int CURRENT_LTS = 26;

  static final Map<String, Integer> LTS_CODENAMES =
      Map.ofEntries(
          Map.entry("argon", 4),
          Map.entry("boron", 6),
          Map.entry("carbon", 8),
          Map.entry("dubnium", 10),
          Map.entry("erbium", 12),
          Map.entry("fermium", 14),
          Map.entry("gallium", 16),
          Map.entry("hydrogen", 18),
          Map.entry("iron", 20),
          Map.entry("jod", 22),
          Map.entry("krypton", 24));

  private static final long MAX_BYTES = 1 << 20;

  /** A major found in a file. */
  record Hint(int major, Location at, String note) {}

  private final OptionalInt configured;
  private final Consumer<Problem> problems;

  /** folder → the hint of each kind found there (absent when none or unreadable) */
  private final Map<String, Hint> engines = new HashMap<>();

  private final Map<String, Hint> nvmrc = new HashMap<>();
  private final Map<String, Hint> nodeVersion = new HashMap<>();
  private final Map<String, Hint> dockerfile = new HashMap<>();
  private final Map<String, String> packageJsonDirs = new TreeMap<>();

  NodeVersionHints(
      List<SourceFile> projectFiles, OptionalInt configured, Consumer<Problem> problems) {
    this.configured = configured;
    this.problems = problems;
    // Dockerfile wins over Dockerfile.prod etc. in the same folder: read the plain one last
    List<SourceFile> sorted =
        projectFiles.stream()
            .sorted(
                (a, b) ->
                    Boolean.compare(name(a).equals("Dockerfile"), name(b).equals("Dockerfile")))
            .toList();
    for (SourceFile f : sorted) read(f);
  }

  /** The folder of the nearest package.json at or above the folder, or null. */
  String projectDir(String folder) {
    for (String dir = folder; dir != null; dir = parent(dir)) {
      if (packageJsonDirs.containsKey(dir)) return dir;
    }
    return null;
  }

  /** The Node major for sources in the folder, with where it came from. */
  Value<Object> majorFor(String folder, Location appliesTo) {
    for (Map<String, Hint> kind : List.of(engines, nvmrc, nodeVersion, dockerfile)) {
      for (String dir = folder; dir != null; dir = parent(dir)) {
        Hint h = kind.get(dir);
        if (h != null) return Value.of(h.major, new Origin(Origin.Kind.EXPLICIT, h.at, h.note));
      }
    }
    if (configured.isPresent()) {
      return Value.of(
          configured.getAsInt(),
          Origin.parameter(
              appliesTo,
              "nodeVersion " + configured.getAsInt() + " from the gatelint configuration"));
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
    String text;
    try {
      if (Files.size(f.path()) > MAX_BYTES) {
        problems.accept(
            new Problem(
                Location.file(f.relativePath()), "file too large to read as a Node project file"));
        return;
      }
      text = new String(Files.readAllBytes(f.path()), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      problems.accept(
          new Problem(Location.file(f.relativePath()), "cannot read file: " + e.getMessage()));
      return;
    }
    if (name.equals("package.json")) {
      packageJsonDirs.put(folder, f.relativePath());
      readPackageJson(f.relativePath(), text, folder);
    } else if (name.equals(".nvmrc") || name.equals(".node-version")) {
      Hint h = readVersionFile(f.relativePath(), text, name);
      if (h != null) (name.equals(".nvmrc") ? nvmrc : nodeVersion).put(folder, h);
    } else if (name.startsWith("Dockerfile")
        || name.endsWith(".Dockerfile")
        || name.endsWith(".dockerfile")) {
      Hint h = readDockerfile(f.relativePath(), text);
      if (h != null) dockerfile.put(folder, h);
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

  private static final Pattern FROM =
      Pattern.compile(
          "^FROM\\s++(?:--\\S++\\s++)*+(\\S+)(?:\\s+AS\\s+(\\S+))?\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ARG =
      Pattern.compile("^ARG\\s+([A-Za-z_][A-Za-z0-9_]*)=(\\S+)\\s*$", Pattern.CASE_INSENSITIVE);

  /** The Node major of the last stage's base image. */
  static Hint readDockerfile(String file, String text) {
    String[] raw = text.split("\r?\n", -1);
    Map<String, String> args = new HashMap<>();
    Map<String, Hint> stages = new HashMap<>();
    Hint last = null;
    boolean sawFrom = false;
    StringBuilder logical = new StringBuilder();
    int startLine = 0;
    for (int i = 0; i < raw.length; i++) {
      String line = raw[i];
      if (logical.length() == 0) {
        if (line.trim().startsWith("#")) continue;
        startLine = i + 1;
      }
      if (line.endsWith("\\")) {
        logical.append(line, 0, line.length() - 1).append(' ');
        continue;
      }
      logical.append(line);
      String instruction = logical.toString().trim();
      logical.setLength(0);
      Matcher arg = ARG.matcher(instruction);
      if (arg.matches() && !sawFrom) {
        args.put(arg.group(1), arg.group(2).replaceAll("^[\"']|[\"']$", ""));
        continue;
      }
      Matcher from = FROM.matcher(instruction);
      if (!from.matches()) continue;
      sawFrom = true;
      String image = substitute(from.group(1), args);
      Hint h = stages.get(image.toLowerCase(Locale.ROOT));
      if (h == null) h = imageMajor(image, Location.of(file, startLine, 1));
      last = h;
      if (from.group(2) != null && h != null) stages.put(from.group(2).toLowerCase(Locale.ROOT), h);
    }
    return last;
  }

  private static String substitute(String s, Map<String, String> args) {
    Matcher m = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}?").matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String v = args.getOrDefault(m.group(1), m.group(2) == null ? "" : m.group(2));
      m.appendReplacement(b, Matcher.quoteReplacement(v));
    }
    m.appendTail(b);
    return b.toString();
  }

  /**
   * {@code node:20-alpine}, {@code public.ecr.aws/lambda/nodejs:20}, {@code node:iron-slim} → the
   * major.
   */
  private static Hint imageMajor(String image, Location at) {
    String ref = image.replaceAll("@sha256:.*$", "");
    int colon = ref.lastIndexOf(':');
    if (colon < 0 || colon < ref.lastIndexOf('/')) return null;
    String repo = ref.substring(0, colon);
    String tag = ref.substring(colon + 1).toLowerCase(Locale.ROOT);
    String last = repo.substring(repo.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (!last.equals("node") && !last.equals("nodejs")) return null;
    Matcher digits = Pattern.compile("^v?(\\d+)").matcher(tag);
    Integer major = null;
    if (digits.find()) {
      major = Integer.parseInt(digits.group(1));
    } else {
      String word = tag.split("-")[0];
      major = LTS_CODENAMES.get(word);
    }
    return major == null
        ? null
        : new Hint(major, at, "Dockerfile FROM " + image + " → Node " + major);
  }
}
