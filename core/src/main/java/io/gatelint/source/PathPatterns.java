/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * An ordered list of globs with {@code .gitignore} semantics (https://git-scm.com/docs/gitignore,
 * "PATTERN FORMAT"), matched against paths relative to the list's folder with forward slashes: a
 * pattern without a slash but at its end matches a name at any depth; one with a slash at the start
 * or in the middle is anchored to the folder; {@code *} and {@code ?} never cross a slash; {@code
 * **} spans any number of folders; a trailing slash matches folders only; a leading {@code !}
 * re-includes what an earlier pattern left out, and the last pattern that matches decides. A path
 * whose parent folder is matched is matched too, and, as in git, a negation cannot bring back a
 * path whose folder is left out.
 */
public final class PathPatterns {

  private record Rule(Pattern regex, boolean negated, boolean folderOnly) {
    boolean matches(String path, boolean folder) {
      return (folder || !folderOnly) && regex.matcher(path).matches();
    }
  }

  private final List<Rule> rules;

  /**
   * What the patterns decided about each folder a path went through: every file of a folder asks
   * again about the same parent folders, each with every pattern (about a tenth of a lint of 10,000
   * generated stacks before).
   */
  private final Map<String, Boolean> folders = new ConcurrentHashMap<>();

  private PathPatterns(List<Rule> rules) {
    this.rules = rules;
  }

  /**
   * Compiles the globs; blank lines and {@code #} comments are skipped as in a {@code .gitignore}.
   *
   * @throws PatternSyntaxException for a glob that cannot be read (an unclosed {@code [})
   */
  public static PathPatterns of(List<String> globs) {
    List<Rule> rules = new ArrayList<>();
    for (String g : globs) {
      Rule r = rule(g);
      if (r != null) rules.add(r);
    }
    return new PathPatterns(List.copyOf(rules));
  }

  public boolean isEmpty() {
    return rules.isEmpty();
  }

  /**
   * Whether the path is matched, as a {@code .gitignore} decides whether it is ignored: the path,
   * or one of its parent folders.
   *
   * @param path relative to the patterns' folder, forward slashes, no leading slash
   * @param folder whether the path names a folder
   */
  public boolean matches(String path, boolean folder) {
    return matches(path, folder, 0);
  }

  /**
   * Whether the path is matched, leaving aside its first {@code named} characters' folders: a
   * folder named on the command line is read even where a pattern leaves it out.
   */
  public boolean matches(String path, boolean folder, int named) {
    // the folder itself is never matched: its patterns speak of what is in it
    if (path.isEmpty() || path.equals(".")) return false;
    int from = 0;
    for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', from)) {
      if (slash > named && folders.computeIfAbsent(path.substring(0, slash), this::decideFolder))
        return true;
      from = slash + 1;
    }
    return decide(path, folder);
  }

  private boolean decideFolder(String path) {
    return decide(path, true);
  }

  /** The last matching pattern decides about this path alone. */
  private boolean decide(String path, boolean folder) {
    boolean matched = false;
    for (Rule r : rules) if (r.matches(path, folder)) matched = !r.negated();
    return matched;
  }

  private static Rule rule(String glob) {
    String g = glob;
    // trailing spaces are ignored unless escaped
    while (g.endsWith(" ") && !g.endsWith("\\ ")) g = g.substring(0, g.length() - 1);
    if (g.isEmpty() || g.startsWith("#")) return null;
    boolean negated = g.startsWith("!");
    if (negated) g = g.substring(1);
    else if (g.startsWith("\\!") || g.startsWith("\\#")) g = g.substring(1);
    boolean folderOnly = g.endsWith("/") && !g.endsWith("\\/");
    while (g.endsWith("/") && g.length() > 1) g = g.substring(0, g.length() - 1);
    boolean anchored = g.indexOf('/') >= 0;
    if (g.startsWith("/")) g = g.substring(1);
    if (g.isEmpty()) return null;
    StringBuilder re = new StringBuilder(anchored ? "" : "(?:.*/)?");
    String[] segments = g.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      boolean last = i == segments.length - 1;
      if (segments[i].equals("**")) {
        re.append(last ? ".*" : "(?:.*/)?");
      } else {
        segment(segments[i], re, glob);
        if (!last) re.append('/');
      }
    }
    return new Rule(Pattern.compile(re.toString()), negated, folderOnly);
  }

  /** One path segment: wildcards stay within it. */
  private static void segment(String s, StringBuilder re, String glob) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '*' -> {
          // "Other consecutive asterisks are considered regular asterisks"
          while (i + 1 < s.length() && s.charAt(i + 1) == '*') i++;
          re.append("[^/]*");
        }
        case '?' -> re.append("[^/]");
        case '\\' -> {
          if (i + 1 < s.length()) re.append(Pattern.quote(String.valueOf(s.charAt(++i))));
        }
        case '[' -> {
          int end = s.indexOf(']', i + 2);
          if (end < 0) throw new PatternSyntaxException("unclosed [", glob, glob.indexOf(s) + i);
          String body = s.substring(i + 1, end);
          if (body.startsWith("!")) body = "^" + body.substring(1);
          re.append('[').append(body.replace("\\", "\\\\").replace("[", "\\[")).append(']');
          i = end;
        }
        default -> re.append(Pattern.quote(String.valueOf(c)));
      }
    }
  }
}
