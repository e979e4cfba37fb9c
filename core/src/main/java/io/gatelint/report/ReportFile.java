/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A report file that is whole or absent: the content goes to a temporary file in the same folder,
 * which is renamed over the report only when complete. An interrupted run (Ctrl-C) or a failed
 * writer leaves the previous report, or none, never a truncated one that a browser or a CI step
 * would take for complete.
 */
public final class ReportFile {

  private ReportFile() {}

  /** What writes the report's text. */
  public interface Content {
    void writeTo(Writer w) throws IOException;
  }

  /**
   * Writes the file, creating its folder. Characters UTF-8 cannot encode (an unpaired surrogate
   * from an input value) become U+FFFD rather than aborting the report.
   */
  public static void write(Path file, Content content) throws IOException {
    Path target = file.toAbsolutePath().normalize();
    if (Files.isDirectory(target)) throw new IOException("is a directory");
    Path dir = target.getParent();
    if (dir != null) Files.createDirectories(dir);
    Path temp = createTemporary(target);
    // deleted on a normal exit and on Ctrl-C (shutdown hooks run on SIGINT), when not yet renamed
    temp.toFile().deleteOnExit();
    boolean renamed = false;
    try {
      try (OutputStream out = Files.newOutputStream(temp);
          Writer w = new BufferedWriter(new OutputStreamWriter(out, lenientUtf8()))) {
        content.writeTo(w);
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      renamed = true;
    } finally {
      if (!renamed) Files.deleteIfExists(temp);
    }
  }

  /**
   * A new, empty file beside the target, hidden by its leading dot; created with the process's
   * default permissions (not {@link Files#createTempFile}'s owner-only ones), so the report ends up
   * readable as any file the user writes.
   */
  private static Path createTemporary(Path target) throws IOException {
    String name = target.getFileName().toString();
    // room for the dot and suffix within the common 255-byte name limit
    if (name.length() > 200) name = name.substring(0, 200);
    for (int attempt = 0; ; attempt++) {
      Path temp =
          target.resolveSibling(
              "." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 8) throw e;
      }
    }
  }

  /**
   * UTF-8 that writes U+FFFD (EF BF BD) for what it cannot encode, for report files and standard
   * output alike.
   */
  public static CharsetEncoder lenientUtf8() {
    return StandardCharsets.UTF_8
        .newEncoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)
        .replaceWith(new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD});
  }
}
