/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model.defaults;

import io.gatelint.model.Location;
import io.gatelint.model.Origin;
import io.gatelint.model.Value;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a Node.js HTTP server uses when a timeout is not set, by Node major, and Fastify's own
 * defaults. A Node row's note reads after {@code "Node <major> "}, so a message names the major it
 * applies to: {@code Node 20 default keepAliveTimeout 5000ms}.
 */
public final class NodeDefaults {

  private static final String HTTP_DOCS = "https://nodejs.org/api/http.html";
  private static final String FASTIFY_DOCS = "https://fastify.dev/docs/latest/Reference/Server/";

  /** A default that applies from a Node major on, until the next row of the same setting. */
  public record ByMajor(int sinceMajor, PlatformDefault row) {}

  /**
   * The newest Node major whose release notes were checked. nodejs/node#62782 (65000 ms) is not in
   * the v26.0.0 release notes (2026-05-05) and the docs on main still mark it {@code REPLACEME}; a
   * major above this one gets 5000 ms too, with a note that its notes were not checked: assuming
   * 65000 ms would silence GL011/GL015 for the commonest 502, and the note makes the assumption
   * visible where it matters.
   */
  public static final int NEWEST_CHECKED_MAJOR = 26;

  private static final String CHANGELOG_V26 =
      "https://github.com/nodejs/node/blob/main/doc/changelogs/CHANGELOG_V26.md#26.0.0";

  /**
   * 5000 ms on every released line through 26.x (Node.js API docs "Default: 5000 (5 seconds)";
   * #62782 absent from the v26.0.0 notes). A 65000 ms row belongs here only from the first major
   * whose release notes list #62782.
   */
  public static final List<ByMajor> KEEP_ALIVE_TIMEOUT =
      List.of(
          new ByMajor(
              0,
              PlatformDefault.millis(
                  "keepAliveTimeout",
                  5000,
                  "default keepAliveTimeout 5000ms",
                  HTTP_DOCS + "#serverkeepalivetimeout; " + CHANGELOG_V26)));

  /**
   * The margin Node adds before it destroys an idle keep-alive socket: it closes at
   * keepAliveTimeout + keepAliveTimeoutBuffer. nodejs/node#54863 (Sept 2024) added a fixed 1000 ms;
   * #59243 made it configurable (default 1000 ms) in 24.6.0 and 22.19.0. The first release lines
   * that shipped #54863 were not found in the stored release notes, so the buffer is applied on
   * every major: a finding then never claims an earlier close than the real one (on a release
   * without the buffer Node closes sooner, and the finding still holds).
   */
  public static final List<ByMajor> KEEP_ALIVE_TIMEOUT_BUFFER =
      List.of(
          new ByMajor(
              0,
              PlatformDefault.millis(
                  "keepAliveTimeoutBuffer",
                  1000,
                  "default keepAliveTimeoutBuffer 1000ms",
                  "https://github.com/nodejs/node/pull/54863; "
                      + "https://github.com/nodejs/node/pull/59243")));

  /**
   * From which major a written {@code keepAliveTimeoutBuffer} is honoured on every release: 25 (its
   * first release followed 24.6.0). On 22.x and 24.x only from 22.19.0 and 24.6.0 (#59243), so
   * there the larger of the written value and the fixed 1000 ms is assumed; before 22, and on 23.x,
   * the property does nothing.
   */
  public static final int BUFFER_CONFIGURABLE_ON_EVERY_RELEASE = 25;

  public static final List<Integer> BUFFER_CONFIGURABLE_FROM_A_MINOR = List.of(22, 24);

  /**
   * The socket inactivity timeout ({@code server.timeout}, {@code server.setTimeout(ms)}): 120000
   * ms before Node 13, 0 (none) from 13.0.0 (nodejs/node#27558).
   */
  public static final List<ByMajor> SOCKET_TIMEOUT =
      List.of(
          new ByMajor(
              0,
              PlatformDefault.millis(
                  "timeout",
                  120000,
                  "default timeout 120000ms",
                  "https://nodejs.org/docs/latest-v12.x/api/http.html#http_server_timeout")),
          new ByMajor(
              13,
              PlatformDefault.millis(
                  "timeout",
                  0,
                  "default timeout 0 (none)",
                  "https://github.com/nodejs/node/pull/27558; " + HTTP_DOCS + "#servertimeout")));

