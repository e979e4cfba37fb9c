package io.gatelint.parse.node;

import io.gatelint.model.Location;
import io.gatelint.model.Value;

/**
 * What a Node.js HTTP server uses when a timeout is not set, by Node major (nodejs.org http docs,
 * nodejs/node#62782 for the v26 keep-alive change), and Fastify's own defaults.
 */
final class NodeDefaults {

  /** The first major whose default keepAliveTimeout is 65 s. */
  static final int KEEP_ALIVE_65S_SINCE = 26;

  private NodeDefaults() {}

  static Value<Object> keepAliveTimeout(Value<Object> major, boolean fastify, Location server) {
    if (fastify) return ms(72000, server, "Fastify default keepAliveTimeout 72000ms");
    if (!(major.raw() instanceof Number m)) return unknownMajor(server, "keepAliveTimeout");
    int ms = m.intValue() >= KEEP_ALIVE_65S_SINCE ? 65000 : 5000;
    return ms(ms, server, "Node " + m.intValue() + " default keepAliveTimeout " + ms + "ms");
  }

  static Value<Object> requestTimeout(Value<Object> major, boolean fastify, Location server) {
    if (fastify) return ms(0, server, "Fastify default requestTimeout 0 (none)");
    if (!(major.raw() instanceof Number m)) return unknownMajor(server, "requestTimeout");
    return m.intValue() >= 18
        ? ms(300000, server, "Node " + m.intValue() + " default requestTimeout 300000ms")
        : ms(0, server, "Node " + m.intValue() + " default requestTimeout 0 (none)");
  }

  /** headersTimeout; from Node 18 it is min(60000, requestTimeout) when a requestTimeout is set. */
  static Value<Object> headersTimeout(
      Value<Object> major, Value<Object> requestTimeout, Location server) {
    if (!(major.raw() instanceof Number m)) return unknownMajor(server, "headersTimeout");
    int v = m.intValue();
    if (v >= 18) {
      if (requestTimeout != null
          && !requestTimeout.isDefault()
          && requestTimeout.raw() instanceof Number rt
          && rt.doubleValue() > 0
          && rt.doubleValue() < 60000) {
        int ms = rt.intValue();
        return ms(
            ms,
            server,
            "Node " + v + " default headersTimeout min(60000, requestTimeout) = " + ms + "ms");
      }
      return ms(60000, server, "Node " + v + " default headersTimeout 60000ms");
    }
    int ms = v >= 11 ? 60000 : 40000;
    return ms(ms, server, "Node " + v + " default headersTimeout " + ms + "ms");
  }

  private static Value<Object> ms(int ms, Location server, String note) {
    return Value.<Object>byDefault(ms, server, note).in(Value.Unit.MILLIS);
  }

  private static Value<Object> unknownMajor(Location server, String setting) {
    return Value.<Object>unknown(
            server, "default " + setting + " depends on the Node version, which is unknown")
        .in(Value.Unit.MILLIS);
  }
}
