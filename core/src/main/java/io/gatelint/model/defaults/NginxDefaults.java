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

  public static final PlatformDefault PROXY_HTTP_VERSION =
      PlatformDefault.of(
          "proxy_http_version",
          "1.0",
          "nginx default proxy_http_version 1.0",
          PROXY + "#proxy_http_version");

  /** proxy_set_header's defaults include {@code Connection close}. */
  public static final PlatformDefault PROXY_CONNECTION_HEADER =
      PlatformDefault.of(
          "proxy_set_header Connection",
          "close",
          "nginx default: sends Connection: close",
          PROXY + "#proxy_set_header");

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

  /** Every row, for the test that proves the builder applies each. */
  public static List<PlatformDefault> all() {
    return List.of(
        KEEPALIVE_TIMEOUT,
        KEEPALIVE_REQUESTS,
        LISTEN,
        LISTEN_PORT,
        PROXY_READ_TIMEOUT,
        PROXY_HTTP_VERSION,
        PROXY_CONNECTION_HEADER,
        PROXY_PASS_HTTP_PORT,
        PROXY_PASS_HTTPS_PORT,
        UPSTREAM_SERVER_PORT,
        UPSTREAM_KEEPALIVE_TIMEOUT);
  }
}
