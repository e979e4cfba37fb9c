/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.source;

import java.util.List;
import java.util.Set;

/**
 * The cheap textual pre-check that decides whether a JavaScript or TypeScript source could hold a
 * server or a Lambda handler, before any syntax tree is built: browser assets, vendored libraries,
 * bundles, minified and generated files are left out and listed with the reason by {@code
 * --list-files}. It lives in discovery so that the parser only ever sees plausible server files.
 */
public final class ServerCandidate {

  private ServerCandidate() {}

  /** Folders that hold browser assets, build output or third-party copies, not servers. */
  private static final Set<String> ASSET_FOLDERS =
      Set.of("public", "static", "dist", "build", "vendor", "assets", "bower_components");

  /**
   * A hand-written server entrypoint is a few hundred lines; a source larger than this is a library
   * copy or generated code (vue.js 2.6 unminified is 340 KB), and reading its tree is what costs
   * seconds.
   */
  public static final long MAX_SOURCE_BYTES = 256L * 1024;

  /**
   * What bundlers write at the top of their output: the UMD wrapper's AMD test (Rollup, the classic
   * library build) and webpack's module loader. A server never carries either.
   */
  private static final List<String> BUNDLE_MARKERS =
      List.of("typeof define === 'function' && define.amd", "__webpack_require__");

  /** A line this long is minified or generated; no developer writes a server so. */
  public static final int MAX_LINE_CHARS = 1000;

  /**
   * What a server or a handler file shows in its text, checked before the syntax tree is built: a
   * {@code listen(} call, {@code createServer}, a framework's factory or import, or what a Lambda
   * handler is known by (a name with "handler", or a first parameter {@code event}, as the Node
   * parser's handler scanner reads them). Everything else — models, utilities, browser code — holds
   * nothing the scanners would find, and building its tree is where the time goes.
   */
  private static final List<String> SERVER_MARKERS =
      List.of(
          ".listen(",
          "createServer",
          "createSecureServer",
          "astify(",
          "NestFactory",
          "Hapi.server",
          "'http'",
          "\"http\"",
          "'https'",
          "\"https\"",
          "'http2'",
          "\"http2\"",
          "node:http",
          "'express'",
          "\"express\"",
          "'koa'",
          "\"koa\"",
          "@hapi/hapi",
          "@nestjs/core",
          "andler",
          "(event");

  /** {@code .listen (} with spaces, {@code ( event}: the markers above written loosely. */
  private static final java.util.regex.Pattern LOOSE_MARKER =
      java.util.regex.Pattern.compile("\\.listen\\s+\\(|\\(\\s+event\\b");

  /**
   * Why a source is not read as a possible server or handler, or null when it is. Each test is a
   * name, a folder, the file's size or a plain search of its head: none costs more than one pass
   * over {@value Discovery#HEAD_BYTES} characters, so the pre-check itself stays far below the
   * per-file budget, and what it lets through is what the scanners are written for.
   */
  public static String whyNot(FileHead head) {
    String lower = head.lowerName();
    if (lower.matches(".*[.-]min\\.[cm]?js$")) return "minified script (*.min.js): not a server";
    if (lower.matches(".*[.-](bundle|chunk)\\.[cm]?js$")
        || lower.matches(".*\\.[0-9a-f]{8,}\\.[cm]?js$")) {
      return "bundled script: not a server";
    }
    for (String folder : head.folders()) {
      if (ASSET_FOLDERS.contains(folder)) {
        return "in a "
            + folder
            + "/ folder (browser assets, build output or vendored code): not a server";
      }
    }
    if (head.size() > MAX_SOURCE_BYTES) {
      return "larger than "
          + MAX_SOURCE_BYTES / 1024
          + " KB (generated or bundled code): not a server";
    }
    String text = head.text();
    if (text == null) return null;
    int lineStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i - lineStart > MAX_LINE_CHARS) {
          return "a line longer than "
              + MAX_LINE_CHARS
              + " characters (minified or generated): not a server";
        }
        lineStart = i + 1;
      }
    }
    if (text.contains("sourceMappingURL=data:"))
      return "bundled script with an inline source map: not a server";
    for (String marker : BUNDLE_MARKERS) {
      if (text.contains(marker)) return "bundled script (" + marker + "): not a server";
    }
    // plain substring searches first: this runs on every source of the tree
    for (String marker : SERVER_MARKERS) if (text.contains(marker)) return null;
    return LOOSE_MARKER.matcher(text).find()
        ? null
        : "no server, listen call or exported handler in its text";
  }
}
