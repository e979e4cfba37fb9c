/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatelint.model.EcsLoadBalancer;
import io.gatelint.model.EcsService;
import io.gatelint.model.Listener;
import io.gatelint.model.LoadBalancer;
import io.gatelint.model.Location;
import io.gatelint.model.Model;
import io.gatelint.model.Problem;
import io.gatelint.model.Ref;
import io.gatelint.model.Resource;
import io.gatelint.model.SecurityGroup;
import io.gatelint.model.TargetGroup;
import io.gatelint.model.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The facts stage: built once from a frozen model; one failing analysis costs only its resource.
 */
class FactsBuilderTest {

  private final Model model = new Model();
  private final Location at = Location.of("stack.yaml", 1, 1);

  @Test
  void anAnalysisThatFailsIsAProblemOnItsResourceAndTheOtherFactsAreStillBuilt() {
    stack("Api", new LoadBalancer());
    stack(
        "Broken",
        new LoadBalancer() {
          @Override
          public List<Value<Object>> getSecurityGroups() {
            throw new IllegalStateException("a defect in a mapper");
          }
        });
    model.freeze();

    Facts facts = FactsBuilder.build(model);

    assertThat(facts.getNetworkPaths())
        .extracting(NetworkPath::toString)
        .containsExactly(
            "ApiLb -> ApiTg (ECS service ApiService) traffic port 8080: ingress none, egress unknown");
    assertThat(facts.getAnalysisProblems())
        .extracting(Problem::message)
        .containsExactly(
            "analysis of AWS::ElasticLoadBalancingV2::LoadBalancer BrokenLb failed:"
                + " java.lang.IllegalStateException: a defect in a mapper; the rules that read it"
                + " skip this resource, please report it");
    assertThat(facts.getAnalysisProblems().get(0).location()).isEqualTo(at);
    // rule GL000 reads the model's problems and these together
    assertThat(facts.getProblems()).containsExactlyElementsOf(facts.getAnalysisProblems());
    assertThat(facts.getUpstreamRoutes()).isEmpty();
    assertThat(facts.getAlarmCoverage().getHealthCheckedTargetGroups())
        .extracting(Resource::getId)
        .containsExactly("ApiTg", "BrokenTg");
  }

  @Test
  void factsAreDerivedFromAFrozenModelOnly() {
    assertThatThrownBy(() -> FactsBuilder.build(model))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("frozen");
  }

  @Test
  void aFrozenModelRefusesNewResources() {
    model.freeze();

    assertThatThrownBy(() -> model.getLoadBalancers().add(new LoadBalancer()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> model.getProblems().add(new Problem(at, "read too late")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> model.getChains().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  /** A load balancer forwarding to a target group on 8080 that an ECS service registers with. */
  private void stack(String name, LoadBalancer lb) {
    init(lb, name + "Lb", "AWS::ElasticLoadBalancingV2::LoadBalancer");
    model.getLoadBalancers().add(lb);
    TargetGroup tg =
        init(new TargetGroup(), name + "Tg", "AWS::ElasticLoadBalancingV2::TargetGroup");
    tg.setPort(Value.explicit(8080, at));
    tg.setTargetType(Value.explicit("ip", at));
    model.getTargetGroups().add(tg);
    Listener listener =
        init(new Listener(), name + "Listener", "AWS::ElasticLoadBalancingV2::Listener");
    listener.setLoadBalancer(ref(lb));
    listener.getForwards().add(ref(tg));
    model.getListeners().add(listener);
    SecurityGroup group = init(new SecurityGroup(), name + "Group", "AWS::EC2::SecurityGroup");
    group.setEgressDeclared(Value.explicit(false, at));
    model.getSecurityGroups().add(group);
    EcsService service = init(new EcsService(), name + "Service", "AWS::ECS::Service");
    EcsLoadBalancer registration = new EcsLoadBalancer();
    registration.setTargetGroup(ref(tg));
    registration.setContainerPort(Value.explicit(8080, at));
    service.getLoadBalancers().add(registration);
    service.getSecurityGroups().add(ref(group));
    model.getEcsServices().add(service);
  }

  private Value<Object> ref(Resource r) {
    return Value.explicit(new Ref("stack.yaml", r.getId(), Ref.Attribute.ID, "Ref"), at);
  }

  private <R extends Resource> R init(R r, String id, String type) {
    r.setId(id);
    r.setScope("stack.yaml");
    r.setLocation(at);
    r.setSourceType(type);
    return r;
  }
}
