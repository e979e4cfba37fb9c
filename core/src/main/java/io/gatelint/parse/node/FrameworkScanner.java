/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.node;

import io.gatelint.model.Framework;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.treesitter.TSNode;

/**
 * What one Node HTTP framework looks like in source: the factory calls that create its apps,
 * routers and servers, and how its server object behaves where frameworks differ.
 */
interface FrameworkScanner {

  /** Every framework gatelint reads, one scanner each. */
  List<FrameworkScanner> ALL =
      List.of(
          new NodeHttpScanner(),
          new ExpressScanner(),
          new KoaScanner(),
          new FastifyScanner(),
          new NestScanner(),
          new HapiScanner());

  static FrameworkScanner of(Framework framework) {
    return Registry.BY_FRAMEWORK.get(framework);
  }

  Framework framework();

  /**
   * The {@link AppObject} or {@link ServerObject} a call (or, when {@code isNew}, a {@code new}
   * expression) creates, when {@code module} names one of this framework's factories ({@code
   * express}, {@code http#createServer}, {@code NestFactory.create}); else null.
   */
  Object create(ServerScanner scan, TSNode call, String module, boolean isNew, List<TSNode> args);

  /** The property of the framework's server object that is the Node server, if any. */
  default String serverProperty() {
    return null;
  }

  /** Whether {@code server.listen(…)} evaluates to the server itself. */
  default boolean listenReturnsServer() {
    return true;
  }

  /** Whether {@code server.get(path, handler)} and the like declare routes on the server. */
  default boolean routesOnServer() {
    return false;
  }

  /** The property holding the path in {@code server.route({ … })}, before {@code path}. */
  default String routeObjectPathKey() {
    return "url";
  }

  /** Whether {@code app.use('/prefix', handler)} answers every request under the prefix. */
  default boolean useWithPathIsRoute() {
    return false;
  }

  /** The scanners by framework, built once. */
  final class Registry {
    private static final Map<Framework, FrameworkScanner> BY_FRAMEWORK =
        new EnumMap<>(Framework.class);

    static {
      for (FrameworkScanner s : ALL) BY_FRAMEWORK.put(s.framework(), s);
    }

    private Registry() {}
  }
}
