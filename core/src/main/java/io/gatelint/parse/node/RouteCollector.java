/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.node;

import static io.gatelint.parse.node.JsFile.arguments;
import static io.gatelint.parse.node.JsFile.field;
import static io.gatelint.parse.node.JsFile.is;
import static io.gatelint.parse.node.JsFile.namedChildren;
import static io.gatelint.parse.node.JsFile.unwrap;

import io.gatelint.model.Framework;
import io.gatelint.model.Origin;
import io.gatelint.model.Route;
import io.gatelint.model.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * The routes of one file: {@code app.get(path, …)} and the other method calls, {@code
 * app.route(path).get(…)}, {@code route({ method, url|path })}, routers mounted with {@code
 * app.use(prefix, router)}, and for plain node:http servers the URL checks of the request handler
 * ({@code req.url === '/health'}, {@code switch (req.url)}).
 */
final class RouteCollector {

  private static final Set<String> METHODS =
      Set.of("get", "post", "put", "delete", "patch", "head", "options", "all");

  private final ServerScanner scan;
  private final JsFile file;
  private final List<RouteDef> plainRoutes = new ArrayList<>();
  private final List<TSNode> plainRouteNodes = new ArrayList<>();

  RouteCollector(ServerScanner scan) {
    this.scan = scan;
    this.file = scan.file();
  }

  // ---- declared routes

  /**
   * A method call on {@code target}, the value of {@code objectNode}: a route when it declares one.
   */
  void call(TSNode n, String method, List<TSNode> args, TSNode objectNode, Object target) {
    String lower = method.toLowerCase(Locale.ROOT);
    if (METHODS.contains(lower)) {
      TSNode routeCall = routeChain(unwrap(objectNode));
      if (routeCall != null) {
        // app.route('/x').get(...).post(...)
        Object owner = scan.entityOf(file.memberObject(unwrap(field(routeCall, "function"))));
        List<TSNode> routeArgs = arguments(routeCall);
        if (owner instanceof AppObject app && !routeArgs.isEmpty())
          addRoute(app.routes, lower, n, routeArgs.get(0));
        return;
      }
      if (args.size() < 2) return; // app.get('env') reads a setting
      if (target instanceof AppObject app) addRoute(app.routes, lower, n, args.get(0));
      else if (target instanceof ServerObject s
          && (FrameworkScanner.of(s.framework).routesOnServer() || s.fastifyDefaults)) {
        addRoute(s.routes, lower, n, args.get(0));
      }
      return;
    }
    switch (method) {
      case "route" -> {
        if (args.isEmpty()) return;
        if (target instanceof ServerObject s) routeObjects(s, args.get(0), n);
      }
      case "use" -> {
        if (target instanceof AppObject app) use(app, n, args);
      }
      case "register" -> {
        // Fastify and Hapi plugins: routes they add live in code not read here
        if (target instanceof ServerObject s && !args.isEmpty()) register(s, n, args.get(0));
      }
      default -> {}
    }
  }

  private void use(AppObject app, TSNode n, List<TSNode> args) {
    String prefix = "";
    int first = 0;
    if (!args.isEmpty()) {
      Value<Object> p = scan.folder().fold(args.get(0), file.location(args.get(0)));
      if (p.raw() instanceof String s) {
        prefix = s;
        first = 1;
      }
    }
    for (int i = first; i < args.size(); i++) {
      Object e = scan.entityOf(args.get(i));
      if (e instanceof AppObject router && router != app) {
        app.mounts.add(new AppObject.Mount(prefix, router));
      } else if (first == 1
          && JsFile.isFunction(unwrap(args.get(i)))
          && FrameworkScanner.of(app.framework).useWithPathIsRoute()) {
        app.routes.add(new RouteDef("ALL", file.location(n), prefix, file.location(args.get(0))));
        break;
      } else if (e == null) {
        String why = opaqueMiddleware(args.get(i));
        if (why != null) {
          app.routes.add(RouteDef.anyPath(prefix, file.location(args.get(i)), why));
          break;
        }
      }
    }
  }

