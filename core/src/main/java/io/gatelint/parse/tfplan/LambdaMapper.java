/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import io.gatelint.model.LambdaFunction;
import io.gatelint.model.Resource;
import io.gatelint.model.ResourceKind;
import io.gatelint.model.defaults.ElbDefaults;
import io.gatelint.parse.Durations;
import java.util.List;
import java.util.Set;

/** Lambda functions. */
final class LambdaMapper implements ResourceMapper {

  static final Set<ResourceKind<?>> KINDS = Set.of(ResourceKind.LAMBDA_FUNCTION);

  @Override
  public Set<ResourceKind<?>> kinds() {
    return KINDS;
  }

  @Override
  public List<? extends Resource> map(ResourceKind<?> kind, ResourceView v) {
    return List.of(lambda(v));
  }

  private LambdaFunction lambda(ResourceView v) {
    LambdaFunction fn = v.init(new LambdaFunction());
    fn.setHandler(v.value("handler"));
    fn.setRuntime(v.value("runtime"));
    fn.setTimeout(Durations.seconds(v.valueOr(ElbDefaults.TF_LAMBDA_TIMEOUT, "timeout")));
    fn.setCodeLocation(v.value("filename"));
    return fn;
  }
}
