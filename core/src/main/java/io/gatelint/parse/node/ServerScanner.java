package io.gatelint.parse.node;

import static io.gatelint.parse.node.JsFile.arguments;
import static io.gatelint.parse.node.JsFile.field;
import static io.gatelint.parse.node.JsFile.is;
import static io.gatelint.parse.node.JsFile.namedChildren;
import static io.gatelint.parse.node.JsFile.present;
import static io.gatelint.parse.node.JsFile.unwrap;

import io.gatelint.model.AppServer;
import io.gatelint.model.Location;
import io.gatelint.model.Origin;
import io.gatelint.model.Route;
import io.gatelint.model.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Finds the HTTP servers one file creates, their timeouts, listen port and routes, following the
 * server object through variables: {@code http.createServer}, Express and Koa {@code app.listen},
 * Fastify {@code fastify(options)} and {@code app.server}, NestJS {@code NestFactory.create},
 * {@code app.getHttpServer()} and {@code await app.listen()}, Hapi {@code Hapi.server()} and {@code
 * server.listener}, and assignments {@code server.keepAliveTimeout = …}.
 */
final class ServerScanner {

  static final Set<String> SETTINGS =
      Set.of("keepAliveTimeout", "headersTimeout", "requestTimeout");
  private static final Set<String> METHODS =
      Set.of("get", "post", "put", "delete", "patch", "head", "options", "all");

  /** An application or router object: routes are declared on it, servers serve it. */
  static final class App {
    final String framework;
    final TSNode created;
    final boolean router;
    String prefix = "";
    final List<RouteDef> routes = new ArrayList<>();
    final List<Mount> mounts = new ArrayList<>();
    final List<Server> servers = new ArrayList<>();

    App(String framework, TSNode created, boolean router) {
      this.framework = framework;
      this.created = created;
      this.router = router;
    }
  }

  /** A Node HTTP server object and what the file says about it. */
  static final class Server {
    String framework;
    final TSNode created;
    boolean fastifyDefaults;
    App app;
    TSNode handler;
    Value<Object> port;
    final Map<String, Value<Object>> settings = new LinkedHashMap<>();
    final List<RouteDef> routes = new ArrayList<>();

    Server(String framework, TSNode created) {
      this.framework = framework;
      this.created = created;
    }
  }

  record RouteDef(String method, Location methodAt, String path, Location pathAt) {}

  record Mount(String prefix, App router) {}

  private final JsFile file;
  private final ConstantFolder folder;

  /** local name → module, or module#export for a named import */
  private final Map<String, String> modules = new HashMap<>();

  private final Map<String, TSNode> functions = new HashMap<>();
  private final Map<String, Object> bindings = new HashMap<>();
  private final Map<String, Object> created = new HashMap<>();
  private final List<App> apps = new ArrayList<>();
  private final List<Server> servers = new ArrayList<>();
  private final List<RouteDef> plainRoutes = new ArrayList<>();
  private final List<TSNode> plainRouteNodes = new ArrayList<>();

  ServerScanner(JsFile file, ConstantFolder folder) {
    this.file = file;
    this.folder = folder;
  }

  /** True when the file creates at least one server. */
  boolean hasServers() {
    return !servers.isEmpty();
  }

  List<Server> scan() {
    JsFile.walk(file.root(), this::collectModule);
    JsFile.walk(file.root(), this::visit);
    for (App app : apps) {
      if (!app.router && app.servers.isEmpty()) {
        Server s = new Server(app.framework, app.created);
        s.app = app;
        app.servers.add(s);
        servers.add(s);
      }
    }
    servers.sort((a, b) -> Integer.compare(a.created.getStartByte(), b.created.getStartByte()));
    attributePlainRoutes();
    return servers;
  }

  /** The routes a server serves: its own, its app's with mounts resolved, and plain URL checks. */
  List<Route> routesOf(Server s) {
    List<Route> out = new ArrayList<>();
    for (RouteDef r : sorted(s.routes)) out.add(route(r, ""));
    if (s.app != null) collectRoutes(s.app, "", new HashSet<>(), out);
    return out;
  }

