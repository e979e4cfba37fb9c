/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.rules;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The rules of a run: the built-in pack, packaged in the core jar, and any directories of custom
 * rules.
 */
public final class RuleSet {

  static final String BUILTIN = "io/gatelint/rules/builtin/";

  private final List<Rule> rules;

  private RuleSet(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public List<Rule> rules() {
    return rules;
  }

  /**
   * The built-in rules plus the rules of each directory; ids must be unique. Every expression
   * passes the guard here. A custom rule's expressions are compiled here too, so that a rule MVEL
   * refuses is reported with its file and line before any linting; a built-in rule's are compiled
   * on first use (the build's tests compile them all), so a run compiles only the rules its model
   * needs.
   */
  public static RuleSet load(List<Path> customDirs) {
    List<Rule> rules = new ArrayList<>(BuiltinRules.take());
    List<RuleFileException.Problem> problems = new ArrayList<>();
    List<Path> custom = customFiles(customDirs);
    // the loader (and SnakeYAML) only when there is a rule file to read
    RuleLoader loader = custom.isEmpty() ? null : new RuleLoader();
    for (Path p : custom) {
      try {
        rules.add(loader.loadCustom(p.toString(), RuleLoader.read(p)));
      } catch (RuleFileException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) throw new RuleFileException(problems);
    Map<String, Rule> byId = new HashMap<>();
    for (Rule r : rules) {
      Rule previous = byId.put(r.info().id(), r);
      if (previous != null) {
        throw new RuleFileException(
            r.file(), 1, "rule id " + r.info().id() + " is already defined by " + previous.file());
      }
    }
    rules.sort(Comparator.comparing(r -> r.info().id()));
    return new RuleSet(rules);
  }

  /**
   * Starts reading the built-in rules on a background thread, for the next {@link #load} of this
   * JVM to take (see {@link BuiltinRules}).
   */
  public static void startReadingBuiltin() {
    BuiltinRules.start();
  }

  /**
   * The rule files of each {@code --rules} argument: a directory's {@code *.yml} and {@code *.yaml}
   * files (not its subfolders, where per-rule fixtures live), or a single rule file named as such.
   */
  public static List<Path> customFiles(List<Path> customDirs) {
    List<Path> out = new ArrayList<>();
    for (Path dir : customDirs) {
      if (!Files.isDirectory(dir)) {
        if (!Files.exists(dir))
          throw new RuleFileException(dir.toString(), 0, "no such rule file or directory");
        if (!isRuleFile(dir))
          throw new RuleFileException(
              dir.toString(), 0, "not a rule file (.yml or .yaml) or a directory of rule files");
        out.add(dir);
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        out.addAll(files.filter(RuleSet::isRuleFile).sorted().toList());
      } catch (IOException e) {
        throw new RuleFileException(dir.toString(), 0, "cannot read: " + e.getMessage());
      }
    }
    return out;
  }

  private static boolean isRuleFile(Path p) {
    String n = p.getFileName().toString();
    // not only regular files: a device or FIFO named like a rule file is refused, not skipped
    return !Files.isDirectory(p) && (n.endsWith(".yml") || n.endsWith(".yaml"));
  }

  /**
   * File name → text of every built-in rule file, read from the class path (a directory or the
   * jar).
   */
  static Map<String, String> builtinSources() {
    Map<String, String> out = new java.util.TreeMap<>();
    ClassLoader cl = RuleSet.class.getClassLoader();
    try {
      Enumeration<URL> roots = cl.getResources(BUILTIN);
      while (roots.hasMoreElements()) {
        URL url = roots.nextElement();
        if (url.getProtocol().equals("jar")) {
          JarURLConnection c = (JarURLConnection) url.openConnection();
          c.setUseCaches(false);
          try (JarFile jar = c.getJarFile()) {
            for (JarEntry e : java.util.Collections.list(jar.entries())) {
              String n = e.getName();
              if (n.startsWith(BUILTIN) && n.endsWith(".yml") && !e.isDirectory()) {
                try (InputStream in = jar.getInputStream(e)) {
                  out.put(
                      "rules/" + n.substring(BUILTIN.length()),
                      new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
              }
            }
          }
        } else {
          Path dir = Path.of(url.toURI());
          try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(RuleSet::isRuleFile).toList()) {
              out.put("rules/" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8));
            }
          }
        }
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot read the built-in rules: " + e.getMessage(), e);
    }
    return out;
  }
}
