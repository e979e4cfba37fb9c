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

  public static final List<ByMajor> KEEP_ALIVE_TIMEOUT =
      List.of(
          new ByMajor(
              0,
              PlatformDefault.millis(
                  "keepAliveTimeout",
                  5000,
                  "default keepAliveTimeout 5000ms",
                  HTTP_DOCS + "#serverkeepalivetimeout")),
          new ByMajor(
              26,
              PlatformDefault.millis(
                  "keepAliveTimeout",
                  65000,
                  "default keepAliveTimeout 65000ms",
                  "https://github.com/nodejs/node/pull/62782")));

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
   * From Node 18 headersTimeout is min(60000, requestTimeout) when a requestTimeout is set; the
   * row's value is the cap.
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
              11,
              PlatformDefault.millis(
                  "headersTimeout",
                  60000,
                  "default headersTimeout 60000ms",
                  "https://nodejs.org/docs/latest-v12.x/api/http.html#http_server_headerstimeout")),
          new ByMajor(
              18,
              PlatformDefault.millis(
                  "headersTimeout",
                  60000,
                  "default headersTimeout 60000ms",
                  HTTP_DOCS + "#serverheaderstimeout")));

  public static final PlatformDefault FASTIFY_KEEP_ALIVE_TIMEOUT =
      PlatformDefault.millis(
          "keepAliveTimeout",
          72000,
          "Fastify default keepAliveTimeout 72000ms",
          FASTIFY_DOCS + "#keepalivetimeout");

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
    for (List<ByMajor> setting : List.of(KEEP_ALIVE_TIMEOUT, REQUEST_TIMEOUT, HEADERS_TIMEOUT)) {
      for (ByMajor b : setting) out.add(b.row());
    }
    out.add(FASTIFY_KEEP_ALIVE_TIMEOUT);
    out.add(FASTIFY_REQUEST_TIMEOUT);
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
    return nodeDefault(forMajor(KEEP_ALIVE_TIMEOUT, m.intValue()).row(), m.intValue(), server);
  }

  public static Value<Duration> requestTimeout(
      Value<Object> major, boolean fastify, Location server) {
    if (fastify) return FASTIFY_REQUEST_TIMEOUT.durationAt(server);
    if (!(major.raw() instanceof Number m)) return unknownMajor(server, "requestTimeout");
    return nodeDefault(forMajor(REQUEST_TIMEOUT, m.intValue()).row(), m.intValue(), server);
  }

  /** headersTimeout; from Node 18 it is min(60000, requestTimeout) when a requestTimeout is set. */
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
        && rt.compareTo(Duration.ZERO) > 0
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
