/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.rules;

import io.gatelint.finding.RuleInfo;
import io.gatelint.finding.Severity;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The built-in rules as the build read them, in a compact binary form packaged beside their files:
 * the build reads the rule files once ({@link #main}, run by the core module's build after
 * compiling) and every run reads this instead. On a cold JVM, finding the 26 files in the jar and
 * reading them with SnakeYAML took 100-125 ms of CPU time, more than a one-template lint's parsing,
 * linking and rules together; this takes a few milliseconds. The rules are the same objects either
 * way ({@code RuleIndexTest} compares them field by field), and a class path without the index (a
 * build that skipped this step) reads the files.
 */
final class RuleIndex {

  /** Where the index is, as a class-path resource. */
  static final String RESOURCE = "io/gatelint/rules/builtin.index";

  /** Raised when the layout below changes; an index of another version is not read. */
  private static final int VERSION = 1;

  private static final int MAGIC = 0x676c7269; // "glri"

  private RuleIndex() {}

  /** Writes the built-in rules, read from their files, to the file named by the one argument. */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    Files.createDirectories(out.getParent());
    try (OutputStream o = Files.newOutputStream(out)) {
      write(BuiltinRules.readFiles(), o);
    }
  }

  /** The packaged index's rules; null when there is none or it was written by another version. */
  static List<Rule> readPackaged() {
    URL url = RuleIndex.class.getClassLoader().getResource(RESOURCE);
    if (url == null) return null;
    try {
      if (url.getProtocol().equals("file") && olderThanTheRuleFiles(Path.of(url.toURI())))
        return null;
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
    try (InputStream in = url.openStream()) {
      return read(in);
    } catch (IOException | ClassNotFoundException | RuntimeException e) {
      return null; // the rule files are the truth: read them instead
    }
  }

  /**
   * Whether a rule file beside the index (in a classes folder, not a jar) was changed after the
   * index was written: an IDE copies an edited rule file without running the build step that writes
   * the index, and the stale index would hide the edit. In a jar both come from one build.
   */
  static boolean olderThanTheRuleFiles(Path index) {
    try (Stream<Path> files = Files.list(index.resolveSibling("builtin"))) {
      FileTime written = Files.getLastModifiedTime(index);
      return files.anyMatch(f -> modified(f).compareTo(written) > 0);
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return FileTime.fromMillis(Long.MAX_VALUE); // unreadable: do not trust the index
    }
  }

  static void write(List<Rule> rules, OutputStream out) throws IOException {
    DataOutputStream o = new DataOutputStream(new BufferedOutputStream(out));
    o.writeInt(MAGIC);
    o.writeInt(VERSION);
    list(rules, RuleIndex::rule, o);
    o.flush();
  }

  static List<Rule> read(InputStream in) throws IOException, ClassNotFoundException {
    DataInputStream i = new DataInputStream(new BufferedInputStream(in));
    if (i.readInt() != MAGIC || i.readInt() != VERSION) return null;
    return list(i, RuleIndex::rule);
  }

  private static void rule(Rule r, DataOutputStream o) throws IOException {
    info(r.info(), o);
    string(r.file(), o);
    string(r.variable(), o);
    expression(r.select(), o);
    list(r.when(), RuleIndex::expression, o);
    list(r.whenText(), RuleIndex::string, o);
    expression(r.at(), o);
    message(r.message(), o);
    list(
        r.related(),
        (s, out) -> {
          expression(s.at(), out);
          message(s.message(), out);
        },
        o);
    expression(r.resource(), o);
    expression(r.errorWhen(), o);
    expression(r.onlyWhen(), o);
    message(r.fix(), o);
  }

  private static Rule rule(DataInputStream i) throws IOException, ClassNotFoundException {
    RuleInfo info = info(i);
    String file = string(i);
    String variable = string(i);
    Expression select = expression(i);
    List<Expression> when = list(i, RuleIndex::expression);
    List<String> whenText = list(i, RuleIndex::string);
    Expression at = expression(i);
    Rule.Message message = message(i);
    List<Rule.RelatedSpec> related =
        list(i, in -> new Rule.RelatedSpec(expression(in), message(in)));
    return new Rule(
        info,
        file,
        variable,
        select,
        when,
        whenText,
        at,
        message,
        related,
        expression(i),
        expression(i),
        expression(i),
        message(i));
  }

  private static void info(RuleInfo r, DataOutputStream o) throws IOException {
    string(r.id(), o);
    string(r.name(), o);
    string(r.severity().name(), o);
    string(r.category(), o);
    string(r.title(), o);
    string(r.description(), o);
    string(r.remediation(), o);
    string(r.helpUri(), o);
    list(r.facts(), (f, out) -> strings(out, f.claim(), f.source(), f.url()), o);
    string(r.since(), o);
    list(r.examples(), (e, out) -> strings(out, e.format(), e.bad(), e.good()), o);
  }

  private static RuleInfo info(DataInputStream i) throws IOException, ClassNotFoundException {
    String id = string(i);
    String name = string(i);
    Severity severity = Severity.valueOf(string(i));
    String category = string(i);
    String title = string(i);
    String description = string(i);
    String remediation = string(i);
    String helpUri = string(i);
    List<RuleInfo.Fact> facts =
        list(i, in -> new RuleInfo.Fact(string(in), string(in), string(in)));
    String since = string(i);
    List<RuleInfo.Example> examples =
        list(i, in -> new RuleInfo.Example(string(in), string(in), string(in)));
    return new RuleInfo(
        id,
        name,
        severity,
        category,
        title,
        description,
        remediation,
        helpUri,
        facts,
        since,
        examples);
  }

  private static void message(Rule.Message m, DataOutputStream o) throws IOException {
    o.writeBoolean(m != null);
    if (m == null) return;
    list(m.literals(), RuleIndex::string, o);
    list(m.expressions(), RuleIndex::expression, o);
  }

  private static Rule.Message message(DataInputStream i)
      throws IOException, ClassNotFoundException {
    if (!i.readBoolean()) return null;
    List<String> literals = list(i, RuleIndex::string);
    return new Rule.Message(literals, list(i, RuleIndex::expression));
  }

  private static void expression(Expression e, DataOutputStream o) throws IOException {
    o.writeBoolean(e != null);
    if (e == null) return;
    string(e.file(), o);
    o.writeInt(e.line());
    string(e.text(), o);
    o.writeInt(e.inputs().size());
    // by name: the loader's map may be a Map.of, whose order changes from one JVM to the next
    for (Map.Entry<String, Class<?>> in : new TreeMap<>(e.inputs()).entrySet()) {
      string(in.getKey(), o);
      string(in.getValue().getName(), o);
    }
  }

  private static Expression expression(DataInputStream i)
      throws IOException, ClassNotFoundException {
    if (!i.readBoolean()) return null;
    String file = string(i);
    int line = i.readInt();
    String text = string(i);
    int n = i.readInt();
    Map<String, Class<?>> inputs = new LinkedHashMap<>();
    for (int k = 0; k < n; k++)
      inputs.put(string(i), Class.forName(string(i), false, RuleIndex.class.getClassLoader()));
    return new Expression(file, line, text, inputs);
  }

  /** How one item of a list is written. */
  private interface Put<T> {
    void put(T item, DataOutputStream o) throws IOException;
  }

  /** How one item of a list is read. */
  private interface Take<T> {
    T take(DataInputStream i) throws IOException, ClassNotFoundException;
  }

  /** A list: its size, then each item. */
  private static <T> void list(List<T> items, Put<T> put, DataOutputStream o) throws IOException {
    o.writeInt(items.size());
    for (T item : items) put.put(item, o);
  }

  /** A list as {@link #list(List, Put, DataOutputStream)} writes it, unmodifiable. */
  private static <T> List<T> list(DataInputStream i, Take<T> take)
      throws IOException, ClassNotFoundException {
    int n = i.readInt();
    List<T> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) out.add(take.take(i));
    return List.copyOf(out);
  }

  private static void strings(DataOutputStream o, String... strings) throws IOException {
    for (String s : strings) string(s, o);
  }

  /** A string of any length, or null (DataOutput's own UTF form stops at 64 KB). */
  private static void string(String s, DataOutputStream o) throws IOException {
    if (s == null) {
      o.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    o.writeInt(b.length);
    o.write(b);
  }

  private static String string(DataInputStream i) throws IOException {
    int n = i.readInt();
    if (n < 0) return null;
    return new String(i.readNBytes(n), StandardCharsets.UTF_8);
  }
}