  public static final List<ByMajor> REQUEST_TIMEOUT =
      List.of(
          new ByMajor(
              0,
              PlatformDefault.millis(
                  "requestTimeout",
                  0,
                  "default requestTimeout 0 (none)",
                  "https://nodejs.org/docs/latest-v16.x/api/http.html#serverrequesttimeout")),
          new ByMajor(
              18,
              PlatformDefault.millis(
                  "requestTimeout",
                  300000,
                  "default requestTimeout 300000ms",
                  HTTP_DOCS + "#serverrequesttimeout")));

  /**
   * headersTimeout: added in 10.14.0/11.3.0 with 40000 ms; raised to 60000 ms by nodejs/node#30071
   * (landed 2019-12-14, after 11.x's last feature release). The first 12.x/13.x releases to ship it
   * were not found in the stored notes: 12.x and 13.x assume 60000 ms, the larger value, so a
   * finding never claims a shorter headersTimeout than the real one. From Node 18 it is min(60000,
   * requestTimeout) (nodejs/node#45778).
   */
  public static final List<ByMajor> HEADERS_TIMEOUT =
      List.of(
          new ByMajor(
              0,
              PlatformDefault.millis(
                  "headersTimeout",
                  40000,
                  "default headersTimeout 40000ms",
                  "https://nodejs.org/docs/latest-v10.x/api/http.html#http_server_headerstimeout")),
          new ByMajor(
              12,
              PlatformDefault.millis(
                  "headersTimeout",
                  60000,
                  "default headersTimeout 60000ms",
                  "https://github.com/nodejs/node/pull/30071")),
          new ByMajor(
              18,
              PlatformDefault.millis(
                  "headersTimeout",
                  60000,
                  "default headersTimeout 60000ms",
                  HTTP_DOCS + "#serverheaderstimeout; https://github.com/nodejs/node/pull/45778")));

  public static final PlatformDefault FASTIFY_KEEP_ALIVE_TIMEOUT =
      PlatformDefault.millis(
          "keepAliveTimeout",
          72000,
          "Fastify default keepAliveTimeout 72000ms",
          FASTIFY_DOCS + "#keepalivetimeout");

  /** Fastify's connectionTimeout sets the Node server's timeout (server.timeout). */
  public static final PlatformDefault FASTIFY_CONNECTION_TIMEOUT =
      PlatformDefault.millis(
          "connectionTimeout",
          0,
          "Fastify default connectionTimeout 0 (none)",
          FASTIFY_DOCS + "#connectiontimeout");

  public static final PlatformDefault FASTIFY_REQUEST_TIMEOUT =
      PlatformDefault.millis(
          "requestTimeout",
          0,
          "Fastify default requestTimeout 0 (none)",
          FASTIFY_DOCS + "#requesttimeout");

  private NodeDefaults() {}

  /** Every row, for the test that proves the builder applies each. */
  public static List<PlatformDefault> all() {
    List<PlatformDefault> out = new ArrayList<>();
    for (List<ByMajor> setting :
        List.of(
            KEEP_ALIVE_TIMEOUT,
            KEEP_ALIVE_TIMEOUT_BUFFER,
            REQUEST_TIMEOUT,
            HEADERS_TIMEOUT,
            SOCKET_TIMEOUT)) {
      for (ByMajor b : setting) out.add(b.row());
    }
    out.add(FASTIFY_KEEP_ALIVE_TIMEOUT);
    out.add(FASTIFY_REQUEST_TIMEOUT);
    out.add(FASTIFY_CONNECTION_TIMEOUT);
    return List.copyOf(out);
  }

  /** The row of a setting that applies to a Node major. */
  public static ByMajor forMajor(List<ByMajor> setting, int major) {
    ByMajor found = setting.get(0);
    for (ByMajor b : setting) {
      if (b.sinceMajor() <= major) found = b;
    }
    return found;
  }

  public static Value<Duration> keepAliveTimeout(
      Value<Object> major, boolean fastify, Location server) {
    if (fastify) return FASTIFY_KEEP_ALIVE_TIMEOUT.durationAt(server);
    if (!(major.raw() instanceof Number m)) return unknownMajor(server, "keepAliveTimeout");
    int v = m.intValue();
    PlatformDefault row = forMajor(KEEP_ALIVE_TIMEOUT, v).row();
    if (v > NEWEST_CHECKED_MAJOR) {
      return Value.duration(
          (Duration) row.value(),
          Origin.byDefault(
              server,
              "Node "
                  + v
                  + " "
                  + row.note()
                  + " (assumed: the Node "
                  + v
                  + " release notes were not checked for nodejs/node#62782)"),
          row.shownIn());
    }
    return nodeDefault(row, v, server);
  }

