/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a file named on the command line or found by name — the configuration, the baseline — with
 * a size limit, and refuses what is not a regular file: a committed baseline that is a symbolic
 * link to {@code /dev/zero}, a FIFO or a device would otherwise be read without end or block the
 * run. A refusal is a {@link ConfigException}: one line naming the file, exit 2.
 */
public final class BoundedFile {

  /** The largest configuration file read: far above any real one. */
  public static final long MAX_CONFIG_BYTES = 16L * 1024 * 1024;

  /** The largest baseline read: about 50,000 recorded findings. */
  public static final long MAX_BASELINE_BYTES = 16L * 1024 * 1024;

  private BoundedFile() {}

  /**
   * The file's text, UTF-8. {@code what} names the file's role in the messages ("configuration
   * file", "baseline").
   */
  public static String read(Path file, long maxBytes, String what) {
    BasicFileAttributes attrs;
    try {
      // follows symbolic links: what counts is what would be read
      attrs = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw new ConfigException(file + ": cannot read the " + what + ": no such file");
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read the " + what + ": " + e.getMessage());
    }
    if (attrs.isDirectory()) throw new ConfigException(file + ": the " + what + " is a directory");
    if (!attrs.isRegularFile()) {
      throw new ConfigException(
          file + ": the " + what + " is not a regular file (a device, FIFO or socket): not read");
    }
    if (attrs.size() > maxBytes) throw tooLarge(file, what, maxBytes);
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      // the size can change or lie (files under /proc say 0): never read past the limit
      bytes = in.readNBytes((int) maxBytes + 1);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read the " + what + ": " + e.getMessage());
    }
    if (bytes.length > maxBytes) throw tooLarge(file, what, maxBytes);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ConfigException(file + ": the " + what + " is not UTF-8 text");
    }
  }

  private static ConfigException tooLarge(Path file, String what, long maxBytes) {
    return new ConfigException(
        file + ": the " + what + " is larger than " + (maxBytes >> 20) + " MB: not read");
  }
}
