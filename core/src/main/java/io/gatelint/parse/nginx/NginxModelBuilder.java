/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.nginx;

import io.gatelint.model.Location;
import io.gatelint.model.Model;
import io.gatelint.model.ProxyLocation;
import io.gatelint.model.ProxyServer;
import io.gatelint.model.Upstream;
import io.gatelint.model.Value;
import io.gatelint.model.defaults.NginxDefaults;
import io.gatelint.model.defaults.PlatformDefault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns one configuration tree into {@link ProxyServer}s and {@link Upstream}s with nginx's
 * inheritance applied: a directive set at an inner level (location, server) replaces the outer one;
 * {@code proxy_set_header} is inherited only when the inner level sets none at all. Only the {@code
 * http} context is read ({@code stream} and {@code mail} servers are not HTTP); a file with {@code
 * server} or {@code upstream} blocks at its top level is a fragment meant for {@code http} and is
 * read as one. Every default comes from {@link NginxDefaults}.
 */
final class NginxModelBuilder {

  static final String SERVER_TYPE = "nginx server";
  static final String UPSTREAM_TYPE = "nginx upstream";

  private final NginxTreeReader.Tree tree;
  private final Model model;
  private final Set<String> upstreamNames = new HashSet<>();

  /** the nginx version running the tree, with where it came from; unknown when none says */
  private final Value<Object> version;

  /** whether that version keeps upstream connections by default; null when it depends */
  private final Boolean keepAliveByDefault;

  private NginxModelBuilder(NginxTreeReader.Tree tree, Model model, Value<Object> version) {
    this.tree = tree;
    this.model = model;
    this.version = version;
    this.keepAliveByDefault =
        NginxDefaults.keepAliveByDefault(version.isUnknown() ? null : version.text());
  }

  static void build(NginxTreeReader.Tree tree, Model model) {
    build(tree, model, Value.unknown(Location.file(tree.mainFile()), "no nginx version found"));
  }

  static void build(NginxTreeReader.Tree tree, Model model, Value<Object> version) {
    new NginxModelBuilder(tree, model, version).build();
  }

  /**
   * A default that changed in 1.29.7, for this tree's version: the later row when every release the
   * version admits is 1.29.7 or later, else the earlier row, its note saying when it applies.
   */
  private Value<Object> byVersion(PlatformDefault before, PlatformDefault since, Location at) {
    if (Boolean.TRUE.equals(keepAliveByDefault)) return since.at(at);
    return Value.byDefault(before.value(), at, before.note() + versionNote()).in(before.shownIn());
  }

  /** What a pre-1.29.7 default's note adds: the version, or that it is not known. */
  private String versionNote() {
    String until = " before " + NginxDefaults.KEEPALIVE_BY_DEFAULT_SINCE;
    if (keepAliveByDefault == null) {
      return version.isUnknown()
          ? until + "; the nginx version is not known"
          : until + "; nginx " + version.text() + " may be either";
    }
    return " on nginx " + version.text();
  }

  private void build() {
    List<List<NginxDirective>> httpLevels = new ArrayList<>();
    List<NginxDirective> top = tree.directives();
    for (NginxDirective d : top) {
      if (d.name().equals("http") && d.hasBlock()) httpLevels.add(d.block());
    }
    boolean fragment =
        top.stream()
            .anyMatch(
                d -> d.hasBlock() && (d.name().equals("server") || d.name().equals("upstream")));
    if (fragment) httpLevels.add(top);
    for (List<NginxDirective> http : httpLevels) {
      for (NginxDirective d : http) {
        if (d.name().equals("upstream") && d.hasBlock())
          upstreamNames.add(d.arg(0).toLowerCase(Locale.ROOT));
      }
    }
    for (List<NginxDirective> http : httpLevels) {
      for (NginxDirective d : http) {
        if (!d.hasBlock()) continue;
        if (d.name().equals("server")) server(d, http);
        if (d.name().equals("upstream")) upstream(d);
      }
    }
  }

