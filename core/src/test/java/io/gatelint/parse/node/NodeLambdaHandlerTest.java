/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.node;

import static io.gatelint.parse.node.NodeFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.model.LambdaHandler;
import io.gatelint.model.LambdaResponse;
import io.gatelint.model.Location;
import io.gatelint.model.Model;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NodeLambdaHandlerTest {

  private static Map<String, LambdaHandler> handlers() {
    Model model = parse("lambda");
    assertThat(model.getProblems()).isEmpty();
    assertThat(model.getAppServers()).isEmpty();
    return model.getLambdaHandlers().stream()
        .collect(Collectors.toMap(LambdaHandler::getId, Function.identity()));
  }

  /** location, literal, hasStatusCode, statusCode as text. */
  private static List<String> shapes(LambdaHandler h) {
    return h.getResponses().stream().map(NodeLambdaHandlerTest::shape).toList();
  }

  private static String shape(LambdaResponse r) {
    Object code = r.getStatusCode().raw();
    String status = code == null ? "?" : code.getClass().getSimpleName() + ":" + code;
    return r.getLocation().line()
        + ":"
        + r.getLocation().column()
        + " literal="
        + r.isLiteral()
        + " has="
        + r.isHasStatusCode()
        + " "
        + status;
  }

  @Test
  void findsHandlersInCommonJsEsmAndTypeScript() {
    assertThat(handlers().keySet())
        .containsExactlyInAnyOrder(
            "index.js#handler",
            "index.js#other",
            "esm.mjs#handler",
            "esm.mjs#errorHandler",
            "typed.ts#handler",
            "typed.ts#main");
  }

  @Test
  void commonJsHandlerReturnsFromIfAndTry() {
    LambdaHandler h = handlers().get("index.js#handler");
    assertThat(h.getExportName()).isEqualTo("handler");
    assertThat(h.getFile()).isEqualTo("index.js");
    assertThat(h.getSourceType()).isEqualTo("node lambda handler");
    assertThat(h.getLocation()).isEqualTo(Location.of("index.js", 1, 19));
    assertThat(shapes(h))
        .containsExactly(
            "3:12 literal=true has=true Integer:200",
            // a string is not an integer: kept as the string so a rule can tell
            "7:12 literal=true has=true String:200",
            "12:12 literal=true has=false ?");
    assertThat(h.getResponses().get(0).getStatusCode().location())
        .isEqualTo(Location.of("index.js", 3, 14));
  }

  @Test
  void returningAnUnknownVariableIsNotALiteral() {
    assertThat(shapes(handlers().get("index.js#other")))
        .containsExactly("17:10 literal=false has=false ?");
  }

  @Test
  void esmArrowBodiesAndTernariesWithFoldedConstants() {
    assertThat(shapes(handlers().get("esm.mjs#handler")))
        .containsExactly("3:42 literal=true has=true Integer:200");
    // the nested helper's object is not a response
    assertThat(shapes(handlers().get("esm.mjs#errorHandler")))
        .containsExactly(
            "7:21 literal=true has=true Integer:201", "7:43 literal=true has=true Integer:502");
  }

  @Test
  void typeScriptHandlersThroughConstantsAndCasts() {
    assertThat(shapes(handlers().get("typed.ts#handler")))
        .containsExactly("4:10 literal=true has=true Integer:204");
    assertThat(shapes(handlers().get("typed.ts#main")))
        .containsExactly("8:10 literal=true has=false ?");
  }
}
