/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a plan file for the streaming reader: detects UTF-8 (with or without byte-order mark) and
 * UTF-16, and skips text printed before the JSON (the Terraform GitHub Actions wrapper's output)
 * up to the first line that begins with {@code {}.
 */
final class PlanInput {

  /**
   * Default {@code StreamReadConstraints}: nesting and string limits turn hostile input into
   * errors.
   */
  private static final JsonFactory FACTORY = new ObjectMapper().getFactory();

  /** How far to look for the start of the JSON behind wrapper text. */
  private static final int PREFIX_SCAN_LIMIT = 1 << 20;

  private PlanInput() {}

  /**
   * A parser positioned at the JSON, and the number of lines of wrapper text before it (the
   * parser's line numbers start after them).
   */
  record Opened(JsonParser parser, int lineOffset) {}

  static Opened open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    try {
      in.mark(4);
      byte[] head = in.readNBytes(4);
      in.reset();
      int b0 = head.length > 0 ? head[0] & 0xff : -1;
      int b1 = head.length > 1 ? head[1] & 0xff : -1;
      int b2 = head.length > 2 ? head[2] & 0xff : -1;
      Charset charset = StandardCharsets.UTF_8;
      int bom = 0;
      if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
        bom = 3;
      } else if (b0 == 0xFF && b1 == 0xFE) {
        charset = StandardCharsets.UTF_16LE;
        bom = 2;
      } else if (b0 == 0xFE && b1 == 0xFF) {
        charset = StandardCharsets.UTF_16BE;
        bom = 2;
      } else if (b0 == 0 && b1 > 0) {
        charset = StandardCharsets.UTF_16BE;
      } else if (b0 > 0 && b1 == 0) {
        charset = StandardCharsets.UTF_16LE;
      }
      in.skipNBytes(bom);
      if (charset == StandardCharsets.UTF_8) {
        int lines = skipWrapperBytes(in);
        return new Opened(FACTORY.createParser(in), lines);
      }
      Reader reader = new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
      int lines = skipWrapperChars(reader);
      return new Opened(FACTORY.createParser(reader), lines);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * Positions the stream at the first line starting with '{' when the text does not start with one;
   * the number of lines skipped.
   */
  private static int skipWrapperBytes(InputStream in) throws IOException {
    in.mark(PREFIX_SCAN_LIMIT);
    int[] start = wrapperPrefix(in::read);
    in.reset(); // with no line that starts the JSON, the parser reports the first bad character
    if (start == null) return 0;
    in.skipNBytes(start[0]);
    return start[1];
  }

  private static int skipWrapperChars(Reader in) throws IOException {
    in.mark(PREFIX_SCAN_LIMIT);
    int[] start = wrapperPrefix(in::read);
    in.reset();
    if (start == null) return 0;
    in.skip(start[0]);
    return start[1];
  }

  /** Reads one unit (byte or char) at a time; -1 at the end. */
  private interface UnitSource {
    int read() throws IOException;
  }

  /**
   * Scans the start of the text for the first line whose first non-blank unit is '{' (the JSON
   * after a wrapper's output): its offset in units and the number of lines before it, or null.
   */
  private static int[] wrapperPrefix(UnitSource in) throws IOException {
    int pos = 0;
    int lineStart = 0;
    int lines = 0;
    boolean atLineStart = true;
    int c;
    while (pos < PREFIX_SCAN_LIMIT && (c = in.read()) >= 0) {
      pos++;
      if (c == '\n') {
        lines++;
        lineStart = pos;
        atLineStart = true;
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\r' || c == '\uFEFF') continue;
      if (atLineStart && c == '{') return new int[] {lineStart, lines};
      atLineStart = false;
    }
    return null;
  }
}
