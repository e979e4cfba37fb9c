/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse;

import io.gatelint.model.Location;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An inline suppression written in a comment — {@code #} (YAML, nginx, HCL), {@code //} or {@code
 * /* … *}{@code /} (JavaScript, TypeScript):
 *
 * <ul>
 *   <li>{@code gatelint-disable-next-line GL010, GL015 -- reason}, on a line of its own, is about
 *       the line below;
 *   <li>{@code gatelint-disable-line GL010 -- reason}, trailing code or alone, is about its own
 *       line;
 *   <li>{@code gatelint-disable-file GL010 -- reason}, on a line of its own, is about the whole
 *       file.
 * </ul>
 *
 * Rules are named by id or name in any case; the reason may start with an expiry, {@code -- until
 * 2027-03-31: reason}, after which the directive no longer applies.
 *
 * @param location where the directive is written (line and column 1)
 * @param kind which lines it is about
 * @param rules the rules it names, as written
 * @param reason the text after {@code --} (and after the expiry), empty when none
 * @param until the last day it applies, when given
 */
public record InlineDirective(
    Location location, Kind kind, List<String> rules, String reason, Optional<LocalDate> until) {

  /** Which lines a directive is about. */
  public enum Kind {
    LINE("gatelint-disable-line"),
    NEXT_LINE("gatelint-disable-next-line"),
    FILE("gatelint-disable-file");

    private final String keyword;

    Kind(String keyword) {
      this.keyword = keyword;
    }

    public String keyword() {
      return keyword;
    }
  }

  /** Any directive keyword: a cheap test before a file is scanned line by line. */
  public static final String MARK = "gatelint-disable";

  private static final String RULES =
      "([A-Za-z][A-Za-z0-9_-]*(?:\\s*,\\s*[A-Za-z][A-Za-z0-9_-]*)*)";

  /** A whole comment: its opening, the keyword, rules, optional reason, optional closing. */
  private static final Pattern COMMENT =
      Pattern.compile(
          "^(?:#|//|/\\*)\\s*(gatelint-disable-(?:next-line|line|file))\\s+"
              + RULES
              + "\\s*(?:--\\s*(.*?))?\\s*(?:\\*/)?\\s*$");

  /** Where a comment opening directly before a keyword starts, within a line of code. */
  private static final Pattern TRAILING =
      Pattern.compile("(?:#|//|/\\*)\\s*gatelint-disable-line\\b");

  private static final Pattern UNTIL =
      Pattern.compile("^until\\s+(\\d{4}-\\d{2}-\\d{2})\\s*:\\s*(.*)$", Pattern.DOTALL);

  public InlineDirective {
    rules = List.copyOf(rules);
  }

  /** A directive about the line below, without expiry. */
  public InlineDirective(Location location, List<String> rules, String reason) {
    this(location, Kind.NEXT_LINE, rules, reason, Optional.empty());
  }

  /** The line the directive applies to; 0 for the whole file. */
  public int target() {
    return switch (kind) {
      case LINE -> location.line();
      case NEXT_LINE -> location.line() + 1;
      case FILE -> 0;
    };
  }

  /** Whether the directive covers a finding on this line. */
  public boolean covers(int line) {
    return kind == Kind.FILE || line == target();
  }

  /**
   * The directive a line holds: a comment that is all there is on its line, or a {@code
   * gatelint-disable-line} comment after code. A trailing comment is about its own line, so only
   * {@code gatelint-disable-line} may trail.
   *
   * @param lineText the whole text of the line
   */
  public static Optional<InlineDirective> of(String file, int line, String lineText) {
    String stripped = lineText.strip();
    Optional<InlineDirective> whole = comment(file, line, stripped);
    if (whole.isPresent()) return whole;
    Matcher t = TRAILING.matcher(lineText);
    if (!t.find()) return Optional.empty();
    return comment(file, line, lineText.substring(t.start()).strip())
        .filter(d -> d.kind() == Kind.LINE);
  }

  /**
   * The directive a comment holds, as a parser that knows its comments met it.
   *
   * @param alone whether the comment is all there is on its line
   */
  public static Optional<InlineDirective> ofComment(
      String file, int line, String commentText, boolean alone) {
    return comment(file, line, commentText.strip()).filter(d -> alone || d.kind() == Kind.LINE);
  }

  private static Optional<InlineDirective> comment(String file, int line, String text) {
    Matcher m = COMMENT.matcher(text);
    if (!m.find()) return Optional.empty();
    Kind kind =
        switch (m.group(1).toLowerCase(Locale.ROOT)) {
          case "gatelint-disable-line" -> Kind.LINE;
          case "gatelint-disable-file" -> Kind.FILE;
          default -> Kind.NEXT_LINE;
        };
    String reason = m.group(3) == null ? "" : m.group(3).strip();
    Optional<LocalDate> until = Optional.empty();
    Matcher u = UNTIL.matcher(reason);
    if (u.find()) {
      try {
        until = Optional.of(LocalDate.parse(u.group(1)));
        reason = u.group(2).strip();
      } catch (DateTimeParseException e) {
        // not a day: the text stays the reason, and the directive never expires
      }
    }
    return Optional.of(
        new InlineDirective(
            Location.of(file, line, 1),
            kind,
            List.of(m.group(2).split("\\s*,\\s*")),
            reason,
            until));
  }
}
