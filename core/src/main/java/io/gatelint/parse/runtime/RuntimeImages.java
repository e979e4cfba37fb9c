/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.runtime;

import io.gatelint.model.DockerBuild;
import io.gatelint.model.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Dockerfile runs: the runtime and version of its last stage's base image, and a {@code
 * CMD}/{@code ENTRYPOINT} that starts another runtime on it ({@code CMD bun index.js}). One reader
 * for the Node parser (the Node major of a server) and the nginx parser (the nginx version of a
 * configuration), so both read an image reference the same way. Folder by folder, the nearest
 * Dockerfile at or above a source whose image is of the wanted runtime counts.
 */
public final class RuntimeImages {

  /** The runtime an image (or its command) starts. */
  public enum Runtime {
    NODE,
    NGINX,
    BUN,
    DENO,
    OTHER;

    /** Runtimes that can run JavaScript but are not Node: their servers are not Node servers. */
    public boolean runsJavaScriptButNotNode() {
      return this == BUN || this == DENO;
    }
  }

  /**
   * The Node line the Docker official image's {@code lts} tags point at today: Node 26 entered
   * Active LTS on 2026-10-28 (Node.js release schedule, as quoted in the domain reference's
   * "Node.js HTTP servers" section).
   */
  public static final int NODE_LTS = 26;

  /**
   * The newest Node release line known (the release schedule lists none after 26, released
   * 2026-05-05): what {@code node:current}, {@code node:latest} and an untagged {@code node} run.
   */
  public static final int NODE_CURRENT = 26;

  /**
   * The nginx stable line on 2026-11-27 (1.30.0, 2026-04-14, nginx CHANGES-1.30): what {@code
   * nginx:stable*} runs.
   */
  public static final String NGINX_STABLE = "1.30";

  /**
   * The nginx mainline line on 2026-11-27: 1.31.x (release tarballs nginx-1.31.1 … 1.31.6 are
   * referenced in public repositories; the nginx.org download page was not reached). What {@code
   * nginx:mainline*}, {@code nginx:latest}, {@code nginx:alpine}, {@code nginx:perl} and an
   * untagged {@code nginx} run. Every 1.31.x is after 1.29.7, which is all the rules ask.
   */
  public static final String NGINX_MAINLINE = "1.31";

  /** Node LTS codenames as image tags and version files use them. */
  public static final Map<String, Integer> NODE_CODENAMES =
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

  /**
   * A runtime a Dockerfile runs.
   *
   * @param runtime what the image (or the command) starts
   * @param version the version the tag names: a Node major ({@code 24}), an nginx version ({@code
   *     1.30}, {@code 1.29.8}); null when the tag names none
   * @param at the FROM (or CMD) line
   * @param note how it was read, e.g. {@code Dockerfile FROM node:24-alpine → Node 24}
   */
  public record RuntimeImage(Runtime runtime, String version, Location at, String note) {}

  private final Map<String, RuntimeImage> byFolder = new HashMap<>();
  private final List<DockerBuild> builds = new ArrayList<>();

  /** Reads each Dockerfile given as (relative path, text); the plain {@code Dockerfile} wins. */
  public void read(String relativePath, String text) {
    String folder = folderOf(relativePath);
    String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
    builds.add(build(relativePath, text));
    RuntimeImage image = readDockerfile(relativePath, text);
    if (image == null) return;
    if (byFolder.containsKey(folder) && !name.equals("Dockerfile")) return;
    byFolder.put(folder, image);
  }

  /** The Dockerfiles read, each with what it runs. */
  public List<DockerBuild> builds() {
    return List.copyOf(builds);
  }

  private static final Pattern NGINX_COPY =
      Pattern.compile(
          "^(?:COPY|ADD)\\s+(?:--\\S+\\s+)*(\\S+)\\s+/etc/nginx/\\S*\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD = Pattern.compile("\"([^\"]*)\"|(\\S+)");

