/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.nginx;

import io.gatelint.model.Location;
import java.util.List;

/**
 * One directive of an nginx configuration, shaped like crossplane's output: its name, its arguments
 * as written (quotes removed), where it is written, and its block when it opens one.
 *
 * @param name the directive name, e.g. {@code proxy_pass}
 * @param args the arguments; a {@code *_by_lua_block} body is one argument holding the raw Lua
 *     text, and the parentheses of {@code if ( … )} are removed as nginx does
 * @param file the file the directive is written in, relative to the linted root
 * @param line 1-based line of the directive name
 * @param column 1-based column of the directive name
 * @param block the directives inside its braces, or {@code null} when it ends with {@code ;}
 */
public record NginxDirective(
    String name, List<String> args, String file, int line, int column, List<NginxDirective> block) {

  public NginxDirective {
    args = List.copyOf(args);
    block = block == null ? null : List.copyOf(block);
  }

  public boolean hasBlock() {
    return block != null;
  }

  /** The argument at the index, or the empty string when there are fewer. */
  public String arg(int index) {
    return index < args.size() ? args.get(index) : "";
  }

  public Location location() {
    return Location.of(file, line, column);
  }

  /** The same directive with another block (used when includes are spliced in). */
  NginxDirective withBlock(List<NginxDirective> newBlock) {
    return new NginxDirective(name, args, file, line, column, newBlock);
  }

  @Override
  public String toString() {
    return file
        + ":"
        + line
        + ":"
        + column
        + " "
        + name
        + " "
        + args
        + (block == null ? ";" : " {" + block.size() + "}");
  }
}