  // ---- server

  private void server(NginxDirective block, List<NginxDirective> http) {
    Location at = block.location();
    ProxyServer server = new ProxyServer();
    server.setId(block.file() + ":" + block.line());
    server.setSourceType(SERVER_TYPE);
    server.setScope(tree.mainFile());
    server.setConfigFile(tree.mainFile());
    server.setLocation(at);
    server.setNginxVersion(version);

    List<Value<Object>> ports = new ArrayList<>();
    boolean anyListen = false;
    for (NginxDirective d : block.block()) {
      if (!d.name().equals("listen") || d.args().isEmpty()) continue;
      anyListen = true;
      Value<Object> port = listenPort(d);
      if (port != null) ports.add(port);
    }
    if (!anyListen) ports.add(NginxDefaults.LISTEN.at(at));
    server.setListenPorts(ports);

    List<Value<Object>> names = new ArrayList<>();
    for (NginxDirective d : block.block()) {
      if (!d.name().equals("server_name")) continue;
      for (String name : d.args()) names.add(NginxValues.text(name, d.location()));
    }
    server.setServerNames(names);

    List<List<NginxDirective>> levels = List.of(block.block(), http);
    server.setKeepaliveTimeout(keepaliveTimeout(levels, at));
    NginxDirective requests = find(levels, "keepalive_requests");
    server.setKeepaliveRequests(
        requests == null
            ? NginxDefaults.KEEPALIVE_REQUESTS.at(at)
            : NginxValues.integer(requests.arg(0), requests.location()));

    List<ProxyLocation> locations = new ArrayList<>();
    locations(block.block(), levels, locations, 0);
    server.setLocations(locations);
    model.getProxyServers().add(server);
  }

  /** The port of a listen directive; null for a unix socket. */
  private static Value<Object> listenPort(NginxDirective d) {
    String arg = d.arg(0);
    Location at = d.location();
    if (arg.startsWith("unix:")) return null;
    if (NginxValues.hasVariable(arg)) return NginxValues.variable(arg, at);
    NginxValues.Address address = NginxValues.address(arg, true);
    if (!address.hasPort())
      return defaultPort(NginxDefaults.LISTEN_PORT, at, "'listen " + arg + "'");
    Integer port = NginxValues.port(address.port());
    return port == null ? Value.unknown(at, "not a port: '" + arg + "'") : Value.explicit(port, at);
  }

  private static Value<Duration> keepaliveTimeout(List<List<NginxDirective>> levels, Location at) {
    NginxDirective d = find(levels, "keepalive_timeout");
    return d == null
        ? NginxDefaults.KEEPALIVE_TIMEOUT.durationAt(at)
        : NginxValues.time(d.arg(0), d.location());
  }

  /** A port nginx fills in, its note naming what left it out: {@code 80 of 'listen 10.0.0.1'}. */
  private static Value<Object> defaultPort(PlatformDefault row, Location at, String of) {
    return Value.byDefault(row.value(), at, row.note() + " of " + of);
  }

  // ---- locations

  private void locations(
      List<NginxDirective> block,
      List<List<NginxDirective>> outer,
      List<ProxyLocation> into,
      int depth) {
    for (NginxDirective d : block) {
      if (!d.name().equals("location") || !d.hasBlock()) continue;
      List<List<NginxDirective>> levels = new ArrayList<>();
      levels.add(d.block());
      levels.addAll(outer);
      into.add(location(d, levels));
      if (depth < NginxDirectiveParser.MAX_DEPTH) locations(d.block(), levels, into, depth + 1);
    }
  }

