/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model.defaults;

import java.util.List;

/**
 * What nginx uses when a configuration leaves a setting out, each row citing the nginx.org page
 * that documents it. The nginx model builder reads these rows and nothing else for defaults.
 */
public final class NginxDefaults {

  private static final String CORE = "https://nginx.org/en/docs/http/ngx_http_core_module.html";
  private static final String PROXY = "https://nginx.org/en/docs/http/ngx_http_proxy_module.html";
  private static final String UPSTREAM =
      "https://nginx.org/en/docs/http/ngx_http_upstream_module.html";

  /** keepalive_timeout towards clients (http, server, location). */
  public static final PlatformDefault KEEPALIVE_TIMEOUT =
      PlatformDefault.seconds(
          "keepalive_timeout",
          75,
          "nginx default keepalive_timeout 75s",
          CORE + "#keepalive_timeout");

  public static final PlatformDefault KEEPALIVE_REQUESTS =
      PlatformDefault.of(
          "keepalive_requests",
          1000,
          "nginx default keepalive_requests 1000",
          CORE + "#keepalive_requests");

  /** A server without any listen directive listens on *:80. */
  public static final PlatformDefault LISTEN =
      PlatformDefault.of("listen", 80, "nginx default listen *:80", CORE + "#listen");

  /**
   * The port of a listen directive that names only an address ("If only address is given, the port
   * 80 is used"); the message names the directive.
   */
  public static final PlatformDefault LISTEN_PORT =
      PlatformDefault.of("listen port", 80, "nginx default port 80", CORE + "#listen");

  public static final PlatformDefault PROXY_READ_TIMEOUT =
      PlatformDefault.seconds(
          "proxy_read_timeout",
          60,
          "nginx default proxy_read_timeout 60s",
          PROXY + "#proxy_read_timeout");

  /**
   * The release that made upstream keep-alive the default: nginx 1.29.7 (mainline, 2026-03-24), in
   * stable from 1.30.0 (2026-04-14). CHANGES-1.30: "now the "keepalive" directive in the "upstream"
   * block is enabled by default" and "now ngx_http_proxy_module supports keepalive by default; the
   * default value for "proxy_http_version" is "1.1"; the "Connection" proxy header is not sent by
   * default anymore".
   */
  public static final String KEEPALIVE_BY_DEFAULT_SINCE = "1.29.7";

  private static final String CHANGES_1_30 = "https://nginx.org/en/CHANGES-1.30";

  /** Before 1.29.7. */
  public static final PlatformDefault PROXY_HTTP_VERSION =
      PlatformDefault.of(
          "proxy_http_version",
          "1.0",
          "nginx default proxy_http_version 1.0",
          PROXY + "#proxy_http_version");

  /** From 1.29.7. */
  public static final PlatformDefault PROXY_HTTP_VERSION_SINCE_1_29_7 =
      PlatformDefault.of(
          "proxy_http_version",
          "1.1",
          "nginx 1.29.7+ default proxy_http_version 1.1",
          PROXY + "#proxy_http_version; " + CHANGES_1_30);

  /** proxy_set_header's defaults include {@code Connection close} before 1.29.7. */
  public static final PlatformDefault PROXY_CONNECTION_HEADER =
      PlatformDefault.of(
          "proxy_set_header Connection",
          "close",
          "nginx default: sends Connection: close",
          PROXY + "#proxy_set_header");

  /** From 1.29.7 no Connection header is sent by default: the empty value, as a cleared one. */
  public static final PlatformDefault PROXY_CONNECTION_HEADER_SINCE_1_29_7 =
      PlatformDefault.of(
          "proxy_set_header Connection",
          "",
          "nginx 1.29.7+ default: no Connection header sent",
          PROXY + "#proxy_set_header; " + CHANGES_1_30);

  /**
   * From 1.29.7 an upstream block without a keepalive directive caches connections: "Default:
   * keepalive 32 local;" ("Since 1.29.7, keepalive connections are enabled by default").
   */
  public static final PlatformDefault UPSTREAM_KEEPALIVE_SINCE_1_29_7 =
      PlatformDefault.of(
          "upstream keepalive",
          32,
          "nginx 1.29.7+ default keepalive 32 local",
          UPSTREAM + "#keepalive; " + CHANGES_1_30);

  /** The port of a proxy_pass {@code http://} URL without one: the scheme's port. */
  public static final PlatformDefault PROXY_PASS_HTTP_PORT =
      PlatformDefault.of(
          "proxy_pass port", 80, "nginx default port 80 of http://", PROXY + "#proxy_pass");

  /** The port of a proxy_pass {@code https://} URL without one: the scheme's port. */
  public static final PlatformDefault PROXY_PASS_HTTPS_PORT =
      PlatformDefault.of(
          "proxy_pass port", 443, "nginx default port 443 of https://", PROXY + "#proxy_pass");

  /**
   * The port of an upstream server without one ("If a port is not specified, the port 80 is used");
   * the message names the server.
   */
  public static final PlatformDefault UPSTREAM_SERVER_PORT =
      PlatformDefault.of("upstream server port", 80, "nginx default port 80", UPSTREAM + "#server");

  /** keepalive_timeout inside an upstream block: how long cached upstream connections stay idle. */
  public static final PlatformDefault UPSTREAM_KEEPALIVE_TIMEOUT =
      PlatformDefault.seconds(
          "upstream keepalive_timeout",
          60,
          "nginx default upstream keepalive_timeout 60s",
          UPSTREAM + "#keepalive_timeout");

  private NginxDefaults() {}

  /**
   * Whether the releases a version admits keep upstream connections by default (1.29.7 and later):
   * TRUE when every one does ({@code 1.30}, {@code 1.29.8}), FALSE when none does ({@code 1.24},
   * {@code 1.29.6}), null when the version is unknown or admits both ({@code 1.29}).
   */
  public static Boolean keepAliveByDefault(String version) {
    if (version == null) return null;
    String[] parts = version.trim().split("\\.");
    try {
      int major = Integer.parseInt(parts[0]);
      int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
      if (major != 1) return major > 1;
      if (minor < 0) return null;
      if (minor != 29) return minor > 29;
      if (parts.length < 3) return null;
      return Integer.parseInt(parts[2]) >= 7;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Every row, for the test that proves the builder applies each. */
  public static List<PlatformDefault> all() {
    return List.of(
        KEEPALIVE_TIMEOUT,
        KEEPALIVE_REQUESTS,
        LISTEN,
        LISTEN_PORT,
        PROXY_READ_TIMEOUT,
        PROXY_HTTP_VERSION,
        PROXY_HTTP_VERSION_SINCE_1_29_7,
        PROXY_CONNECTION_HEADER,
        PROXY_CONNECTION_HEADER_SINCE_1_29_7,
        UPSTREAM_KEEPALIVE_SINCE_1_29_7,
        PROXY_PASS_HTTP_PORT,
        PROXY_PASS_HTTPS_PORT,
        UPSTREAM_SERVER_PORT,
        UPSTREAM_KEEPALIVE_TIMEOUT);
  }
}
