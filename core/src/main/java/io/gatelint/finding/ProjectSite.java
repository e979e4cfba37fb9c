/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.finding;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Properties;

/**
 * The project's address, set once in the parent POM ({@code gatelint.url}) and filtered into {@code
 * gatelint-build.properties}: SARIF's {@code informationUri}, and the base a rule file's relative
 * {@code helpUri} resolves against.
 */
public final class ProjectSite {

  private static final Properties BUILD = load();

  private ProjectSite() {}

  /** The project's home page. */
  public static String url() {
    return BUILD.getProperty("url", "");
  }

  /**
   * A rule's help link: an absolute URI as written (custom rules may point anywhere), a path in the
   * repository such as {@code docs/rules.md#gl010} resolved against where the sources are browsed.
   */
  public static String helpUri(String uri) {
    String base = BUILD.getProperty("sourceUrl");
    try {
      if (base == null || uri.isEmpty() || URI.create(uri).isAbsolute()) return uri;
      return URI.create(base).resolve(uri).toString();
    } catch (IllegalArgumentException e) {
      return uri; // not a URI: shown as written rather than failing the rule file
    }
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = ProjectSite.class.getResourceAsStream("gatelint-build.properties")) {
      if (in != null) p.load(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read gatelint-build.properties", e);
    }
    return p;
  }
}