  private ProxyLocation location(NginxDirective d, List<List<NginxDirective>> levels) {
    Location at = d.location();
    ProxyLocation loc = new ProxyLocation();
    loc.setLocation(at);
    setPath(loc, d.args());

    NginxDirective pass = direct(d.block(), "proxy_pass");
    if (pass != null) proxyPass(loc, pass);

    NginxDirective version = find(levels, "proxy_http_version");
    loc.setNginxVersion(this.version);
    loc.setProxyHttpVersion(
        version == null
            ? byVersion(
                NginxDefaults.PROXY_HTTP_VERSION, NginxDefaults.PROXY_HTTP_VERSION_SINCE_1_29_7, at)
            : NginxValues.text(version.arg(0), version.location()));
    loc.setConnectionHeader(connectionHeader(levels, at));
    NginxDirective read = find(levels, "proxy_read_timeout");
    loc.setProxyReadTimeout(
        read == null
            ? NginxDefaults.PROXY_READ_TIMEOUT.durationAt(at)
            : NginxValues.time(read.arg(0), read.location()));
    loc.setKeepaliveTimeout(keepaliveTimeout(levels, at));
    loc.setReturnsDirectly(direct(d.block(), "return") != null);
    return loc;
  }

  private static void setPath(ProxyLocation loc, List<String> args) {
    if (args.size() >= 2) {
      loc.setModifier(args.get(0));
      loc.setPath(args.get(1));
      return;
    }
    String a = args.isEmpty() ? "" : args.get(0);
    for (String modifier : List.of("^~", "~*", "=", "~")) {
      if (a.length() > modifier.length() && a.startsWith(modifier)) {
        loc.setModifier(modifier);
        loc.setPath(a.substring(modifier.length()));
        return;
      }
    }
    loc.setPath(a);
  }

  private void proxyPass(ProxyLocation loc, NginxDirective pass) {
    String url = pass.arg(0);
    Location at = pass.location();
    loc.setProxyPass(NginxValues.text(url, at));
    int schemeEnd = url.indexOf("://");
    String scheme = schemeEnd > 0 ? url.substring(0, schemeEnd).toLowerCase(Locale.ROOT) : "";
    String rest = schemeEnd > 0 ? url.substring(schemeEnd + 3) : url;
    if (rest.startsWith("unix:")) return;
    int end = rest.length();
    for (char c : new char[] {'/', '?'}) {
      int i = rest.indexOf(c);
      if (i >= 0 && i < end) end = i;
    }
    String hostPort = rest.substring(0, end);
    if (NginxValues.hasVariable(hostPort)) {
      loc.setUpstreamName(NginxValues.variable(url, at));
      loc.setUpstreamPort(NginxValues.variable(url, at));
      return;
    }
    NginxValues.Address address = NginxValues.address(hostPort, false);
    if (!address.hasPort()) {
      if (upstreamNames.contains(address.host().toLowerCase(Locale.ROOT))) {
        loc.setUpstreamName(Value.explicit(address.host(), at));
        return;
      }
      loc.setUpstreamPort(
          (scheme.equals("https")
                  ? NginxDefaults.PROXY_PASS_HTTPS_PORT
                  : NginxDefaults.PROXY_PASS_HTTP_PORT)
              .at(at));
      return;
    }
    Integer port = NginxValues.port(address.port());
    loc.setUpstreamPort(
        port == null
            ? Value.unknown(at, "not a port: '" + hostPort + "'")
            : Value.explicit(port, at));
  }

