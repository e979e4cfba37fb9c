/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading input files as text: UTF-8 (with or without a byte-order mark) or UTF-16 with one. */
public final class TextFiles {

  /**
   * The largest template or configuration file read (64 MB): larger ones are reported and skipped
   * rather than risk the memory the other files need. Plans are streamed and have no such limit.
   */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  private TextFiles() {}

  /** Reads the file's bytes, refusing files over {@link #MAX_BYTES}. */
  public static byte[] readBytes(Path path) throws IOException {
    long size = Files.size(path);
    if (size > MAX_BYTES) {
      throw new IOException(
          "file of "
              + (size >> 20)
              + " MB is larger than the "
              + (MAX_BYTES >> 20)
              + " MB gatelint reads; skipped");
    }
    return Files.readAllBytes(path);
  }

  /**
   * The file's text. A UTF-16 byte-order mark selects UTF-16; otherwise the bytes must be UTF-8.
   *
   * @throws IOException when the file cannot be read or is not valid text (the message says so)
   */
  public static String read(Path path) throws IOException {
    return decode(readBytes(path));
  }

  public static String decode(byte[] bytes) throws IOException {
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xef
                && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf
            ? 3
            : 0;
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == 0) throw new IOException("binary file (NUL byte at offset " + i + ")");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IOException("not valid UTF-8 text");
    }
  }
}
