/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.source;

import java.util.Locale;

/**
 * What a format's detector sees of a file: its name and the start of its content, read once by
 * {@link Discovery} for all detectors.
 *
 * @param name the file name, without folders
 * @param text the first {@value Discovery#HEAD_BYTES} bytes, decoded (UTF-8, or UTF-16 with a byte
 *     order mark); null in the first round, when only names are asked about
 * @param size the file's size in bytes
 * @param named true when the user named the file itself rather than a folder holding it
 * @param path the path relative to the linted root, with forward slashes (the name alone when not
 *     known): a detector may judge a file by the folders it lies in
 */
public record FileHead(String name, String text, long size, boolean named, String path) {

  public FileHead(String name, String text, long size, boolean named) {
    this(name, text, size, named, name);
  }

  /** The folders of {@link #path}, outermost first, in lower case. */
  public java.util.List<String> folders() {
    String[] parts = path.toLowerCase(Locale.ROOT).split("/");
    return java.util.Arrays.asList(parts).subList(0, Math.max(0, parts.length - 1));
  }

  /** The name in lower case, for comparisons. */
  public String lowerName() {
    return name.toLowerCase(Locale.ROOT);
  }

  /** The extension in lower case, without the dot; empty when there is none. */
  public String extension() {
    String lower = lowerName();
    return lower.contains(".") ? lower.substring(lower.lastIndexOf('.') + 1) : "";
  }

  /** Whether the file is larger than the head read of it. */
  public boolean truncated() {
    return size > Discovery.HEAD_BYTES;
  }
}