  /**
   * proxy_set_header Connection: from the innermost level that sets any proxy_set_header. When that
   * level sets others but not Connection, an outer level's Connection is not inherited (nginx's
   * rule for array directives): the value is nginx's default, located at the directive that cut the
   * inheritance, since that is where the fix goes.
   */
  private Value<Object> connectionHeader(List<List<NginxDirective>> levels, Location at) {
    for (int i = 0; i < levels.size(); i++) {
      NginxDirective connection = null;
      NginxDirective first = null;
      for (NginxDirective d : levels.get(i)) {
        if (!d.name().equals("proxy_set_header")) continue;
        if (first == null) first = d;
        if (d.arg(0).equalsIgnoreCase("Connection")) connection = d;
      }
      if (connection != null) return NginxValues.text(connection.arg(1), connection.location());
      if (first == null) continue;
      for (List<NginxDirective> outer : levels.subList(i + 1, levels.size())) {
        for (NginxDirective d : outer) {
          if (d.name().equals("proxy_set_header") && d.arg(0).equalsIgnoreCase("Connection")) {
            Value<Object> dflt = connectionDefault(first.location());
            return Value.byDefault(
                dflt.raw(),
                first.location(),
                "this proxy_set_header replaces every inherited one, "
                    + "including Connection at "
                    + d.location().display()
                    + ": "
                    + dflt.origin().note());
          }
        }
      }
      break;
    }
    return connectionDefault(at);
  }

  private Value<Object> connectionDefault(Location at) {
    return byVersion(
        NginxDefaults.PROXY_CONNECTION_HEADER,
        NginxDefaults.PROXY_CONNECTION_HEADER_SINCE_1_29_7,
        at);
  }

  // ---- upstreams

  private void upstream(NginxDirective block) {
    Location at = block.location();
    Upstream upstream = new Upstream();
    upstream.setId(block.arg(0));
    upstream.setSourceType(UPSTREAM_TYPE);
    upstream.setScope(tree.mainFile());
    upstream.setConfigFile(tree.mainFile());
    upstream.setLocation(at);
    upstream.setNginxVersion(version);
    List<Value<Object>> servers = new ArrayList<>();
    List<Value<Object>> ports = new ArrayList<>();
    for (NginxDirective d : block.block()) {
      if (!d.name().equals("server") || d.hasBlock() || d.args().isEmpty()) continue;
      String address = d.arg(0);
      servers.add(NginxValues.text(address, d.location()));
      if (address.startsWith("unix:")) continue;
      if (NginxValues.hasVariable(address)) {
        ports.add(NginxValues.variable(address, d.location()));
        continue;
      }
      NginxValues.Address a = NginxValues.address(address, false);
      if (!a.hasPort()) {
        ports.add(
            defaultPort(
                NginxDefaults.UPSTREAM_SERVER_PORT, d.location(), "upstream server " + address));
      } else {
        Integer port = NginxValues.port(a.port());
        ports.add(
            port == null
                ? Value.unknown(d.location(), "not a port: '" + address + "'")
                : Value.explicit(port, d.location()));
      }
    }
    upstream.setServers(servers);
    upstream.setServerPorts(ports);
    NginxDirective keepalive = direct(block.block(), "keepalive");
    upstream.setKeepalive(
        keepalive != null
            ? NginxValues.integer(keepalive.arg(0), keepalive.location())
            : Boolean.TRUE.equals(keepAliveByDefault)
                ? NginxDefaults.UPSTREAM_KEEPALIVE_SINCE_1_29_7.at(at)
                : Value.unknown(
                    at, "no keepalive directive: no upstream connection cache" + versionNote()));
    NginxDirective timeout = direct(block.block(), "keepalive_timeout");
    upstream.setKeepaliveTimeout(
        timeout == null
            ? NginxDefaults.UPSTREAM_KEEPALIVE_TIMEOUT.durationAt(at)
            : NginxValues.time(timeout.arg(0), timeout.location()));
    model.getUpstreams().add(upstream);
  }

  // ---- lookups

  /** The first directive of that name directly in the block (nginx rejects duplicates of these). */
  private static NginxDirective direct(List<NginxDirective> block, String name) {
    for (NginxDirective d : block) {
      if (d.name().equals(name) && !d.hasBlock()) return d;
    }
    return null;
  }

  /** The directive as inherited: from the innermost level that sets it. */
  private static NginxDirective find(List<List<NginxDirective>> levels, String name) {
    for (List<NginxDirective> level : levels) {
      NginxDirective d = direct(level, name);
      if (d != null) return d;
    }
    return null;
  }
}
