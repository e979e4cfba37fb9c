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

  private TextFiles() {}

  /**
   * The file's text. A UTF-16 byte-order mark selects UTF-16; otherwise the bytes must be UTF-8.
   *
   * @throws IOException when the file cannot be read or is not valid text (the message says so)
   */
  public static String read(Path path) throws IOException {
    byte[] bytes = Files.readAllBytes(path);
    return decode(bytes);
  }

  public static String decode(byte[] bytes) throws IOException {
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == 0) throw new IOException("binary file (NUL byte at offset " + i + ")");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IOException("not valid UTF-8 text");
    }
  }
}