  /**
   * What a Dockerfile runs: the file its last {@code CMD}/{@code ENTRYPOINT} hands to {@code node}
   * ({@code CMD ["node","server.js"]}, {@code CMD node dist/index.js}), an {@code npm start}, or
   * the nginx configuration it copies under {@code /etc/nginx/}.
   */
  static DockerBuild build(String file, String text) {
    String folder = folderOf(file);
    String runs = "";
    String runsFile = null;
    String nginxConf = null;
    for (String instruction : text.replace("\\\r\n", " ").replace("\\\n", " ").split("\r?\n")) {
      String line = instruction.trim();
      Matcher copy = NGINX_COPY.matcher(line);
      if (copy.matches() && copy.group(1).endsWith(".conf") && nginxConf == null) {
        nginxConf = copy.group(1).replaceFirst("^\\./", "");
        continue;
      }
      Matcher command = COMMAND.matcher(line);
      if (!command.matches()) continue;
      List<String> words = new ArrayList<>();
      Matcher w = WORD.matcher(command.group(1).replaceAll("[\\[\\],]", " "));
      while (w.find()) words.add(w.group(1) != null ? w.group(1) : w.group(2));
      int node = words.indexOf("node");
      if (node >= 0) {
        String entry =
            words.subList(node + 1, words.size()).stream()
                .filter(x -> !x.startsWith("-"))
                .findFirst()
                .orElse(null);
        if (entry != null && entry.matches("[\\w./-]+\\.[cm]?js")) {
          runs = entry.replaceFirst("^\\./", "");
          runsFile = folder.isEmpty() ? runs : folder + "/" + runs;
        }
      } else if (words.size() >= 2
          && (words.get(0).equals("npm") || words.get(0).equals("yarn"))
          && words.contains("start")) {
        runs = words.get(0) + " start";
        runsFile = null;
      }
    }
    if (runs.isEmpty() && nginxConf != null) {
      runs = nginxConf;
      runsFile = folder.isEmpty() ? nginxConf : folder + "/" + nginxConf;
    }
    return new DockerBuild(file, folder, runs, runsFile);
  }

  /** True for the names Dockerfiles go by. */
  public static boolean isDockerfile(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.equals("dockerfile")
        || lower.startsWith("dockerfile.")
        || lower.endsWith(".dockerfile");
  }

  /** The image of the nearest Dockerfile at or above the folder that the filter accepts. */
  public Optional<RuntimeImage> nearest(String folder, Predicate<RuntimeImage> wanted) {
    for (String dir = folder; dir != null; dir = parent(dir)) {
      RuntimeImage image = byFolder.get(dir);
      if (image != null && wanted.test(image)) return Optional.of(image);
    }
    return Optional.empty();
  }

  public static String folderOf(String relativePath) {
    int slash = relativePath.lastIndexOf('/');
    return slash < 0 ? "" : relativePath.substring(0, slash);
  }

  private static String parent(String dir) {
    return dir.isEmpty() ? null : folderOf(dir);
  }

