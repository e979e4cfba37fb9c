/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.config;

import io.gatelint.finding.Severity;
import io.gatelint.source.PathPatterns;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads {@code gatelint.yml} from its YAML node tree, which keeps the line of every key, so that
 * each mistake — an unknown key at any depth, a wrong type, a repeated key — is reported at its
 * line with the key's path ({@code ignore[0].resouce}) and, for a near miss, the key meant. The
 * keys and forms read here are the ones {@code docs/gatelint.schema.json} and the README document.
 */
final class ConfigReader {

  static final List<String> TOP =
      List.of(
          "include",
          "exclude",
          "failOn",
          "nodeVersion",
          "nginxVersion",
          "rules",
          "parameters",
          "services",
          "ignore",
          "ruleDirs",
          "baseline");
  static final List<String> RULE = List.of("enabled", "severity");
  static final List<String> SERVICE = List.of("name", "targetGroup", "proxy", "app");
  static final List<String> IGNORE = List.of("rule", "resource", "reason", "until");

  private final String name;
  private final Map<String, Integer> lines = new HashMap<>();

  private ConfigReader(String name) {
    this.name = name;
  }

  static Config read(Path file) {
    String name = file.toString();
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setMaxAliasesForCollections(10);
      options.setAllowDuplicateKeys(false);
      options.setCodePointLimit((int) BoundedFile.MAX_CONFIG_BYTES);
      root =
          new Yaml(new SafeConstructor(options))
              .compose(
                  new StringReader(
                      BoundedFile.read(file, BoundedFile.MAX_CONFIG_BYTES, "configuration file")));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
      throw new ConfigException(name + ":" + line + ": invalid YAML: " + e.getProblem());
    } catch (YAMLException e) {
      throw new ConfigException(name + ": cannot read: " + e.getMessage());
    }
    Optional<Path> baseDir = Optional.ofNullable(file.toAbsolutePath().normalize().getParent());
    if (root == null || isNull(root)) {
      return new Config(
          List.of(),
          List.of(),
          Optional.empty(),
          OptionalInt.empty(),
          Map.of(),
          Map.of(),
          List.of(),
          List.of(),
          List.of(),
          baseDir,
          Optional.empty(),
          Optional.of(file),
          Map.of(),
          Optional.empty());
    }
    return new ConfigReader(name).config(root, baseDir, file);
  }

  private Config config(Node root, Optional<Path> baseDir, Path file) {
    Map<String, Node> top = mapping(root, "", TOP);
    Optional<Severity> failOn = Optional.empty();
    if (top.containsKey("failOn")) {
      String v = scalar(top.get("failOn"), "failOn");
      failOn =
          v.equalsIgnoreCase("never")
              ? Optional.empty()
              : Optional.of(severity(top.get("failOn"), "failOn", v));
    }
    OptionalInt nodeVersion = OptionalInt.empty();
    if (top.containsKey("nodeVersion")) {
      Node n = top.get("nodeVersion");
      String v = scalar(n, "nodeVersion");
      if (!v.matches("\\d{1,3}")) {
        throw error(n, "nodeVersion", "must be a Node major version such as 22, not '" + v + "'");
      }
      nodeVersion = OptionalInt.of(Integer.parseInt(v));
    }
    Optional<String> nginxVersion = Optional.empty();
    if (top.containsKey("nginxVersion"))
      nginxVersion = Optional.of(nginxVersion(top.get("nginxVersion")));
    return new Config(
        globs(top.get("include"), "include"),
        globs(top.get("exclude"), "exclude"),
        failOn,
        nodeVersion,
        rules(top.get("rules")),
        parameters(top.get("parameters")),
        services(top.get("services")),
        ignores(top.get("ignore")),
        strings(top.get("ruleDirs"), "ruleDirs"),
        baseDir,
        nginxVersion,
        Optional.of(file),
        lines,
        top.containsKey("baseline")
            ? Optional.of(scalar(top.get("baseline"), "baseline"))
            : Optional.empty());
  }

  /**
   * A mapping's entries by key, each key's line recorded; a key not in {@code known} is refused.
   */
  private Map<String, Node> mapping(Node node, String path, List<String> known) {
    if (!(node instanceof MappingNode m)) {
      throw error(
          node,
          path.isEmpty() ? "(top level)" : path,
          "must be a mapping of " + String.join(", ", known));
    }
    Map<String, Node> out = new LinkedHashMap<>();
    for (NodeTuple t : m.getValue()) {
      String key = keyText(t.getKeyNode(), path);
      String full = path.isEmpty() ? key : path + "." + key;
      if (known != null && !known.contains(key)) {
        String hint =
            RuleNames.nearest(key, known)
                .map(s -> "did you mean '" + s + "'?")
                .orElse("known: " + String.join(", ", known));
        throw error(t.getKeyNode(), full, ": unknown key (" + hint + ")");
      }
      if (out.containsKey(key)) throw error(t.getKeyNode(), full, ": repeated key");
      lines.put(full, line(t.getKeyNode()));
      out.put(key, t.getValueNode());
    }
    return out;
  }

  private String keyText(Node key, String path) {
    if (!(key instanceof ScalarNode s)) throw error(key, path, ": a key must be plain text");
    return s.getValue();
  }

  private Map<String, Config.RuleSetting> rules(Node node) {
    Map<String, Config.RuleSetting> out = new LinkedHashMap<>();
    if (node == null || isNull(node)) return out;
    for (Map.Entry<String, Node> e : mapping(node, "rules", null).entrySet()) {
      String key = "rules." + e.getKey();
      Node v = e.getValue();
      if (v instanceof ScalarNode s) {
        String text = s.getValue().strip().toLowerCase(Locale.ROOT);
        switch (text) {
          case "off", "false" ->
              out.put(e.getKey(), new Config.RuleSetting(false, Optional.empty()));
          case "on", "true" -> out.put(e.getKey(), new Config.RuleSetting(true, Optional.empty()));
          default ->
              out.put(
                  e.getKey(),
                  new Config.RuleSetting(true, Optional.of(severity(v, key, s.getValue()))));
        }
      } else if (v instanceof MappingNode) {
        Map<String, Node> settings = mapping(v, key, RULE);
        boolean enabled = true;
        if (settings.containsKey("enabled")) {
          enabled = bool(settings.get("enabled"), key + ".enabled");
        }
        Optional<Severity> severity =
            settings.containsKey("severity")
                ? Optional.of(
                    severity(
                        settings.get("severity"),
                        key + ".severity",
                        scalar(settings.get("severity"), key + ".severity")))
                : Optional.empty();
        if (settings.isEmpty()) throw error(v, key, "needs 'enabled' or 'severity'");
        out.put(e.getKey(), new Config.RuleSetting(enabled, severity));
      } else {
        throw error(v, key, "must be off, on, a severity, or {enabled: …, severity: …}");
      }
    }
    return out;
  }

  private Map<String, String> parameters(Node node) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node == null || isNull(node)) return out;
    mapping(node, "parameters", null).forEach((k, v) -> out.put(k, scalar(v, "parameters." + k)));
    return out;
  }

  private List<Config.Service> services(Node node) {
    List<Config.Service> out = new ArrayList<>();
    if (node == null || isNull(node)) return out;
    List<Node> items = sequence(node, "services");
    for (int i = 0; i < items.size(); i++) {
      String key = "services[" + i + "]";
      lines.put(key, line(items.get(i)));
      Map<String, Node> m = mapping(items.get(i), key, SERVICE);
      if (!m.containsKey("targetGroup")) throw error(items.get(i), key, "needs 'targetGroup'");
      out.add(
          new Config.Service(
              text(m, "name", key),
              text(m, "targetGroup", key),
              text(m, "proxy", key),
              text(m, "app", key)));
    }
    return out;
  }

  private List<Config.Ignore> ignores(Node node) {
    List<Config.Ignore> out = new ArrayList<>();
    if (node == null || isNull(node)) return out;
    List<Node> items = sequence(node, "ignore");
    for (int i = 0; i < items.size(); i++) {
      String key = "ignore[" + i + "]";
      lines.put(key, line(items.get(i)));
      Map<String, Node> m = mapping(items.get(i), key, IGNORE);
      if (!m.containsKey("rule")) throw error(items.get(i), key, "needs 'rule'");
      Optional<LocalDate> until = Optional.empty();
      if (m.containsKey("until")) {
        String v = scalar(m.get("until"), key + ".until");
        try {
          until = Optional.of(LocalDate.parse(v.strip()));
        } catch (DateTimeParseException e) {
          throw error(m.get("until"), key + ".until", "must be a day such as 2027-03-31");
        }
      }
      out.add(
          new Config.Ignore(
              text(m, "rule", key),
              text(m, "resource", key),
              text(m, "reason", key),
              until,
              line(items.get(i))));
    }
    return out;
  }

  private String text(Map<String, Node> m, String key, String path) {
    Node n = m.get(key);
    return n == null || isNull(n) ? "" : scalar(n, path + "." + key);
  }

  /** A string or a list of strings. */
  private List<String> strings(Node node, String key) {
    if (node == null || isNull(node)) return List.of();
    if (node instanceof ScalarNode) return List.of(scalar(node, key));
    List<Node> items = sequence(node, key);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) out.add(scalar(items.get(i), key + "[" + i + "]"));
    return out;
  }

  /**
   * Globs, each compiled as file discovery will compile it (with {@code .gitignore} semantics, not
   * Java's glob syntax, which would refuse an unpaired brace git reads literally), so that a bad
   * one is a configuration error naming the key before any work rather than a failure in the middle
   * of the run.
   */
  private List<String> globs(Node node, String key) {
    List<String> globs = strings(node, key);
    for (String g : globs) {
      try {
        PathPatterns.of(List.of(g));
      } catch (PatternSyntaxException e) {
        throw error(
            node,
            key,
            ": invalid glob '"
                + g
                + "': "
                + e.getDescription()
                + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : ""));
      }
    }
    return globs;
  }

  private List<Node> sequence(Node node, String key) {
    if (!(node instanceof SequenceNode s)) throw error(node, key, "must be a list");
    return s.getValue();
  }

  private String scalar(Node node, String key) {
    if (!(node instanceof ScalarNode s)) throw error(node, key, "must be a single value");
    return s.getValue();
  }

  private boolean bool(Node node, String key) {
    String v = scalar(node, key).strip().toLowerCase(Locale.ROOT);
    if (v.equals("true")) return true;
    if (v.equals("false")) return false;
    throw error(node, key, "must be true or false, not '" + v + "'");
  }

  private Severity severity(Node node, String key, String v) {
    try {
      return Severity.parse(v);
    } catch (IllegalArgumentException e) {
      throw error(node, key, ": " + e.getMessage());
    }
  }

  /** An nginx version as {@code nginx -v} prints it: {@code 1.30}, {@code 1.29.8}. */
  private String nginxVersion(Node node) {
    String v = scalar(node, "nginxVersion").strip();
    if (node instanceof ScalarNode s && !s.getTag().equals(Tag.STR) && s.isPlain()) {
      // YAML reads 1.30 as the number 1.3: the version must be text
      throw error(
          node,
          "nginxVersion",
          "must be quoted text such as \"1.30\" (YAML reads "
              + (v.matches("\\d+\\.\\d+") ? String.valueOf(Double.parseDouble(v)) : v)
              + " as a number)");
    }
    if (!v.matches("\\d+\\.\\d+(\\.\\d+)?")) {
      throw error(
          node, "nginxVersion", "must be a version such as 1.30 or 1.29.8, not '" + v + "'");
    }
    return v;
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
  }

  private static int line(Node node) {
    return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
  }

  private ConfigException error(Node node, String key, String problem) {
    // "'key': problem" where the problem is a sentence of its own, else "'key' must be …"
    return new ConfigException(
        name
            + ":"
            + line(node)
            + ": '"
            + key
            + "'"
            + (problem.startsWith(":") ? "" : " ")
            + problem);
  }
}
