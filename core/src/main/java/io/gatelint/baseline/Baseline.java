/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatelint.config.BoundedFile;
import io.gatelint.config.ConfigException;
import io.gatelint.finding.Finding;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The findings a repository already had when it adopted gatelint. A run with a baseline reports
 * them as suppressed ("baseline") and fails only on new ones; a finding that occurs twice in the
 * baseline covers two occurrences.
 *
 * <p>Format 2 (docs/baseline.md) records each finding by its rule, its file relative to the
 * baseline's anchor — the repository root (the nearest folder holding {@code .git} above the
 * baseline file), else the baseline file's folder — its resource, and its message with every {@code
 * file:line} reference replaced by {@code @}. The same baseline therefore gives the same answer
 * whichever folder gatelint runs from, and regenerating it after edits that only move lines changes
 * nothing. Format 1 files (a hash over working-directory-relative paths) are still read and matched
 * as before.
 */
public final class Baseline {

  static final int FORMAT = 2;

  /**
   * A location a message quotes: a path-like token followed by a line and maybe a column, as the
   * rules write them ({@code deploy/nginx/nginx.conf:10}, {@code app/server.js:13:5}).
   */
  private static final Pattern LOCATION =
      Pattern.compile("(?<![\\w/.\\\\-])[\\w./\\\\+@~-]*[\\w]:\\d+(?::\\d+)?(?![\\w])");

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path file;
  private final Path anchor;
  private final int version;
  private final Map<String, Integer> counts;

  /** Each format 2 entry by its key: which file it names. */
  private final Map<String, Entry> entries;

  /** Which files (absolute) were linted: entries for other files are neither stale nor dropped. */
  private final Predicate<Path> linted;

  private Baseline(
      Path file,
      Path anchor,
      int version,
      Map<String, Integer> counts,
      Map<String, Entry> entries,
      Predicate<Path> linted) {
    this.file = file;
    this.anchor = anchor;
    this.version = version;
    this.counts = counts;
    this.entries = entries;
    this.linted = linted;
  }

  /**
   * What applying a baseline did: the findings, how many it hid, how many entries for linted files
   * went unused, and the entries for files this run did not lint, which an update keeps as they
   * are.
   */
  public record Applied(
      List<Finding> findings, int hidden, int stale, Path file, List<Entry> carried) {

    public Applied(List<Finding> findings, int hidden, int stale, Path file) {
      this(findings, hidden, stale, file, List.of());
    }
  }

  /**
   * The same baseline limited to a run that linted only some files (a subfolder, or one file): an
   * entry whose file the run did not read cannot have occurred, so it is neither counted as no
   * longer occurring nor dropped by an update. Format 1 entries do not name their file and stay
   * counted.
   *
   * @param linted whether a file (absolute, normalized) was among the run's inputs
   */
  public Baseline within(Predicate<Path> linted) {
    return new Baseline(file, anchor, version, counts, entries, linted);
  }

