package io.gatelint.model;

/**
 * An input the parsers could not read, or read only in part: it becomes a GL000 finding and the run
 * goes on with the other files.
 *
 * @param location the file and, where the parser knows it, the line and column
 * @param message the parser's reason, in words a user can act on
 */
public record Problem(Location location, String message) {}