  private static List<RouteDef> sorted(List<RouteDef> routes) {
    return routes.stream().sorted((a, b) -> a.methodAt().compareTo(b.methodAt())).toList();
  }

  private void collectRoutes(App app, String prefix, Set<App> seen, List<Route> out) {
    if (!seen.add(app)) return;
    String base = join(prefix, app.prefix);
    for (RouteDef r : sorted(app.routes)) out.add(route(r, base));
    for (Mount m : app.mounts) collectRoutes(m.router, join(base, m.prefix), seen, out);
    seen.remove(app);
  }

  private static Route route(RouteDef r, String prefix) {
    Route route = new Route();
    route.setMethod(Value.explicit(r.method, r.methodAt));
    String path = join(prefix, r.path);
    route.setPath(
        prefix.isEmpty() || prefix.equals("/")
            ? Value.explicit(path, r.pathAt)
            : Value.of(
                path, new Origin(Origin.Kind.EXPLICIT, r.pathAt, "mounted under " + prefix)));
    return route;
  }

  static String join(String prefix, String path) {
    if (prefix == null || prefix.isEmpty() || prefix.equals("/"))
      return path.isEmpty() ? "/" : path;
    String p = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
    if (path.isEmpty() || path.equals("/")) return p;
    return p + (path.startsWith("/") ? path : "/" + path);
  }

  // ---- modules ----

  private void collectModule(TSNode n) {
    if (is(n, "function_declaration") || is(n, "generator_function_declaration")) {
      TSNode name = field(n, "name");
      if (name != null) functions.put(file.text(name), n);
    }
    if (is(n, "import_statement")) {
      String module = normalizeModule(file.stringLiteral(field(n, "source")));
      if (module == null) return;
      for (TSNode c : namedChildren(n)) {
        if (!is(c, "import_clause")) continue;
        for (TSNode part : namedChildren(c)) {
          if (is(part, "identifier")) modules.put(file.text(part), module);
          else if (is(part, "namespace_import")) {
            for (TSNode id : namedChildren(part))
              if (is(id, "identifier")) modules.put(file.text(id), module);
          } else if (is(part, "named_imports")) {
            for (TSNode spec : namedChildren(part)) {
              if (!is(spec, "import_specifier")) continue;
              TSNode name = field(spec, "name");
              TSNode alias = field(spec, "alias");
              if (name == null) continue;
              String imported = file.text(name);
              modules.put(
                  file.text(alias != null ? alias : name),
                  imported.equals("default") ? module : module + "#" + imported);
            }
          }
        }
      }
    }
    if (is(n, "variable_declarator")) {
      TSNode value = unwrap(field(n, "value"));
      String module = requiredModule(value);
      if (module == null && is(value, "member_expression")) {
        // require('fastify').default, require('express').Router
        String inner = requiredModule(unwrap(file.memberObject(value)));
        String prop = file.memberName(value);
        if (inner != null && prop != null)
          module = prop.equals("default") ? inner : inner + "#" + prop;
      }
      if (module == null) return;
      TSNode name = field(n, "name");
      if (is(name, "identifier")) {
        modules.put(file.text(name), module);
      } else if (is(name, "object_pattern")) {
        for (TSNode p : namedChildren(name)) {
          if (is(p, "shorthand_property_identifier_pattern")) {
            modules.put(file.text(p), module + "#" + file.text(p));
          } else if (is(p, "pair_pattern")) {
            TSNode key = field(p, "key");
            TSNode val = field(p, "value");
            if (key != null && is(val, "identifier"))
              modules.put(file.text(val), module + "#" + file.text(key));
          }
        }
      }
    }
  }

  private String requiredModule(TSNode n) {
    if (!is(n, "call_expression")) return null;
    TSNode fn = field(n, "function");
    if (!is(fn, "identifier") || !file.text(fn).equals("require")) return null;
    List<TSNode> args = arguments(n);
    return args.isEmpty() ? null : normalizeModule(file.stringLiteral(args.get(0)));
  }

