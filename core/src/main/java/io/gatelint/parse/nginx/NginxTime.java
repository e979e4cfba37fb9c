/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.nginx;

import java.time.Duration;

/**
 * nginx's time syntax ("Configuration file measurement units"): a number with one of the units
 * {@code ms s m h d w M y}, several combined from the largest to the smallest ({@code 1m30s},
 * {@code 1h 30m}); a number without a unit means seconds.
 */
final class NginxTime {

  private NginxTime() {}

  private static final String UNITS = "yMwdhms";

  /** The duration in milliseconds, or -1 when the text is not a valid nginx time. */
  static long parseMillis(String text) {
    String s = text.strip();
    if (s.isEmpty()) return -1;
    long total = 0;
    int lastRank = -1;
    int i = 0;
    boolean any = false;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ' ') {
        i++;
        continue;
      }
      int start = i;
      while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
      if (i == start || i - start > 12) return -1;
      long n = Long.parseLong(s.substring(start, i));
      long scale;
      int rank;
      if (i >= s.length() || s.charAt(i) == ' ') {
        // no unit: seconds, and it must be the last part
        scale = 1000;
        rank = 7;
      } else {
        char u = s.charAt(i);
        if (u == 'm' && i + 1 < s.length() && s.charAt(i + 1) == 's') {
          scale = 1;
          rank = 8;
          i += 2;
        } else {
          int idx = UNITS.indexOf(u);
          if (idx < 0) return -1;
          rank = idx + 1;
          scale =
              switch (u) {
                case 'y' -> 365L * 24 * 3600 * 1000;
                case 'M' -> 30L * 24 * 3600 * 1000;
                case 'w' -> 7L * 24 * 3600 * 1000;
                case 'd' -> 24L * 3600 * 1000;
                case 'h' -> 3600L * 1000;
                case 'm' -> 60L * 1000;
                default -> 1000;
              };
          i++;
        }
      }
      if (rank <= lastRank) return -1;
      lastRank = rank;
      total += n * scale;
      any = true;
    }
    return any ? total : -1;
  }

  /** The duration, or null when the text is not a valid nginx time. */
  static Duration parse(String text) {
    long ms = parseMillis(text);
    return ms < 0 ? null : Duration.ofMillis(ms);
  }
}
