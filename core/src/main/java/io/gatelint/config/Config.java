/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.config;

import io.gatelint.finding.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The contents of {@code gatelint.yml}: what to include and exclude, the failure threshold, the
 * Node version to assume, per-rule switches and severities, CloudFormation parameter values,
 * explicit service links, and ignored findings.
 *
 * <p>{@code baseline} is the baseline file named by {@code baseline:}, relative to {@code baseDir}.
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
    Optional<String> nginxVersion,
    Optional<Path> file,
    Map<String, Integer> lines,
    Optional<String> baseline) {

  public Config {
    baseDir = baseDir.map(d -> d.toAbsolutePath().normalize());
    file = file.map(f -> f.toAbsolutePath().normalize());
    lines = Map.copyOf(lines);
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
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Map.of(),
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
        baseDir,
        nginxVersion,
        file,
        lines,
        baseline);
  }

  /** The same settings without {@code baseline:}: for writing a new baseline from every finding. */
  public Config withoutBaseline() {
    return new Config(
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
        nginxVersion,
        file,
        lines,
        Optional.empty());
  }

  /**
   * The same settings with every rule named by id or name in {@code rules:} and {@code ignore}
   * resolved to its id, so that later steps compare ids only.
   *
   * @throws ConfigException naming the file, line and key, for a rule that does not run
   */
  public Config withRules(List<io.gatelint.finding.RuleInfo> known) {
    RuleNames names = new RuleNames(known);
    Map<String, RuleSetting> resolvedRules = new LinkedHashMap<>();
    rules.forEach((k, v) -> resolvedRules.put(resolve(names, k, "rules." + k), v));
    List<Ignore> resolvedIgnores = new ArrayList<>();
    for (int i = 0; i < ignore.size(); i++) {
      Ignore g = ignore.get(i);
      resolvedIgnores.add(
          new Ignore(
              resolve(names, g.rule(), "ignore[" + i + "].rule"),
              g.resource(),
              g.reason(),
              g.until(),
              g.line()));
    }
    return new Config(
        include,
        exclude,
        failOn,
        nodeVersion,
        resolvedRules,
        parameters,
        services,
        resolvedIgnores,
        ruleDirs,
        baseDir,
        nginxVersion,
        file,
        lines,
        baseline);
  }

  private String resolve(RuleNames names, String written, String key) {
    Optional<String> id = names.id(written);
    if (id.isPresent()) return id.get();
    throw new ConfigException(
        where(key)
            + ": '"
            + key
            + "': no rule '"
            + written
            + "'"
            + names.suggestion(written).map(s -> " (did you mean " + s + "?)").orElse("")
            + "; 'gatelint rules' lists them");
  }

  /** {@code file:line} of a key, as far as known: for messages. */
  public String where(String key) {
    String name = file.map(Path::toString).orElse("configuration");
    Integer line = lines.get(key);
    return line == null ? name : name + ":" + line;
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

  /**
   * Findings of a rule on a resource that are accepted, with the reason, until a day if given.
   *
   * @param line the entry's line in the configuration file; 0 when it comes from no file
   */
  public record Ignore(
      String rule, String resource, String reason, Optional<LocalDate> until, int line) {
    public Ignore(String rule, String resource, String reason) {
      this(rule, resource, reason, Optional.empty(), 0);
    }
  }

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

  /**
   * Reads a configuration file strictly: an unknown key at any depth, a value of the wrong type or
   * a repeated key is a {@link ConfigException} naming the file, line and key, with a "did you
   * mean" for a near miss. Rule ids and names are checked against the rules that run by {@link
   * #withRules}.
   */
  public static Config load(Path file) {
    return ConfigReader.read(file);
  }
}
