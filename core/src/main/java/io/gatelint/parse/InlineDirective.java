/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse;

import io.gatelint.model.Location;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An inline suppression written in a comment on a line of its own — {@code #
 * gatelint-disable-next-line GL010, GL015 -- reason} in YAML, nginx and HCL, {@code //
 * gatelint-disable-next-line GL011 -- reason} in JavaScript and TypeScript. It is about the line
 * below it.
 *
 * @param location where the directive is written (line and column 1)
 * @param rules the rule ids it names, as written
 * @param reason what follows {@code --}; empty when none was given
 */
public record InlineDirective(Location location, List<String> rules, String reason) {

  private static final Pattern DIRECTIVE =
      Pattern.compile(
          "^(?:#|//)\\s*gatelint-disable-next-line\\s+([A-Z]{2,5}\\d{3,4}(?:\\s*,\\s*[A-Z]{2,5}\\d{3,4})*)\\s*(?:--\\s*(.*))?$");

  public InlineDirective {
    rules = List.copyOf(rules);
  }

  /** The line the directive applies to. */
  public int target() {
    return location.line() + 1;
  }

  /**
   * The directive a comment holds, when the comment is all there is on its line; a trailing comment
   * is about its own line and is never a directive.
   *
   * @param lineText the whole text of the comment's line
   */
  public static Optional<InlineDirective> of(String file, int line, String lineText) {
    Matcher m = DIRECTIVE.matcher(lineText.strip());
    if (!m.find()) return Optional.empty();
    String reason = m.group(2) == null ? "" : m.group(2).strip();
    return Optional.of(
        new InlineDirective(
            Location.of(file, line, 1), List.of(m.group(1).split("\\s*,\\s*")), reason));
  }
}
