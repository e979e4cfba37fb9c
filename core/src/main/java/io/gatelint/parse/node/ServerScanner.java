/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.node;

import static io.gatelint.parse.node.JsFile.arguments;
import static io.gatelint.parse.node.JsFile.field;
import static io.gatelint.parse.node.JsFile.is;
import static io.gatelint.parse.node.JsFile.present;
import static io.gatelint.parse.node.JsFile.unwrap;

import io.gatelint.model.AppServer;
import io.gatelint.model.Location;
import io.gatelint.model.Origin;
import io.gatelint.model.Value;
import io.gatelint.model.defaults.NodeDefaults;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Finds the HTTP servers one file creates, their timeouts and listen port, following the server
 * object through variables: the factories of each {@link FrameworkScanner}, {@code app.listen},
 * {@code app.getHttpServer()}, {@code await app.listen()}, the framework's server property ({@code
 * fastify.server}, {@code server.listener}), and assignments {@code server.keepAliveTimeout = …}.
 * Routes are the {@link RouteCollector}'s.
 */
final class ServerScanner {

  /**
   * Timeouts a Node server takes as {@code createServer} options or assignments; {@code timeout} is
   * an assignment only ({@code server.timeout = ms}, also {@code server.setTimeout(ms)}).
   */
  static final Set<String> SETTINGS =
      Set.of("keepAliveTimeout", "headersTimeout", "requestTimeout", "keepAliveTimeoutBuffer");

  static final Set<String> ASSIGNED =
      Set.of(
          "keepAliveTimeout",
          "headersTimeout",
          "requestTimeout",
          "keepAliveTimeoutBuffer",
          "timeout");

  private final JsFile file;
  private final JsSymbols symbols;
  private final ConstantFolder folder;
  private final RouteCollector routes;

  /** variable → the app, router or server it holds */
  private final Map<String, Object> bindings = new HashMap<>();

  /** creation site → what it created (null when nothing), so each is made once */
  private final Map<String, Object> created = new HashMap<>();

  private final List<AppObject> apps = new ArrayList<>();
  private final List<ServerObject> servers = new ArrayList<>();

  ServerScanner(JsFile file, JsSymbols symbols, ConstantFolder folder) {
    this.file = file;
    this.symbols = symbols;
    this.folder = folder;
    this.routes = new RouteCollector(this);
  }

  JsFile file() {
    return file;
  }

  JsSymbols symbols() {
    return symbols;
  }

  ConstantFolder folder() {
    return folder;
  }

  List<ServerObject> scan() {
    JsFile.walk(file.root(), this::visit);
    for (AppObject app : apps) {
      if (!app.router && app.servers.isEmpty()) {
        ServerObject s = new ServerObject(app.framework, app.created);
        s.app = app;
        app.servers.add(s);
        servers.add(s);
      }
    }
    servers.sort((a, b) -> Integer.compare(a.created.getStartByte(), b.created.getStartByte()));
    routes.attributePlainRoutes(servers);
    return servers;
  }

  // ---- what an expression is

