/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.cfn;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.gatelint.model.Location;
import io.gatelint.model.Problem;
import io.gatelint.parse.FileBudget;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads YAML (through SnakeYAML's node graph, which keeps short-form tags and marks) and JSON
 * (through Jackson's streaming parser, which accepts escapes YAML rejects) into {@link Node} trees.
 * Duplicate keys are reported, not fatal; hostile input — alias bombs, deep nesting, oversized
 * documents — becomes a {@link Problem} instead of an exception or a hang.
 */
final class TemplateReader {

  /** Nesting deeper than this is rejected: no real template comes near it. */
  static final int MAX_DEPTH = 200;

  /**
   * Node count after alias expansion: guards against alias bombs within SnakeYAML's alias limit.
   */
  static final int MAX_NODES = 2_000_000;

  private final String file;
  private final List<Problem> problems;
  private int nodes;

  TemplateReader(String file, List<Problem> problems) {
    this.file = file;
    this.problems = problems;
  }

  /** Thrown inside the reader when the document cannot be read at all. */
  static final class ReadException extends Exception {
    final Location location;

    ReadException(Location location, String message) {
      super(message);
      this.location = location;
    }
  }

  Node readJson(String text) throws ReadException {
    JsonFactory factory = JsonFactory.builder().build();
    try (JsonParser p = factory.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null)
        throw new ReadException(Location.of(file, 1, 1), "the file holds no JSON value");
      Node root = readJsonValue(p, 0);
      JsonToken rest = p.nextToken();
      if (rest != null) {
        throw new ReadException(
            at(p.currentTokenLocation()), "unexpected content after the end of the JSON document");
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      String msg = e.getOriginalMessage();
      throw new ReadException(
          l == null ? Location.of(file, 1, 1) : at(l), "invalid JSON: " + firstLine(msg));
    } catch (IOException e) {
      throw new ReadException(Location.of(file, 1, 1), "cannot read: " + e.getMessage());
    }
  }

  private Node readJsonValue(JsonParser p, int depth) throws IOException, ReadException {
    Location loc = at(p.currentTokenLocation());
    count(loc, depth);
    switch (p.currentToken()) {
      case START_OBJECT:
        {
          Map<String, Node.Entry> entries = new LinkedHashMap<>();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            Location keyLoc = at(p.currentTokenLocation());
            p.nextToken();
            Node value = readJsonValue(p, depth + 1);
            put(entries, key, keyLoc, value);
          }
          return new Node.MapNode(entries, loc);
        }
      case START_ARRAY:
        {
          List<Node> items = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) items.add(readJsonValue(p, depth + 1));
          return new Node.ListNode(items, loc);
        }
      case VALUE_STRING:
        return new Node.Scalar(p.getText(), loc);
      case VALUE_NUMBER_INT:
        return new Node.Scalar(p.getNumberValue(), loc);
      case VALUE_NUMBER_FLOAT:
        return new Node.Scalar(p.getDoubleValue(), loc);
      case VALUE_TRUE:
        return new Node.Scalar(Boolean.TRUE, loc);
      case VALUE_FALSE:
        return new Node.Scalar(Boolean.FALSE, loc);
      default:
        return new Node.Scalar(null, loc);
    }
  }

  private Location at(JsonLocation l) {
    return Location.of(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
  }

  /**
   * SnakeYAML's implicit tags for plain scalars (int, float, bool, null...), built once: it only
   * reads its tables once built, so the files read in parallel share it.
   */
  private static final org.yaml.snakeyaml.resolver.Resolver YAML_TAGS =
      new org.yaml.snakeyaml.resolver.Resolver();

  Node readYaml(String text) throws ReadException {
    refuseLongWord(text);
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(50);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(32 * 1024 * 1024);
    options.setAllowDuplicateKeys(true);
    try {
      // what Yaml.compose does, without building a Yaml (its constructor and representer) per file
      org.yaml.snakeyaml.nodes.Node root =
          new Composer(
                  new ParserImpl(new StreamReader(new java.io.StringReader(text)), options),
                  YAML_TAGS,
                  options)
              .getSingleNode();
      if (root == null)
        throw new ReadException(Location.of(file, 1, 1), "the file is empty: no YAML document");
      return convert(root, 0, new IdentityHashMap<>());
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      if (unclosed(e)) {
        // an unclosed construct: the place it opens is where the fix goes, not the end of the file
        // or the later line where the parser happened to give up
        m = e.getContextMark();
      }
      Location loc =
          m == null
              ? Location.of(file, 1, 1)
              : Location.of(file, m.getLine() + 1, m.getColumn() + 1);
      String what = e.getProblem() != null ? e.getProblem() : firstLine(e.getMessage());
      String ctx = e.getContext() != null ? " (" + e.getContext() + ")" : "";
      throw new ReadException(loc, "invalid YAML: " + what + ctx);
    } catch (YAMLException e) {
      throw new ReadException(
          Location.of(file, 1, 1), "invalid YAML: " + firstLine(e.getMessage()));
    }
  }

  /** See {@link FileBudget#MAX_YAML_WORD_CHARS}: checked in one pass before SnakeYAML reads. */
  private void refuseLongWord(String text) throws ReadException {
    int line = 1;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') line++;
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        run = 0;
      } else if (++run > FileBudget.MAX_YAML_WORD_CHARS) {
        throw new ReadException(
            Location.of(file, line, 1),
            "a value with more than "
                + FileBudget.MAX_YAML_WORD_CHARS
                + " characters without a blank or line break; the file is not linted");
      }
    }
  }

  /**
   * A flow collection or quoted scalar that is never closed: SnakeYAML stops somewhere after its
   * opening.
   */
  private static boolean unclosed(MarkedYAMLException e) {
    if (e.getContextMark() == null || e.getProblem() == null) return false;
    if (e.getProblem().contains("<stream end>")) return true;
    return e.getContext() != null
        && e.getContext().startsWith("while parsing a flow")
        && e.getProblem().startsWith("expected ','");
  }

  private Node convert(
      org.yaml.snakeyaml.nodes.Node n, int depth, IdentityHashMap<Object, Boolean> path)
      throws ReadException {
    Location loc = mark(n.getStartMark());
    count(loc, depth);
    if (path.containsKey(n)) throw new ReadException(loc, "recursive YAML alias");
    String shortForm = shortForm(n.getTag());
    Node plain;
    path.put(n, Boolean.TRUE);
    try {
      if (n instanceof MappingNode m) {
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
          org.yaml.snakeyaml.nodes.Node k = t.getKeyNode();
          Location keyLoc = mark(k.getStartMark());
          if (k instanceof ScalarNode ks && ks.getTag().equals(Tag.MERGE)) {
            // "<<: *anchor": merge the referenced mapping's entries that are not already present
            Node merged = convert(t.getValueNode(), depth + 1, path);
            if (merged instanceof Node.MapNode mm) mm.entries().forEach(entries::putIfAbsent);
            continue;
          }
          String key = k instanceof ScalarNode ks ? ks.getValue() : "<complex key>";
          put(entries, key, keyLoc, convert(t.getValueNode(), depth + 1, path));
        }
        plain = new Node.MapNode(entries, loc);
      } else if (n instanceof SequenceNode s) {
        List<Node> items = new ArrayList<>();
        for (org.yaml.snakeyaml.nodes.Node item : s.getValue())
          items.add(convert(item, depth + 1, path));
        plain = new Node.ListNode(items, loc);
      } else {
        ScalarNode s = (ScalarNode) n;
        // an alias repeats its anchor's text: a file may build only so much beyond itself
        FileBudget.expand(s.getValue().length());
        plain = new Node.Scalar(shortForm != null ? s.getValue() : scalar(s), loc);
      }
    } finally {
      path.remove(n);
    }
    if (shortForm == null) return plain;
    if (shortForm.equals("Fn::GetAtt") && plain instanceof Node.Scalar s) {
      // !GetAtt A.B is the string form; keep it, the resolver splits it
      return intrinsic(shortForm, s, loc);
    }
    return intrinsic(shortForm, plain, loc);
  }

  private static Node intrinsic(String name, Node arg, Location loc) {
    Map<String, Node.Entry> m = new LinkedHashMap<>();
    m.put(name, new Node.Entry(loc, arg));
    return new Node.MapNode(m, loc);
  }

  /**
   * {@code !Ref} → {@code Ref}, {@code !GetAtt} → {@code Fn::GetAtt}, {@code !Condition} → {@code
   * Condition}.
   */
  private static String shortForm(Tag tag) {
    if (tag == null || !tag.getValue().startsWith("!") || tag.getValue().startsWith("!!"))
      return null;
    String name = tag.getValue().substring(1);
    if (name.equals("Ref") || name.equals("Condition")) return name;
    return "Fn::" + name;
  }

  private static Object scalar(ScalarNode s) {
    Tag tag = s.getTag();
    String v = s.getValue();
    try {
      if (tag.equals(Tag.INT)) return Long.decode(v.replace("_", "").replaceFirst("^\\+", ""));
      if (tag.equals(Tag.FLOAT)) return Double.parseDouble(v.replace("_", ""));
    } catch (NumberFormatException e) {
      return v;
    }
    if (tag.equals(Tag.BOOL)) {
      String l = v.toLowerCase(java.util.Locale.ROOT);
      return l.equals("true") || l.equals("yes") || l.equals("on") || l.equals("y");
    }
    if (tag.equals(Tag.NULL)) return null;
    return v;
  }

  private void put(Map<String, Node.Entry> entries, String key, Location keyLoc, Node value) {
    Node.Entry previous = entries.put(key, new Node.Entry(keyLoc, value));
    if (previous != null) {
      // CloudFormation and the AWS CLI keep the last value; cfn-lint refuses the file (rule GL005)
      problems.add(
          new Problem(
              keyLoc,
              "key '"
                  + key
                  + "' is written twice in one mapping: at line "
                  + previous.keyLocation().line()
                  + " and again at line "
                  + keyLoc.line()
                  + "; CloudFormation uses the last value (line "
                  + keyLoc.line()
                  + ") and ignores the earlier one, and cfn-lint rejects the file (E0000)",
              previous.keyLocation()));
    }
  }

  private void count(Location loc, int depth) throws ReadException {
    if (depth > MAX_DEPTH)
      throw new ReadException(loc, "nesting deeper than " + MAX_DEPTH + " levels");
    if ((++nodes & 0xfff) == 0) FileBudget.check();
    if (nodes > MAX_NODES) {
      throw new ReadException(
          loc, "the document expands to more than " + MAX_NODES + " nodes (a YAML alias bomb?)");
    }
  }

  private Location mark(Mark m) {
    return m == null
        ? Location.of(file, 1, 1)
        : Location.of(file, m.getLine() + 1, m.getColumn() + 1);
  }

  private static String firstLine(String s) {
    if (s == null) return "unreadable";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