  /**
   * The folder a baseline file's paths are relative to: the repository root (the nearest folder
   * holding {@code .git}, a folder or a worktree's file) above it, else its own folder.
   */
  public static Path anchor(Path baselineFile) {
    Path dir = baselineFile.toAbsolutePath().normalize().getParent();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.exists(d.resolve(".git"))) return d;
    }
    return dir;
  }

  /**
   * Writes findings as a format 2 baseline that will live at {@code baselineFile}: their paths,
   * relative to {@code root} as findings carry them, are rewritten relative to the file's anchor.
   * Entries are sorted, so that a regenerated baseline differs only where findings did.
   */
  public static void write(List<Finding> findings, Path root, Path baselineFile, Writer out)
      throws IOException {
    write(findings, List.of(), root, baselineFile, out);
  }

  /**
   * Writes findings and entries kept from an earlier baseline of the same file (those for files the
   * run did not lint, {@link Applied#carried()}).
   */
  public static void write(
      List<Finding> findings, List<Entry> carried, Path root, Path baselineFile, Writer out)
      throws IOException {
    Path anchor = anchor(baselineFile);
    List<Entry> entries = new ArrayList<>(carried);
    for (Finding f : findings) entries.add(Entry.of(f, root, anchor));
    entries.sort(
        Comparator.comparing(Entry::file)
            .thenComparing(Entry::rule)
            .thenComparing(Entry::resource)
            .thenComparing(Entry::message));
    ObjectNode root2 = MAPPER.createObjectNode();
    root2.put("version", FORMAT);
    root2.put("tool", "gatelint");
    ArrayNode list = root2.putArray("findings");
    for (Entry e : entries) {
      ObjectNode n = list.addObject();
      n.put("rule", e.rule());
      n.put("file", e.file());
      if (!e.resource().isEmpty()) n.put("resource", e.resource());
      n.put("message", e.message());
    }
    MAPPER.writeValue(
        new java.io.FilterWriter(out) {
          @Override
          public void close() throws IOException {
            flush();
          }
        },
        root2);
    out.write("\n");
  }

  /** Reads a baseline file; an unreadable or malformed one is a configuration error (exit 2). */
  public static Baseline load(Path file) {
    JsonNode root;
    String text = BoundedFile.read(file, BoundedFile.MAX_BASELINE_BYTES, "baseline");
    try {
      root = MAPPER.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new ConfigException(
          file + ": not a gatelint baseline: invalid JSON (" + e.getOriginalMessage() + ")");
    }
    if (root == null || !root.path("findings").isArray()) throw notABaseline(file);
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Entry> entries = new HashMap<>();
    Path anchor = anchor(file);
    if (root.has("gatelintBaseline")) {
      for (JsonNode f : root.get("findings"))
        counts.merge(f.path("fingerprint").asText(), 1, Integer::sum);
      return new Baseline(file, anchor, 1, counts, Map.of(), p -> true);
    }
    if (root.path("version").asInt() != FORMAT) {
      if (!root.has("version")) throw notABaseline(file);
      throw new ConfigException(
          file
              + ": baseline format "
              + root.get("version")
              + " is not known to this gatelint (it reads formats 1 and "
              + FORMAT
              + ")");
    }
    int i = 0;
    for (JsonNode f : root.get("findings")) {
      for (String key : List.of("rule", "file", "message")) {
        if (!f.path(key).isTextual()) {
          throw new ConfigException(
              file + ": findings[" + i + "]: '" + key + "' is missing or not a string");
        }
      }
      Entry e =
          new Entry(
              f.get("rule").asText(),
              f.get("file").asText(),
              f.path("resource").asText(""),
              f.get("message").asText());
      counts.merge(e.key(), 1, Integer::sum);
      entries.put(e.key(), e);
      i++;
    }
    return new Baseline(file, anchor, FORMAT, counts, entries, p -> true);
  }

  private static ConfigException notABaseline(Path file) {
    return new ConfigException(
        file + ": not a gatelint baseline (write one with 'gatelint baseline --output FILE')");
  }

  /**
   * The findings with those already in the baseline marked suppressed; new ones stay as they are.
   * {@code root} is the folder the findings' paths are relative to.
   */
  public Applied apply(List<Finding> findings, Path root) {
    Map<String, Integer> left = new HashMap<>(counts);
    List<Finding> out = new ArrayList<>();
    int hidden = 0;
    for (Finding f : findings) {
      String key = f.isSuppressed() ? null : key(f, root);
      Integer n = key == null ? null : left.get(key);
      if (n != null && n > 0) {
        left.put(key, n - 1);
        hidden++;
        out.add(f.suppressed(new Finding.Suppression("baseline", f.location(), "in the baseline")));
      } else {
        out.add(f);
      }
    }
    int stale = 0;
    List<Entry> carried = new ArrayList<>();
    for (Map.Entry<String, Integer> e : left.entrySet()) {
      Entry entry = entries.get(e.getKey());
      if (entry == null || linted.test(entry.path(anchor))) {
        stale += e.getValue();
      } else {
        for (int n = 0; n < e.getValue(); n++) carried.add(entry);
      }
    }
    return new Applied(out, hidden, stale, file, List.copyOf(carried));
  }

  private String key(Finding f, Path root) {
    return version == 1 ? f.fingerprint() : Entry.of(f, root, anchor).key();
  }

  /** The message without the locations it quotes: they change whenever lines move. */
  static String stableMessage(String message) {
    return LOCATION.matcher(message).replaceAll("@");
  }

  /** One recorded finding, as format 2 writes it. */
  public record Entry(String rule, String file, String resource, String message) {
    static Entry of(Finding f, Path root, Path anchor) {
      return new Entry(
          f.ruleId(),
          relative(f.location().file(), root, anchor),
          f.resource(),
          stableMessage(f.message()));
    }

    String key() {
      return rule + "|" + file + "|" + resource + "|" + message;
    }

    /** The file the entry names, absolute (its path is relative to the anchor unless absolute). */
    Path path(Path anchor) {
      return anchor.resolve(file).toAbsolutePath().normalize();
    }
  }

  /** A finding's path (relative to the lint root, or absolute) made relative to the anchor. */
  static String relative(String path, Path root, Path anchor) {
    Path p = Path.of(path);
    Path abs = (p.isAbsolute() ? p : root.resolve(p)).toAbsolutePath().normalize();
    Path rel = abs.startsWith(anchor) ? anchor.relativize(abs) : abs;
    return rel.toString().replace('\\', '/');
  }
}
