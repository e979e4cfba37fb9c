/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.config;

import io.gatelint.finding.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The contents of {@code gatelint.yml}: what to include and exclude, the failure threshold, the
 * Node version to assume, per-rule switches and severities, CloudFormation parameter values,
 * explicit service links, and ignored findings.
 *
 * <p>{@code baseDir} is the directory of the file the settings came from: the paths in {@code
 * services:} and {@code ruleDirs} are relative to it. Empty for settings that come from no file;
 * then those paths are relative to the lint root.
 */
public record Config(
    List<String> include,
    List<String> exclude,
    Optional<Severity> failOn,
    OptionalInt nodeVersion,
    Map<String, RuleSetting> rules,
    Map<String, String> parameters,
    List<Service> services,
    List<Ignore> ignore,
    List<String> ruleDirs,
    Optional<Path> baseDir,
    Optional<String> nginxVersion) {

  public Config {
    baseDir = baseDir.map(d -> d.toAbsolutePath().normalize());
  }

  /** Settings without an nginx version. */
  public Config(
      List<String> include,
      List<String> exclude,
      Optional<Severity> failOn,
      OptionalInt nodeVersion,
      Map<String, RuleSetting> rules,
      Map<String, String> parameters,
      List<Service> services,
      List<Ignore> ignore,
      List<String> ruleDirs,
      Optional<Path> baseDir) {
    this(
        include,
        exclude,
        failOn,
        nodeVersion,
        rules,
        parameters,
        services,
        ignore,
        ruleDirs,
        baseDir,
        Optional.empty());
  }

  /** Settings that come from no file: relative paths in them are relative to the lint root. */
  public Config(
      List<String> include,
      List<String> exclude,
      Optional<Severity> failOn,
      OptionalInt nodeVersion,
      Map<String, RuleSetting> rules,
      Map<String, String> parameters,
      List<Service> services,
      List<Ignore> ignore,
      List<String> ruleDirs) {
    this(
        include,
        exclude,
        failOn,
        nodeVersion,
        rules,
        parameters,
        services,
        ignore,
        ruleDirs,
        Optional.empty());
  }

  /**
   * The same settings without their {@code ruleDirs}: rule folders a repository's configuration
   * names are code from that repository, and a run on an untrusted change refuses them.
   */
  public Config withoutRuleDirs() {
    return new Config(
        include,
        exclude,
        failOn,
        nodeVersion,
        rules,
        parameters,
        services,
        ignore,
        List.of(),
        baseDir);
  }

  /**
   * A path written in the settings ({@code services:}, {@code ruleDirs}), resolved against their
   * file's directory, else the root.
   */
  public Path resolve(String path, Path root) {
    return baseDir.orElse(root).resolve(path).toAbsolutePath().normalize();
  }

  /** A rule turned off, or given another severity. */
  public record RuleSetting(boolean enabled, Optional<Severity> severity) {}

  /** An explicit link: this target group is answered by this proxy and/or app. */
  public record Service(String name, String targetGroup, String proxy, String app) {}

  /** Findings of a rule on a resource that are accepted, with the reason. */
  public record Ignore(String rule, String resource, String reason) {}

  private static final Set<String> KEYS =
      Set.of(
          "include",
          "exclude",
          "failOn",
          "nodeVersion",
          "nginxVersion",
          "rules",
          "parameters",
          "services",
          "ignore",
          "ruleDirs");

  public static Config empty() {
    return new Config(
        List.of(),
        List.of(),
        Optional.empty(),
        OptionalInt.empty(),
        Map.of(),
        Map.of(),
        List.of(),
        List.of(),
        List.of());
  }

  public static Config load(Path file) {
    String name = file.toString();
    Object root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setMaxAliasesForCollections(10);
      options.setAllowDuplicateKeys(false);
      options.setCodePointLimit((int) BoundedFile.MAX_CONFIG_BYTES);
      root =
          new Yaml(new SafeConstructor(options))
              .load(BoundedFile.read(file, BoundedFile.MAX_CONFIG_BYTES, "configuration file"));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
      throw new ConfigException(name + ":" + line + ": invalid YAML: " + e.getProblem());
    } catch (YAMLException e) {
      throw new ConfigException(name + ": cannot read: " + e.getMessage());
    }
    Optional<Path> baseDir = Optional.ofNullable(file.toAbsolutePath().normalize().getParent());
    if (root == null) return empty();
    if (!(root instanceof Map<?, ?> map))
      throw new ConfigException(name + ":1: expected a mapping of settings");
    for (Object k : map.keySet()) {
      if (!KEYS.contains(String.valueOf(k))) {
        throw new ConfigException(
            name
                + ": unknown setting '"
                + k
                + "' (known: "
                + String.join(", ", new java.util.TreeSet<>(KEYS))
                + ")");
      }
    }
    try {
      return new Config(
          globs(map.get("include"), "include"),
          globs(map.get("exclude"), "exclude"),
          Optional.ofNullable(map.get("failOn")).map(v -> failOn(String.valueOf(v))),
          map.get("nodeVersion") == null
              ? OptionalInt.empty()
              : OptionalInt.of(integer(map.get("nodeVersion"), "nodeVersion")),
          rules(map.get("rules")),
          parameters(map.get("parameters")),
          services(map.get("services")),
          ignores(map.get("ignore")),
          strings(map.get("ruleDirs"), "ruleDirs"),
          baseDir,
          Optional.ofNullable(map.get("nginxVersion")).map(Config::nginxVersion));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(name + ": " + e.getMessage());
    }
  }

  /** An nginx version as {@code nginx -v} prints it: {@code 1.30}, {@code 1.29.8}. */
  private static String nginxVersion(Object o) {
    if (o instanceof Number) {
      // YAML reads 1.30 as the number 1.3: the version must be text
      throw new IllegalArgumentException(
          "'nginxVersion' must be quoted text such as \"1.30\" (YAML reads " + o + " as a number)");
    }
    String v = String.valueOf(o).trim();
    if (!v.matches("\\d+\\.\\d+(\\.\\d+)?")) {
      throw new IllegalArgumentException(
          "'nginxVersion' must be a version such as 1.30 or 1.29.8, not '" + o + "'");
    }
    return v;
  }

  /** {@code never} means no threshold: empty. */
  private static Severity failOn(String v) {
    return v.equalsIgnoreCase("never") ? null : Severity.parse(v);
  }

  private static List<String> strings(Object o, String key) {
    if (o == null) return List.of();
    if (o instanceof List<?> l) return l.stream().map(String::valueOf).toList();
    if (o instanceof String s) return List.of(s);
    throw new IllegalArgumentException("'" + key + "' must be a list of strings");
  }

  /**
   * Globs, each checked as file discovery will compile it, so that a bad one is a configuration
   * error naming the key before any work rather than a failure in the middle of the run.
   */
  private static List<String> globs(Object o, String key) {
    List<String> globs = strings(o, key);
    for (String g : globs) {
      try {
        java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + g);
      } catch (java.util.regex.PatternSyntaxException e) {
        throw new IllegalArgumentException(
            "'"
                + key
                + "': invalid glob '"
                + g
                + "': "
                + e.getDescription()
                + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : ""));
      }
    }
    return globs;
  }

  private static int integer(Object o, String key) {
    try {
      return Integer.parseInt(String.valueOf(o).trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + key + "' must be a whole number, not '" + o + "'");
    }
  }

  private static Map<String, RuleSetting> rules(Object o) {
    Map<String, RuleSetting> out = new LinkedHashMap<>();
    if (o == null) return out;
    if (!(o instanceof Map<?, ?> m))
      throw new IllegalArgumentException("'rules' must map rule ids to off or {severity: …}");
    m.forEach(
        (k, v) -> {
          String id = String.valueOf(k);
          if (v instanceof Boolean b) {
            out.put(id, new RuleSetting(b, Optional.empty()));
          } else if (v instanceof String s
              && (s.equalsIgnoreCase("off") || s.equalsIgnoreCase("on"))) {
            out.put(id, new RuleSetting(s.equalsIgnoreCase("on"), Optional.empty()));
          } else if (v instanceof String s) {
            out.put(id, new RuleSetting(true, Optional.of(Severity.parse(s))));
          } else if (v instanceof Map<?, ?> settings && settings.get("severity") != null) {
            out.put(
                id,
                new RuleSetting(
                    !Boolean.FALSE.equals(settings.get("enabled")),
                    Optional.of(Severity.parse(String.valueOf(settings.get("severity"))))));
          } else {
            throw new IllegalArgumentException(
                "rules." + id + ": expected off, on, a severity or {severity: …}");
          }
        });
    return out;
  }

  private static Map<String, String> parameters(Object o) {
    Map<String, String> out = new LinkedHashMap<>();
    if (o == null) return out;
    if (!(o instanceof Map<?, ?> m))
      throw new IllegalArgumentException("'parameters' must map names to values");
    m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
    return out;
  }

  private static List<Service> services(Object o) {
    List<Service> out = new ArrayList<>();
    if (o == null) return out;
    if (!(o instanceof List<?> l)) throw new IllegalArgumentException("'services' must be a list");
    for (Object item : l) {
      if (!(item instanceof Map<?, ?> m) || m.get("targetGroup") == null) {
        throw new IllegalArgumentException("each service needs at least 'targetGroup'");
      }
      out.add(
          new Service(
              str(m.get("name")),
              str(m.get("targetGroup")),
              str(m.get("proxy")),
              str(m.get("app"))));
    }
    return out;
  }

  private static List<Ignore> ignores(Object o) {
    List<Ignore> out = new ArrayList<>();
    if (o == null) return out;
    if (!(o instanceof List<?> l)) throw new IllegalArgumentException("'ignore' must be a list");
    for (Object item : l) {
      if (!(item instanceof Map<?, ?> m) || m.get("rule") == null) {
        throw new IllegalArgumentException(
            "each ignore entry needs 'rule' (and 'resource', 'reason')");
      }
      out.add(new Ignore(str(m.get("rule")), str(m.get("resource")), str(m.get("reason"))));
    }
    return out;
  }

  private static String str(Object o) {
    return o == null ? "" : String.valueOf(o);
  }
}