  private static final Pattern FROM =
      Pattern.compile(
          "^FROM\\s+(?:--\\S+\\s+)*(\\S+)(?:\\s+AS\\s+(\\S+))?\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ARG =
      Pattern.compile("^ARG\\s+([A-Za-z_][A-Za-z0-9_]*)=(\\S+)\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern COMMAND =
      Pattern.compile("^(?:CMD|ENTRYPOINT)\\s+(.*)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern OTHER_JS_RUNTIME =
      Pattern.compile("^\\[?\\s*\"?(?:\\S*/)?(bun|bunx|deno)\"?(?:[\\s,\\]]|$)");

  /** The runtime of the last stage: its base image, or another runtime its command starts. */
  static RuntimeImage readDockerfile(String file, String text) {
    String[] raw = text.split("\r?\n", -1);
    Map<String, String> args = new HashMap<>();
    Map<String, RuntimeImage> stages = new HashMap<>();
    RuntimeImage last = null;
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
      Matcher command = COMMAND.matcher(instruction);
      if (command.matches() && last != null) {
        Matcher other = OTHER_JS_RUNTIME.matcher(command.group(1).trim());
        if (other.find()) {
          String runtime = other.group(1).toLowerCase(Locale.ROOT);
          last =
              new RuntimeImage(
                  runtime.startsWith("bun") ? Runtime.BUN : Runtime.DENO,
                  null,
                  Location.of(file, startLine, 1),
                  "Dockerfile " + instruction + " runs " + runtime + ", not Node");
        }
        continue;
      }
      Matcher from = FROM.matcher(instruction);
      if (!from.matches()) continue;
      sawFrom = true;
      String image = substitute(from.group(1), args);
      RuntimeImage h = stages.get(image.toLowerCase(Locale.ROOT));
      if (h == null) h = image(image, Location.of(file, startLine, 1));
      last = h;
      if (from.group(2) != null) stages.put(from.group(2).toLowerCase(Locale.ROOT), h);
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

  /** What an image reference runs. */
  static RuntimeImage image(String image, Location at) {
    String ref = image.replaceAll("@sha256:.*$", "");
    int colon = ref.lastIndexOf(':');
    boolean tagged = colon >= 0 && colon > ref.lastIndexOf('/');
    String repo = (tagged ? ref.substring(0, colon) : ref).toLowerCase(Locale.ROOT);
    String tag = tagged ? ref.substring(colon + 1).toLowerCase(Locale.ROOT) : "";
    String name = repo.substring(repo.lastIndexOf('/') + 1);
    String from = "Dockerfile FROM " + image;
    // distroless names the major in the repository: gcr.io/distroless/nodejs22-debian12
    Matcher distroless = Pattern.compile("^nodejs(\\d+)(?:-.*)?$").matcher(name);
    if (distroless.matches()) {
      return node(Integer.parseInt(distroless.group(1)), at, from, "");
    }
    if (name.equals("node") || name.equals("nodejs") || name.startsWith("aws-lambda-nodejs")) {
      return nodeTag(tag, at, from);
    }
    if (name.equals("nginx") || name.equals("nginx-unprivileged")) return nginxTag(tag, at, from);
    if (name.equals("bun")) return new RuntimeImage(Runtime.BUN, null, at, from + " runs Bun");
    if (name.equals("deno")) return new RuntimeImage(Runtime.DENO, null, at, from + " runs Deno");
    return new RuntimeImage(Runtime.OTHER, null, at, from);
  }

  private static RuntimeImage nodeTag(String tag, Location at, String from) {
    Matcher digits = Pattern.compile("^v?(\\d+)").matcher(tag);
    if (digits.find()) return node(Integer.parseInt(digits.group(1)), at, from, "");
    String word = tag.split("-")[0];
    Integer codename = NODE_CODENAMES.get(word);
    if (codename != null) return node(codename, at, from, "");
    if (word.equals("lts")) {
      return node(NODE_LTS, at, from, " (the Active LTS line on 2026-11-27)");
    }
    if (tag.isEmpty()
        || word.equals("current")
        || word.equals("latest")
        || word.equals("alpine")
        || word.equals("slim")
        || word.equals("bookworm")
        || word.equals("bullseye")
        || word.equals("trixie")) {
      return node(NODE_CURRENT, at, from, " (the newest release line on 2026-11-27)");
    }
    return new RuntimeImage(Runtime.NODE, null, at, from + " (no Node version in the tag)");
  }

  private static RuntimeImage node(int major, Location at, String from, String why) {
    return new RuntimeImage(
        Runtime.NODE, String.valueOf(major), at, from + " → Node " + major + why);
  }

  private static RuntimeImage nginxTag(String tag, Location at, String from) {
    Matcher version = Pattern.compile("^(\\d+\\.\\d+(?:\\.\\d+)?)").matcher(tag);
    if (version.find()) {
      return new RuntimeImage(
          Runtime.NGINX, version.group(1), at, from + " → nginx " + version.group(1));
    }
    String word = tag.split("-")[0];
    if (word.equals("stable")) {
      return new RuntimeImage(
          Runtime.NGINX,
          NGINX_STABLE,
          at,
          from + " → nginx " + NGINX_STABLE + " (the stable line on 2026-11-27)");
    }
    if (List.of("", "mainline", "latest", "alpine", "perl", "bookworm", "trixie", "otel")
        .contains(word)) {
      return new RuntimeImage(
          Runtime.NGINX,
          NGINX_MAINLINE,
          at,
          from + " → nginx " + NGINX_MAINLINE + " (the mainline line on 2026-11-27)");
    }
    return new RuntimeImage(Runtime.NGINX, null, at, from + " (no nginx version in the tag)");
  }
}