  /** Modules that serve files from a folder: any path may have a file (index.html for /). */
  private static final Set<String> STATIC_MODULES =
      Set.of(
          "express#static",
          "serve-static",
          "koa-static",
          "koa-static-cache",
          "@koa/static",
          "@fastify/static",
          "fastify-static",
          "serve-handler",
          "sirv",
          "@hapi/inert");

  /** A call in a function body that answers the request. */
  private static final java.util.regex.Pattern RESPONDS =
      java.util.regex.Pattern.compile(
          "\\.(?:send|sendFile|sendStatus|json|end|render|redirect|download)\\s*\\(|\\.body\\s*=");

  /**
   * Why middleware may answer requests for paths the route table does not list, or null when it is
   * known to pass requests on (a package's middleware such as {@code cors()} or {@code
   * express.json()}).
   */
  private String opaqueMiddleware(TSNode raw) {
    TSNode arg = unwrap(raw);
    String text = file.snippet(arg);
    if (is(arg, "call_expression")) {
      String module = scan.symbols().moduleOf(field(arg, "function"));
      if (module == null && is(unwrap(field(arg, "function")), "member_expression")) {
        TSNode owner = file.memberObject(unwrap(field(arg, "function")));
        // router.routes(), router.middleware(): a router of this file, already read
        if (scan.entityOf(owner) instanceof AppObject) return null;
      }
      if (module != null && (STATIC_MODULES.contains(module) || module.endsWith("#static"))) {
        return "static files served by " + text + " may answer any path";
      }
      if (module != null && module.startsWith(".")) {
        return "middleware " + text + " from " + module + " is not read";
      }
      return null;
    }
    if (JsFile.isFunction(arg)) {
      int params = JsFile.namedChildren(field(arg, "parameters")).size();
      // an error handler (err, req, res, next) runs only after an error
      if (params >= 4) return null;
      return RESPONDS.matcher(file.text(arg)).find()
          ? "a catch-all handler at line " + file.location(arg).line() + " may answer any path"
          : null;
    }
    if (is(arg, "identifier") || is(arg, "member_expression")) {
      String module = scan.symbols().moduleOf(arg);
      if (module != null) {
        return module.startsWith(".")
            ? "router " + text + " from " + module + " is not read"
            : null;
      }
      TSNode bound = is(arg, "identifier") ? scan.symbols().binding(file.text(arg)) : null;
      if (bound != null) return opaqueMiddleware(bound);
      TSNode declared = is(arg, "identifier") ? scan.symbols().function(file.text(arg)) : null;
      if (declared != null) return opaqueMiddleware(declared);
      return "middleware " + text + " is not resolved";
    }
    return null;
  }

  /** {@code fastify.register(plugin)}, {@code server.register(plugin)}. */
  private void register(ServerObject s, TSNode call, TSNode plugin) {
    TSNode arg = unwrap(plugin);
    String module = scan.symbols().moduleOf(arg);
    String text = file.snippet(arg);
    String why = null;
    if (module != null && (STATIC_MODULES.contains(module) || module.endsWith("#static"))) {
      why = "static files served by " + text + " may answer any path";
    } else if (module != null && module.startsWith(".")) {
      why = "plugin " + text + " from " + module + " is not read";
    } else if (module == null && !is(arg, "object")) {
      why = "plugin " + text + " is not read";
    }
    if (why != null) s.routes.add(RouteDef.anyPath("", file.location(call), why));
  }

  private TSNode routeChain(TSNode n) {
    TSNode cur = n;
    for (int i = 0; i < 20 && is(cur, "call_expression"); i++) {
      TSNode fn = unwrap(field(cur, "function"));
      if (!is(fn, "member_expression")) return null;
      if ("route".equals(file.memberName(fn))
          && scan.entityOf(file.memberObject(fn)) instanceof AppObject) {
        return cur;
      }
      cur = unwrap(file.memberObject(fn));
    }
    return null;
  }