  /**
   * The keepAliveTimeoutBuffer in effect: the written value where Node honours it on every release
   * of the major; on 22.x and 24.x, where only later minors honour it, the larger of the written
   * value and the fixed 1000 ms; elsewhere the fixed 1000 ms, with a note that the written value
   * does nothing there.
   */
  public static Value<Duration> keepAliveTimeoutBuffer(
      Value<Object> major, Value<Duration> written, Location server) {
    PlatformDefault row = KEEP_ALIVE_TIMEOUT_BUFFER.get(0).row();
    Duration fixed = (Duration) row.value();
    if (!(major.raw() instanceof Number m)) {
      return written != null ? written : row.durationAt(server);
    }
    int v = m.intValue();
    if (written == null) return nodeDefault(row, v, server);
    if (v >= BUFFER_CONFIGURABLE_ON_EVERY_RELEASE) return written;
    if (BUFFER_CONFIGURABLE_FROM_A_MINOR.contains(v)) {
      if (!written.isNumber()) return written;
      if (written.raw().compareTo(fixed) >= 0) return written;
      return Value.duration(
          fixed,
          Origin.byDefault(
              written.location(),
              "Node "
                  + v
                  + " honours keepAliveTimeoutBuffer only from "
                  + (v == 22 ? "22.19.0" : "24.6.0")
                  + "; earlier releases keep the fixed 1000ms, the later close"),
          Value.Unit.MILLIS);
    }
    return Value.duration(
        fixed,
        Origin.byDefault(
            written.location(),
            "Node " + v + " ignores keepAliveTimeoutBuffer (configurable from 22.19.0/24.6.0)"),
        Value.Unit.MILLIS);
  }

  /** The socket inactivity timeout: server.timeout, or Fastify's connectionTimeout. */
  public static Value<Duration> socketTimeout(
      Value<Object> major, boolean fastify, Location server) {
    if (fastify) return FASTIFY_CONNECTION_TIMEOUT.durationAt(server);
    if (!(major.raw() instanceof Number m)) return unknownMajor(server, "timeout");
    return nodeDefault(forMajor(SOCKET_TIMEOUT, m.intValue()).row(), m.intValue(), server);
  }

  public static Value<Duration> requestTimeout(
      Value<Object> major, boolean fastify, Location server) {
    if (fastify) return FASTIFY_REQUEST_TIMEOUT.durationAt(server);
    if (!(major.raw() instanceof Number m)) return unknownMajor(server, "requestTimeout");
    return nodeDefault(forMajor(REQUEST_TIMEOUT, m.intValue()).row(), m.intValue(), server);
  }

  /**
   * headersTimeout; from Node 18 it is min(60000, requestTimeout) when a requestTimeout is set, so
   * {@code requestTimeout: 0} gives headersTimeout 0 (nodejs/node#45778: {@code MathMin(60_000,
   * this.requestTimeout)}).
   */
  public static Value<Duration> headersTimeout(
      Value<Object> major, Value<Duration> requestTimeout, Location server) {
    if (!(major.raw() instanceof Number m)) return unknownMajor(server, "headersTimeout");
    int v = m.intValue();
    ByMajor applies = forMajor(HEADERS_TIMEOUT, v);
    Duration cap = (Duration) applies.row().value();
    Duration rt = requestTimeout == null ? null : requestTimeout.raw();
    if (applies == HEADERS_TIMEOUT.get(HEADERS_TIMEOUT.size() - 1)
        && rt != null
        && !requestTimeout.isDefault()
        && rt.compareTo(Duration.ZERO) >= 0
        && rt.compareTo(cap) < 0) {
      return Value.duration(
          rt,
          Origin.byDefault(
              server,
              "Node "
                  + v
                  + " default headersTimeout min("
                  + cap.toMillis()
                  + ", requestTimeout) = "
                  + rt.toMillis()
                  + "ms"),
          Value.Unit.MILLIS);
    }
    return nodeDefault(applies.row(), v, server);
  }

  private static Value<Duration> nodeDefault(PlatformDefault row, int major, Location server) {
    return Value.duration(
        (Duration) row.value(),
        Origin.byDefault(server, "Node " + major + " " + row.note()),
        row.shownIn());
  }

  private static Value<Duration> unknownMajor(Location server, String setting) {
    return Value.unknownDuration(
        Origin.unknown(
            server, "default " + setting + " depends on the Node version, which is unknown"),
        Value.Unit.MILLIS);
  }
}