  private static String normalizeModule(String m) {
    if (m == null) return null;
    return m.startsWith("node:") ? m.substring(5) : m;
  }

  /**
   * The module (or module#export) an expression names: {@code express}, {@code http.createServer},
   * {@code require('x')}.
   */
  private String moduleOf(TSNode raw) {
    TSNode n = unwrap(raw);
    if (is(n, "identifier")) return modules.get(file.text(n));
    if (is(n, "call_expression")) return requiredModule(n);
    if (is(n, "member_expression")) {
      String base = moduleOf(file.memberObject(n));
      String prop = file.memberName(n);
      if (base == null || prop == null) {
        return is(unwrap(file.memberObject(n)), "identifier") && prop != null
            ? file.text(unwrap(file.memberObject(n))) + "." + prop
            : null;
      }
      return prop.equals("default")
          ? base
          : (base.contains("#") ? base + "." + prop : base + "#" + prop);
    }
    return null;
  }

  // ---- objects: what an expression is ----

  /** The app, router or server an expression evaluates to, creating it at its creation site. */
  private Object entityOf(TSNode raw) {
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
        switch (method) {
          case "listen" -> {
            if (target instanceof App app && !app.router) return listenServer(n, app);
            if (target instanceof Server s && !s.framework.equals("fastify")) return s;
            return null;
          }
          case "getHttpServer" -> {
            return target instanceof Server s ? s : null;
          }
          case "callback", "routes", "middleware" -> {
            return target instanceof App ? target : null;
          }
          default -> {
            return null;
          }
        }
      }
      case "member_expression" -> {
        String prop = file.memberName(n);
        Object target = entityOf(file.memberObject(n));
        if (target instanceof Server s
            && (("server".equals(prop) && s.framework.equals("fastify"))
                || ("listener".equals(prop) && s.framework.equals("hapi")))) {
          return s;
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  private Server listenServer(TSNode call, App app) {
    String key = JsFile.key(call);
    Object memo = created.get(key);
    if (memo instanceof Server s) return s;
    Server s = new Server(app.framework, call);
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
    if (made instanceof App a) apps.add(a);
    if (made instanceof Server s) servers.add(s);
    return made;
  }

  private Object make(TSNode n) {
    boolean isNew = is(n, "new_expression");
    TSNode callee = unwrap(field(n, isNew ? "constructor" : "function"));
    String module = moduleOf(callee);
    if (module == null) return null;
    List<TSNode> args = arguments(n);
    if (!isNew) {
      switch (module) {
        case "express" -> {
          return new App("express", n, false);
        }
        case "express#Router" -> {
          return new App("express", n, true);
        }
        case "fastify", "fastify#fastify", "fastify#default" -> {
          Server s = new Server("fastify", n);
          s.fastifyDefaults = true;
          if (!args.isEmpty())
            readOptions(s, args.get(0), Set.of("keepAliveTimeout", "requestTimeout"));
          return s;
        }
        case "http#createServer", "https#createServer" -> {
          Server s = new Server("node:http", n);
          for (TSNode arg : args) {
            TSNode resolved = folder.resolve(arg);
            if (is(resolved, "object")) {
              readOptions(s, arg, SETTINGS);
              continue;
            }
            Object e = entityOf(arg);
            if (e instanceof App app) {
              s.app = app;
              s.framework = app.framework;
              app.servers.add(s);
            } else {
              s.handler = functionOf(arg);
            }
          }
          return s;
        }
        case "@hapi/hapi#server", "hapi#server" -> {
          return hapi(n, args);
        }
        case "NestFactory.create", "@nestjs/core#NestFactory.create" -> {
          Server s = new Server("nest", n);
          if (args.size() > 1) {
            TSNode adapter = unwrap(args.get(1));
            if (is(adapter, "new_expression")
                && file.text(field(adapter, "constructor")).endsWith("FastifyAdapter")) {
              s.fastifyDefaults = true;
              List<TSNode> adapterArgs = arguments(adapter);
              if (!adapterArgs.isEmpty())
                readOptions(s, adapterArgs.get(0), Set.of("keepAliveTimeout", "requestTimeout"));
            }
          }
          return s;
        }
        default -> {
          return null;
        }
      }
    }
    switch (module) {
      case "koa" -> {
        return new App("koa", n, false);
      }
      case "@koa/router", "koa-router", "@koa/router#Router", "koa-router#Router" -> {
        App router = new App("koa", n, true);
        if (!args.isEmpty()) {
          TSNode prefix = folder.property(folder.resolve(args.get(0)), "prefix");
          Value<Object> p = prefix == null ? null : folder.fold(prefix, file.location(prefix));
          if (p != null && p.raw() instanceof String s) router.prefix = s;
        }
        return router;
      }
      case "@hapi/hapi#Server", "hapi#Server" -> {
        return hapi(n, args);
      }
      default -> {
        return null;
      }
    }
  }

  private Server hapi(TSNode n, List<TSNode> args) {
    Server s = new Server("hapi", n);
    if (!args.isEmpty()) {
      TSNode port = folder.property(folder.resolve(args.get(0)), "port");
      if (port != null) s.port = port(port);
    }
    return s;
  }

  private void readOptions(Server s, TSNode options, Set<String> keys) {
    TSNode obj = folder.resolve(options);
    if (!is(obj, "object")) return;
    for (String k : keys) {
      TSNode v = folder.property(obj, k);
      if (v != null) s.settings.put(k, folder.fold(v, settingSite(v)).in(Value.Unit.MILLIS));
    }
  }

  /** Where a setting is written: the property {@code key: value}, or the value itself. */
  private Location settingSite(TSNode value) {
    TSNode parent = value.getParent();
    return is(parent, "pair") ? file.location(parent) : file.location(value);
  }

  private TSNode functionOf(TSNode arg) {
    TSNode n = unwrap(arg);
    if (JsFile.isFunction(n)) return n;
    if (is(n, "identifier")) {
      TSNode fn = functions.get(file.text(n));
      if (fn != null) return fn;
      TSNode init = folder.binding(file.text(n));
      if (init != null && JsFile.isFunction(unwrap(init))) return unwrap(init);
    }
    return null;
  }

  private Value<Object> port(TSNode node) {
    Value<Object> v = folder.fold(node, settingSite(node));
    if (v.raw() instanceof String s && s.trim().matches("\\d{1,5}")) {
      return Value.of(Integer.parseInt(s.trim()), v.origin());
    }
    return v;
  }

  // ---- the walk ----

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
      case "binary_expression" -> urlComparison(n);
      case "switch_statement" -> urlSwitch(n);
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
    if (prop == null || !SETTINGS.contains(prop)) return;
    if (entityOf(file.memberObject(left)) instanceof Server s) {
      s.settings.put(prop, folder.fold(right, file.location(left)).in(Value.Unit.MILLIS));
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
    if (method.equals("listen")) {
      Object target = entityOf(n);
      if (!(target instanceof Server)) target = entityOf(objectNode);
      if (target instanceof Server s) listenPort(s, args);
      return;
    }
    Object target = entityOf(objectNode);
    String lower = method.toLowerCase(Locale.ROOT);
    if (METHODS.contains(lower)) {
      TSNode routeCall = routeChain(unwrap(objectNode));
      if (routeCall != null) {
        // app.route('/x').get(...).post(...)
        Object owner = entityOf(file.memberObject(unwrap(field(routeCall, "function"))));
        List<TSNode> routeArgs = arguments(routeCall);
        if (owner instanceof App app && !routeArgs.isEmpty())
          addRoute(app.routes, lower, n, routeArgs.get(0));
        return;
      }
      if (args.size() < 2) return; // app.get('env') reads a setting
      if (target instanceof App app) addRoute(app.routes, lower, n, args.get(0));
      else if (target instanceof Server s && (s.framework.equals("fastify") || s.fastifyDefaults)) {
        addRoute(s.routes, lower, n, args.get(0));
      }
      return;
    }
    switch (method) {
      case "route" -> {
        if (args.isEmpty()) return;
        if (target instanceof Server s) routeObjects(s, args.get(0), n);
      }
      case "use" -> {
        if (!(target instanceof App app)) return;
        String prefix = "";
        int first = 0;
        if (!args.isEmpty()) {
          Value<Object> p = folder.fold(args.get(0), file.location(args.get(0)));
          if (p.raw() instanceof String s) {
            prefix = s;
            first = 1;
          }
        }
        for (int i = first; i < args.size(); i++) {
          Object e = entityOf(args.get(i));
          if (e instanceof App router && router != app) app.mounts.add(new Mount(prefix, router));
          else if (first == 1
              && JsFile.isFunction(unwrap(args.get(i)))
              && app.framework.equals("express")) {
            app.routes.add(
                new RouteDef("ALL", file.location(n), prefix, file.location(args.get(0))));
            break;
          }
        }
      }
      default -> {}
    }
  }

  private TSNode routeChain(TSNode n) {
    TSNode cur = n;
    for (int i = 0; i < 20 && is(cur, "call_expression"); i++) {
      TSNode fn = unwrap(field(cur, "function"));
      if (!is(fn, "member_expression")) return null;
      if ("route".equals(file.memberName(fn)) && entityOf(file.memberObject(fn)) instanceof App)
        return cur;
      cur = unwrap(file.memberObject(fn));
    }
    return null;
  }

  private void addRoute(List<RouteDef> into, String method, TSNode call, TSNode pathNode) {
    Value<Object> p = folder.fold(pathNode, file.location(pathNode));
    if (p.raw() instanceof String path) {
      // the method name's position: calls chained on app.route('/x') all start at the same place
      TSNode callee = unwrap(field(call, "function"));
      TSNode name = is(callee, "member_expression") ? field(callee, "property") : null;
      into.add(
          new RouteDef(
              method.toUpperCase(Locale.ROOT),
              file.location(name != null ? name : call),
              path,
              file.location(pathNode)));
    }
  }

  /**
   * Fastify {@code route({ method, url })} and Hapi {@code route({ method, path })}, one or an
   * array.
   */
  private void routeObjects(Server s, TSNode arg, TSNode call) {
    TSNode n = folder.resolve(arg);
    List<TSNode> objects = is(n, "array") ? namedChildren(n) : List.of(n);
    for (TSNode o : objects) {
      TSNode obj = folder.resolve(o);
      if (!is(obj, "object")) continue;
      TSNode pathNode = folder.property(obj, s.framework.equals("hapi") ? "path" : "url");
      if (pathNode == null) pathNode = folder.property(obj, "path");
      if (pathNode == null) continue;
      Value<Object> path = folder.fold(pathNode, file.location(pathNode));
      if (!(path.raw() instanceof String p)) continue;
      TSNode methodNode = folder.property(obj, "method");
      List<String> methods = new ArrayList<>();
      TSNode m = methodNode == null ? null : folder.resolve(methodNode);
      if (is(m, "array")) {
        for (TSNode x : namedChildren(m)) {
          if (folder.fold(x, file.location(x)).raw() instanceof String ms) methods.add(ms);
        }
      } else if (m != null && folder.fold(m, file.location(m)).raw() instanceof String ms) {
        methods.add(ms);
      }
      if (methods.isEmpty()) methods.add("ALL");
      for (String method : methods) {
        String upper = method.equals("*") ? "ALL" : method.toUpperCase(Locale.ROOT);
        s.routes.add(
            new RouteDef(
                upper,
                file.location(methodNode != null ? methodNode : call),
                p,
                file.location(pathNode)));
      }
    }
  }

  private void listenPort(Server s, List<TSNode> args) {
    if (args.isEmpty()) {
      s.port =
          Value.unknown(file.location(s.created), "listen() without a port picks a random port");
      return;
    }
    TSNode first = args.get(0);
    TSNode resolved = folder.resolve(first);
    if (is(resolved, "object")) {
      TSNode port = folder.property(resolved, "port");
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

  // ---- plain node:http routing ----

  private boolean isUrlExpression(TSNode n) {
    TSNode u = unwrap(n);
    if (!(is(u, "member_expression") || is(u, "identifier"))) return false;
    String t = file.text(u);
    return t.matches("(?s).*(^|\\.)(url|pathname|path)$");
  }

  private void urlComparison(TSNode n) {
    TSNode op = field(n, "operator");
    if (op == null) return;
    String o = file.text(op);
    if (!o.equals("===") && !o.equals("==")) return;
    TSNode left = field(n, "left");
    TSNode right = field(n, "right");
    TSNode pathNode = isUrlExpression(left) ? right : isUrlExpression(right) ? left : null;
    if (pathNode == null) return;
    String path = file.stringLiteral(unwrap(pathNode));
    if (path == null || !path.startsWith("/")) return;
    String method = "ALL";
    TSNode parent = n.getParent();
    if (is(parent, "binary_expression")
        && field(parent, "operator") != null
        && file.text(field(parent, "operator")).equals("&&")) {
      for (TSNode side : List.of(field(parent, "left"), field(parent, "right"))) {
        String m = comparedMethod(side);
        if (m != null) method = m;
      }
    }
    plainRoutes.add(new RouteDef(method, file.location(n), path, file.location(pathNode)));
    plainRouteNodes.add(n);
  }

  private String comparedMethod(TSNode side) {
    TSNode s = unwrap(side);
    if (!is(s, "binary_expression")) return null;
    TSNode l = unwrap(field(s, "left"));
    TSNode r = unwrap(field(s, "right"));
    if (l != null && file.text(l).endsWith(".method")) return upper(file.stringLiteral(r));
    if (r != null && file.text(r).endsWith(".method")) return upper(file.stringLiteral(l));
    return null;
  }

  private static String upper(String s) {
    return s == null ? null : s.toUpperCase(Locale.ROOT);
  }

  private void urlSwitch(TSNode n) {
    TSNode value = field(n, "value");
    if (!isUrlExpression(value)) return;
    TSNode body = field(n, "body");
    for (TSNode c : namedChildren(body)) {
      if (!is(c, "switch_case")) continue;
      TSNode v = field(c, "value");
      String path = file.stringLiteral(unwrap(v));
      if (path == null || !path.startsWith("/")) continue;
      plainRoutes.add(new RouteDef("ALL", file.location(c), path, file.location(v)));
      plainRouteNodes.add(c);
    }
  }

  /**
   * A URL check belongs to the server whose handler holds it, else to every plain server of the
   * file.
   */
  private void attributePlainRoutes() {
    List<Server> plain =
        servers.stream().filter(s -> s.app == null && s.framework.equals("node:http")).toList();
    for (int i = 0; i < plainRoutes.size(); i++) {
      TSNode at = plainRouteNodes.get(i);
      List<Server> owners = new ArrayList<>();
      for (Server s : plain) {
        if (s.handler != null
            && s.handler.getStartByte() <= at.getStartByte()
            && at.getEndByte() <= s.handler.getEndByte()) {
          owners.add(s);
        }
      }
      if (owners.isEmpty()) owners.addAll(plain);
      for (Server s : owners) s.routes.add(plainRoutes.get(i));
    }
  }

  /** Builds the model's view of a server, filling what the file leaves out with defaults. */
  AppServer toAppServer(Server s, Value<Object> nodeMajor, String projectDir) {
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
    Value<Object> keepAlive = s.settings.get("keepAliveTimeout");
    Value<Object> request = s.settings.get("requestTimeout");
    Value<Object> headers = s.settings.get("headersTimeout");
    if (keepAlive == null)
      keepAlive = NodeDefaults.keepAliveTimeout(nodeMajor, s.fastifyDefaults, at);
    if (request == null) request = NodeDefaults.requestTimeout(nodeMajor, s.fastifyDefaults, at);
    if (headers == null) headers = NodeDefaults.headersTimeout(nodeMajor, request, at);
    a.setKeepAliveTimeout(keepAlive);
    a.setRequestTimeout(request);
    a.setHeadersTimeout(headers);
    a.setRoutes(routesOf(s));
    return a;
  }
}