  private void addRoute(List<RouteDef> into, String method, TSNode call, TSNode pathNode) {
    Value<Object> p = scan.folder().fold(pathNode, file.location(pathNode));
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
  private void routeObjects(ServerObject s, TSNode arg, TSNode call) {
    JsSymbols symbols = scan.symbols();
    ConstantFolder folder = scan.folder();
    TSNode n = symbols.resolve(arg);
    List<TSNode> objects = is(n, "array") ? namedChildren(n) : List.of(n);
    for (TSNode o : objects) {
      TSNode obj = symbols.resolve(o);
      if (!is(obj, "object")) continue;
      TSNode pathNode =
          symbols.property(obj, FrameworkScanner.of(s.framework).routeObjectPathKey());
      if (pathNode == null) pathNode = symbols.property(obj, "path");
      if (pathNode == null) continue;
      Value<Object> path = folder.fold(pathNode, file.location(pathNode));
      if (!(path.raw() instanceof String p)) continue;
      TSNode methodNode = symbols.property(obj, "method");
      List<String> methods = new ArrayList<>();
      TSNode m = methodNode == null ? null : symbols.resolve(methodNode);
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

  // ---- plain node:http routing

  private boolean isUrlExpression(TSNode n) {
    TSNode u = unwrap(n);
    if (!(is(u, "member_expression") || is(u, "identifier"))) return false;
    String t = file.text(u);
    return t.matches("(?s).*(^|\\.)(url|pathname|path)$");
  }

  /** {@code req.url === '/x'}, with {@code req.method === 'GET' &&} beside it. */
  void urlComparison(TSNode n) {
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

  /** {@code switch (req.url) { case '/x': … }}. */
  void urlSwitch(TSNode n) {
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
  void attributePlainRoutes(List<ServerObject> servers) {
    List<ServerObject> plain =
        servers.stream().filter(s -> s.app == null && s.framework == Framework.NODE_HTTP).toList();
    for (int i = 0; i < plainRoutes.size(); i++) {
      TSNode at = plainRouteNodes.get(i);
      List<ServerObject> owners = new ArrayList<>();
      for (ServerObject s : plain) {
        if (s.handler != null
            && s.handler.getStartByte() <= at.getStartByte()
            && at.getEndByte() <= s.handler.getEndByte()) {
          owners.add(s);
        }
      }
      if (owners.isEmpty()) owners.addAll(plain);
      for (ServerObject s : owners) s.routes.add(plainRoutes.get(i));
    }
  }

  // ---- the routes a server serves

  /** Its own routes, its app's with mounts resolved, and plain URL checks. */
  static List<Route> routesOf(ServerObject s) {
    List<Route> out = new ArrayList<>();
    for (RouteDef r : sorted(s.routes)) out.add(route(r, ""));
    if (s.app != null) collectRoutes(s.app, "", new HashSet<>(), out);
    return out;
  }

  private static List<RouteDef> sorted(List<RouteDef> routes) {
    return routes.stream().sorted((a, b) -> a.methodAt().compareTo(b.methodAt())).toList();
  }

  private static void collectRoutes(
      AppObject app, String prefix, Set<AppObject> seen, List<Route> out) {
    if (!seen.add(app)) return;
    String base = join(prefix, app.prefix);
    for (RouteDef r : sorted(app.routes)) out.add(route(r, base));
    for (AppObject.Mount m : app.mounts)
      collectRoutes(m.router(), join(base, m.prefix()), seen, out);
    seen.remove(app);
  }

  private static Route route(RouteDef r, String prefix) {
    if (r.anyPath() != null) {
      String under = join(prefix, r.path());
      String pattern = under.equals("/") ? "*" : join(under, "*");
      return Route.anyPath(pattern, r.pathAt(), r.anyPath());
    }
    Route route = new Route();
    route.setMethod(Value.explicit(r.method(), r.methodAt()));
    String path = join(prefix, r.path());
    route.setPath(
        prefix.isEmpty() || prefix.equals("/")
            ? Value.explicit(path, r.pathAt())
            : Value.of(
                path, new Origin(Origin.Kind.EXPLICIT, r.pathAt(), "mounted under " + prefix)));
    return route;
  }

  static String join(String prefix, String path) {
    if (prefix == null || prefix.isEmpty() || prefix.equals("/"))
      return path.isEmpty() ? "/" : path;
    String p = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
    if (path.isEmpty() || path.equals("/")) return p;
    return p + (path.startsWith("/") ? path : "/" + path);
  }
}
