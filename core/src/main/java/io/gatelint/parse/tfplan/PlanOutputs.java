/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatelint.model.Location;
import io.gatelint.model.Ref;
import io.gatelint.model.ResourceKind;
import io.gatelint.model.StackReferences;
import io.gatelint.model.Value;
import java.util.Map;

/**
 * The root module's {@code output} blocks that hand a target group on to another configuration
 * (read through {@code terraform_remote_state}), recorded like CloudFormation's {@code Outputs}:
 * such a group is registered with from elsewhere, so it is no placeholder. An output that names a
 * module's output is followed into the module ({@code module.svc.target_group_arn}); a module's own
 * outputs that the root does not pass on stay inside this state.
 */
final class PlanOutputs {

  private PlanOutputs() {}

  static void record(
      PlanDocument.ConfigModule root,
      ReferenceResolver resolver,
      String scope,
      StackReferences into) {
    if (root == null) return;
    ReferenceResolver.Frame frame = new ReferenceResolver.Frame(root, "", null, "", "");
    for (Map.Entry<String, JsonNode> output : root.outputs.entrySet()) {
      for (ReferenceResolver.Target target : resolver.targets(output.getValue(), frame)) {
        if (!ResourceKind.TARGET_GROUP.terraformTypes().contains(target.type())) continue;
        for (String instance : resolver.instancesOf(target, "")) {
          Location at =
              Location.file(scope)
                  .withPointer("/configuration/root_module/outputs/" + output.getKey());
          Value<Object> value =
              Value.explicit(new Ref(scope, instance, Ref.Attribute.OTHER, target.attribute()), at);
          into.addOutput(new StackReferences.Output(scope, output.getKey(), null, value));
        }
      }
    }
  }
}