  /** The app, router or server an expression evaluates to, creating it at its creation site. */
  Object entityOf(TSNode raw) {
    TSNode n = unwrap(raw);
    if (!present(n)) return null;
    switch (n.getType()) {
      case "identifier" -> {
        return bindings.get(file.text(n));
      }
      case "call_expression", "new_expression" -> {
        Object c = create(n);
        if (c != null) return c;
        TSNode callee = unwrap(field(n, is(n, "call_expression") ? "function" : "constructor"));
        if (!is(n, "call_expression") || !is(callee, "member_expression")) return null;
        String method = file.memberName(callee);
        Object target = entityOf(file.memberObject(callee));
        if (method == null || target == null) return null;
        return switch (method) {
          case "listen" -> {
            if (target instanceof AppObject app && !app.router) yield listenServer(n, app);
            if (target instanceof ServerObject s
                && FrameworkScanner.of(s.framework).listenReturnsServer()) {
              yield s;
            }
            yield null;
          }
          case "getHttpServer" -> target instanceof ServerObject s ? s : null;
          case "callback", "routes", "middleware" -> target instanceof AppObject ? target : null;
          default -> null;
        };
      }
      case "member_expression" -> {
        String prop = file.memberName(n);
        Object target = entityOf(file.memberObject(n));
        if (target instanceof ServerObject s
            && prop != null
            && prop.equals(FrameworkScanner.of(s.framework).serverProperty())) {
          return s;
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  private ServerObject listenServer(TSNode call, AppObject app) {
    String key = JsFile.key(call);
    if (created.get(key) instanceof ServerObject s) return s;
    ServerObject s = new ServerObject(app.framework, call);
    s.app = app;
    app.servers.add(s);
    servers.add(s);
    created.put(key, s);
    return s;
  }

  /** A new app, router or server when the call or {@code new} creates one; remembered per node. */
  private Object create(TSNode n) {
    String key = JsFile.key(n);
    if (created.containsKey(key)) return created.get(key);
    Object made = make(n);
    created.put(key, made);
    if (made instanceof AppObject a) apps.add(a);
    if (made instanceof ServerObject s) servers.add(s);
    return made;
  }

  private Object make(TSNode n) {
    boolean isNew = is(n, "new_expression");
    String module = symbols.moduleOf(field(n, isNew ? "constructor" : "function"));
    if (module == null) return null;
    List<TSNode> args = arguments(n);
    for (FrameworkScanner framework : FrameworkScanner.ALL) {
      Object made = framework.create(this, n, module, isNew, args);
      if (made != null) return made;
    }
    return null;
  }

  // ---- settings and port

  /** Reads the given timeouts from an options object literal. */
  void readOptions(ServerObject s, TSNode options, Set<String> keys) {
    TSNode obj = symbols.resolve(options);
    if (!is(obj, "object")) return;
    for (String k : keys) {
      TSNode v = symbols.property(obj, k);
      if (v != null) s.settings.put(k, millis(folder.fold(v, settingSite(v))));
    }
  }

  /**
   * A Node timeout, written in milliseconds, as a duration; what does not read as a number is
   * unknown.
   */
  static Value<Duration> millis(Value<Object> v) {
    double ms = v.num();
    if (Double.isNaN(ms)) {
      return Value.unknownDuration(
          v.isUnknown()
              ? v.origin()
              : Origin.unknown(v.location(), "not a number of milliseconds: " + v.text()),
          Value.Unit.MILLIS);
    }
    Duration d =
        ms == Math.rint(ms) || Math.abs(ms) > 1e12
            ? Duration.ofMillis(Math.round(ms))
            : Duration.ofNanos(Math.round(ms * 1_000_000));
    return Value.duration(d, v.origin(), Value.Unit.MILLIS);
  }

  /** Where a setting is written: the property {@code key: value}, or the value itself. */
  private Location settingSite(TSNode value) {
    TSNode parent = value.getParent();
    return is(parent, "pair") ? file.location(parent) : file.location(value);
  }

  /** The function an argument is or names, or null. */
  TSNode functionOf(TSNode arg) {
    TSNode n = unwrap(arg);
    if (JsFile.isFunction(n)) return n;
    if (is(n, "identifier")) {
      TSNode fn = symbols.function(file.text(n));
      if (fn != null) return fn;
      TSNode init = symbols.binding(file.text(n));
      if (init != null && JsFile.isFunction(unwrap(init))) return unwrap(init);
    }
    return null;
  }

  /** A port as written; digits in a string are the port number. */
  Value<Object> port(TSNode node) {
    Value<Object> v = folder.fold(node, settingSite(node));
    if (v.raw() instanceof String s && s.trim().matches("\\d{1,5}")) {
      return Value.of(Integer.parseInt(s.trim()), v.origin());
    }
    return v;
  }

  // ---- the walk

  private void visit(TSNode n) {
    switch (n.getType()) {
      case "variable_declarator" -> {
        TSNode name = field(n, "name");
        Object e = entityOf(field(n, "value"));
        if (is(name, "identifier") && e != null) bindings.put(file.text(name), e);
      }
      case "assignment_expression" -> assignment(n);
      case "call_expression" -> call(n);
      case "new_expression" -> entityOf(n);
      case "binary_expression" -> routes.urlComparison(n);
      case "switch_statement" -> routes.urlSwitch(n);
      default -> {}
    }
  }

  private void assignment(TSNode n) {
    TSNode left = unwrap(field(n, "left"));
    TSNode right = field(n, "right");
    if (is(left, "identifier")) {
      Object e = entityOf(right);
      if (e != null) bindings.put(file.text(left), e);
      return;
    }
    if (!(is(left, "member_expression") || is(left, "subscript_expression"))) return;
    String prop = file.memberName(left);
    if (prop == null || !ASSIGNED.contains(prop)) return;
    if (entityOf(file.memberObject(left)) instanceof ServerObject s) {
      s.settings.put(prop, millis(folder.fold(right, file.location(left))));
    }
  }

  private void call(TSNode n) {
    entityOf(n);
    TSNode callee = unwrap(field(n, "function"));
    if (!is(callee, "member_expression")) return;
    String method = file.memberName(callee);
    if (method == null) return;
    List<TSNode> args = arguments(n);
    TSNode objectNode = file.memberObject(callee);
    if (method.equals("setTimeout") && !args.isEmpty()) {
      // server.setTimeout(ms[, callback]) sets the socket inactivity timeout
      if (entityOf(objectNode) instanceof ServerObject s && !s.fastifyDefaults) {
        s.settings.put("timeout", millis(folder.fold(args.get(0), file.location(n))));
      }
      return;
    }
    if (method.equals("listen")) {
      Object target = entityOf(n);
      if (!(target instanceof ServerObject)) target = entityOf(objectNode);
      if (target instanceof ServerObject s) listenPort(s, args);
      return;
    }
    routes.call(n, method, args, objectNode, entityOf(objectNode));
  }

  private void listenPort(ServerObject s, List<TSNode> args) {
    if (args.isEmpty()) {
      s.port =
          Value.unknown(file.location(s.created), "listen() without a port picks a random port");
      return;
    }
    TSNode first = args.get(0);
    TSNode resolved = symbols.resolve(first);
    if (is(resolved, "object")) {
      TSNode port = symbols.property(resolved, "port");
      s.port =
          port == null
              ? Value.unknown(file.location(first), "listen options without a port")
              : port(port);
      return;
    }
    if (JsFile.isFunction(unwrap(first))) {
      s.port = Value.unknown(file.location(first), "listen() without a port picks a random port");
      return;
    }
    s.port = port(first);
  }

  // ---- the model

  /** Builds the model's view of a server, filling what the file leaves out with defaults. */
  AppServer toAppServer(ServerObject s, Value<Object> nodeMajor, String projectDir) {
    Location at = file.location(s.created);
    AppServer a = new AppServer();
    a.setId(file.relativePath() + ":" + at.line());
    a.setSourceType("node server");
    a.setScope(file.relativePath());
    a.setLocation(at);
    a.setFramework(s.framework);
    a.setProjectDir(projectDir);
    a.setNodeMajor(nodeMajor);
    a.setListenPort(
        s.port != null
            ? s.port
            : Value.unknown(at, "no listen port found in " + file.relativePath()));
    Value<Duration> keepAlive = s.settings.get("keepAliveTimeout");
    Value<Duration> request = s.settings.get("requestTimeout");
    Value<Duration> headers = s.settings.get("headersTimeout");
    if (keepAlive == null)
      keepAlive = NodeDefaults.keepAliveTimeout(nodeMajor, s.fastifyDefaults, at);
    if (request == null) request = NodeDefaults.requestTimeout(nodeMajor, s.fastifyDefaults, at);
    if (headers == null) headers = NodeDefaults.headersTimeout(nodeMajor, request, at);
    Value<Duration> socket = s.settings.get("timeout");
    if (socket == null) socket = s.settings.get("connectionTimeout");
    if (socket == null) socket = NodeDefaults.socketTimeout(nodeMajor, s.fastifyDefaults, at);
    a.setKeepAliveTimeoutBuffer(
        NodeDefaults.keepAliveTimeoutBuffer(
            nodeMajor, s.settings.get("keepAliveTimeoutBuffer"), at));
    a.setSocketTimeout(socket);
    a.setKeepAliveTimeout(keepAlive);
    a.setRequestTimeout(request);
    a.setHeadersTimeout(headers);
    a.setRoutes(RouteCollector.routesOf(s));
    return a;
  }
}
