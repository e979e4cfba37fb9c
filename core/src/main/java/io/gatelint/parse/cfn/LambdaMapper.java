/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.cfn;

import io.gatelint.model.LambdaFunction;
import io.gatelint.model.Location;
import io.gatelint.model.Resource;
import io.gatelint.model.ResourceKind;
import io.gatelint.model.Value;
import io.gatelint.model.defaults.ElbDefaults;
import io.gatelint.parse.Durations;
import java.util.Set;

/** Lambda functions, plain and SAM (with the template's {@code Globals.Function}). */
final class LambdaMapper implements ResourceMapper {

  static final Set<ResourceKind<?>> KINDS = Set.of(ResourceKind.LAMBDA_FUNCTION);

  private final PropertyReader read;
  private final Resolver resolver;

  LambdaMapper(PropertyReader read) {
    this.read = read;
    this.resolver = read.resolver();
  }

  @Override
  public Resource map(ResourceKind<?> kind, String id, String type, Node.MapNode p, Location at) {
    return lambda(id, type, p, at);
  }

  private LambdaFunction lambda(String id, String type, Node.MapNode p, Location at) {
    LambdaFunction f = read.init(new LambdaFunction(), id, type, at);
    Node.MapNode globals =
        type.equals("AWS::Serverless::Function") ? read.template().samFunctionGlobals() : null;
    f.setHandler(withGlobal(p, globals, "Handler", at));
    f.setRuntime(withGlobal(p, globals, "Runtime", at));
    Value<Object> timeout = withGlobal(p, globals, "Timeout", at);
    boolean written =
        p.get("Timeout") != null || (globals != null && globals.get("Timeout") != null);
    f.setTimeout(written ? Durations.seconds(timeout) : ElbDefaults.LAMBDA_TIMEOUT.durationAt(at));
    Value<Object> code = withGlobal(p, globals, "CodeUri", at);
    f.setCodeLocation(code);
    if (resolver.structural(p.get("Code")) instanceof Node.MapNode c) {
      f.setInlineCode(read.value(c, "ZipFile", c.location()));
    } else {
      f.setInlineCode(Value.unknown(at, "no inline code"));
    }
    return f;
  }

  private Value<Object> withGlobal(Node.MapNode p, Node.MapNode globals, String key, Location at) {
    if (p.get(key) != null || globals == null) return read.value(p, key, at);
    return read.value(globals, key, at);
  }
}
