/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Everything the parsers read from every input, normalised: one model for CloudFormation,
 * Terraform, nginx and Node. Rules read it through the accessors and the queries below; only the
 * parsers and the linker add to it.
 */
public class Model {

  /** One list per kind of the registry: the model's storage, in the registry's order. */
  private final Map<ResourceKind<?>, List<? extends Resource>> lists = new LinkedHashMap<>();

  {
    for (ResourceKind<?> kind : ResourceKind.all()) lists.put(kind, new ModelList<>());
  }

  // the lists the analyses below read by name; they are the registry's lists, not copies
  private final List<LoadBalancer> loadBalancers = resources(ResourceKind.LOAD_BALANCER);
  private final List<Listener> listeners = resources(ResourceKind.LISTENER);
  private final List<ListenerRule> listenerRules = resources(ResourceKind.LISTENER_RULE);
  private final List<Upstream> upstreams = resources(ResourceKind.UPSTREAM);
  private final List<Chain> chains = new ModelList<>();
  private final List<Problem> problems = new ModelList<>();
  private final List<DockerBuild> dockerBuilds = new ModelList<>();
  private final StackReferences stackReferences = new StackReferences();

  /** The resources of one kind, in the order they were read; parsers add to it. */
  @SuppressWarnings("unchecked") // each list is created for its kind's model class
  public <R extends Resource> List<R> resources(ResourceKind<R> kind) {
    return (List<R>) lists.get(kind);
  }

  public List<LoadBalancer> getLoadBalancers() {
    return resources(ResourceKind.LOAD_BALANCER);
  }

  /**
   * Load balancers of type application (explicit, default, or unknown — unknown is not excluded).
   */
  public List<LoadBalancer> getApplicationLoadBalancers() {
    return loadBalancers.stream()
        .filter(
            lb ->
                lb.getType() == null
                    || lb.getType().isUnknown()
                    || lb.getType().text().equalsIgnoreCase("application"))
        .toList();
  }

  public List<Listener> getListeners() {
    return resources(ResourceKind.LISTENER);
  }

  public List<ListenerRule> getListenerRules() {
    return resources(ResourceKind.LISTENER_RULE);
  }

  public List<TargetGroup> getTargetGroups() {
    return resources(ResourceKind.TARGET_GROUP);
  }

  public List<SecurityGroup> getSecurityGroups() {
    return resources(ResourceKind.SECURITY_GROUP);
  }

  public List<SecurityGroupRule> getSecurityGroupRules() {
    return resources(ResourceKind.SECURITY_GROUP_RULE);
  }

  public List<Alarm> getAlarms() {
    return resources(ResourceKind.ALARM);
  }

  public List<LambdaFunction> getLambdaFunctions() {
    return resources(ResourceKind.LAMBDA_FUNCTION);
  }

  public List<EcsService> getEcsServices() {
    return resources(ResourceKind.ECS_SERVICE);
  }

  public List<TaskDefinition> getTaskDefinitions() {
    return resources(ResourceKind.TASK_DEFINITION);
  }

  public List<AutoScalingGroup> getAutoScalingGroups() {
    return resources(ResourceKind.AUTO_SCALING_GROUP);
  }

  public List<Instance> getInstances() {
    return resources(ResourceKind.INSTANCE);
  }

  /** launch templates and launch configurations */
  public List<LaunchTemplate> getLaunchTemplates() {
    return resources(ResourceKind.LAUNCH_TEMPLATE);
  }

  public List<ProxyServer> getProxyServers() {
    return resources(ResourceKind.PROXY_SERVER);
  }

  public List<Upstream> getUpstreams() {
    return resources(ResourceKind.UPSTREAM);
  }

  public List<AppServer> getAppServers() {
    return resources(ResourceKind.APP_SERVER);
  }

  public List<LambdaHandler> getLambdaHandlers() {
    return resources(ResourceKind.LAMBDA_HANDLER);
  }

  /** Request paths the linker established; chain rules iterate these. */
  public List<Chain> getChains() {
    return chains;
  }

  public List<Problem> getProblems() {
    return problems;
  }

  /** The Dockerfiles of the tree and what each runs: evidence for which app a container holds. */
  public List<DockerBuild> getDockerBuilds() {
    return dockerBuilds;
  }

  /**
   * What templates export, output, pass to nested stacks and leave symbolic; references are
   * followed through it once a linking step has resolved its symbols.
   */
  public StackReferences getStackReferences() {
    return stackReferences;
  }

  /** Every resource of every kind, in the order they were read. */
  public Stream<Resource> resources() {
    return resourceLists().flatMap(Collection::stream);
  }

  private Stream<List<? extends Resource>> resourceLists() {
    return lists.values().stream();
  }

  /**
   * The resources a reference names, in the same file's namespace: a CloudFormation logical id is
   * local to its template, a Terraform address to its plan. All condition variants are returned.
   * Imports, parameters and nested-stack outputs are followed across templates ({@link
   * StackReferences}).
   */
  public <R extends Resource> List<R> resolve(Value<?> reference, Class<R> kind) {
    if (reference == null) return List.of();
    List<R> out = new ArrayList<>();
    for (Value<?> v : stackReferences.follow(reference, null)) {
      if (!v.isRef()) continue;
      Ref ref = v.ref();
      for (Resource r :
          index().getOrDefault(ref.scope(), Map.of()).getOrDefault(ref.target(), List.of())) {
        if (kind.isInstance(r) && !out.contains(kind.cast(r))) out.add(kind.cast(r));
      }
    }
    return out;
  }

  /**
   * Resources by scope and id. Built once, when the first reference is resolved or the model is
   * frozen, whichever comes first; the resource lists are frozen at that moment, so the index can
   * never go stale (parsing is over by then: the linker is the first to resolve).
   */
  private Map<String, Map<String, List<Resource>>> index() {
    if (index == null) {
      resourceLists().forEach(l -> ((ModelList<?>) l).freeze());
      // by scope, then by the resource's own id string: no key made per resource, and a list of
      // one for the usual id held once (a plan can hold hundreds of thousands of resources)
      Map<String, Map<String, List<Resource>>> built = new HashMap<>();
      resources()
          .forEach(
              r ->
                  built
                      .computeIfAbsent(r.getScope(), k -> new HashMap<>())
                      .merge(
                          r.getId(),
                          List.of(r),
                          (had, one) -> {
                            List<Resource> grown =
                                had instanceof ArrayList<Resource> list
                                    ? list
                                    : new ArrayList<>(had);
                            grown.add(r);
                            return grown;
                          }));
      index = built;
    }
    return index;
  }

  private Map<String, Map<String, List<Resource>>> index;
  private boolean frozen;

  /**
   * Makes every list of the model read-only and builds the reference index: called once parsing and
   * linking are done, before facts are derived and rules run. Calling it again does nothing.
   */
  public void freeze() {
    if (frozen) return;
    index();
    stackReferences.freeze();
    ((ModelList<?>) chains).freeze();
    ((ModelList<?>) problems).freeze();
    ((ModelList<?>) dockerBuilds).freeze();
    frozen = true;
  }

  /** True once {@link #freeze()} ran. */
  public boolean isFrozen() {
    return frozen;
  }

  /** The upstream block of the same configuration that a location's proxy_pass names, or null. */
  public Upstream upstreamOf(ProxyServer server, ProxyLocation location) {
    if (location.getUpstreamName() == null || !location.getUpstreamName().isKnown()) return null;
    String name = location.getUpstreamName().text();
    for (Upstream u : upstreams) {
      if (u.getId().equalsIgnoreCase(name) && u.getConfigFile().equals(server.getConfigFile()))
        return u;
    }
    return null;
  }

  /**
   * Listeners and listener rules of the load balancer forward here: the target groups behind it.
   */
  public List<TargetGroup> targetGroupsBehind(LoadBalancer lb) {
    return targetGroupsBehindEach().apply(lb);
  }

  /**
   * {@link #targetGroupsBehind} for any number of load balancers: each listener's load balancer and
   * each rule's listener is resolved once, when this is called, rather than once per load balancer
   * asked about, which made linking a tree of many stacks quadratic. Answers as of the call: a
   * linking step that resolves more references afterwards calls it again.
   */
  public java.util.function.Function<LoadBalancer, List<TargetGroup>> targetGroupsBehindEach() {
    Map<LoadBalancer, List<Listener>> listenersOf = new java.util.IdentityHashMap<>();
    for (Listener listener : listeners) {
      for (LoadBalancer lb : resolve(listener.getLoadBalancer(), LoadBalancer.class))
        listenersOf.computeIfAbsent(lb, k -> new ArrayList<>()).add(listener);
    }
    Map<Listener, List<ListenerRule>> rulesOf = new java.util.IdentityHashMap<>();
    for (ListenerRule rule : listenerRules) {
      for (Listener listener : resolve(rule.getListener(), Listener.class))
        rulesOf.computeIfAbsent(listener, k -> new ArrayList<>()).add(rule);
    }
    return lb -> {
      List<TargetGroup> result = new ArrayList<>();
      for (Listener listener : listenersOf.getOrDefault(lb, List.of())) {
        for (Value<Object> fwd : listener.getForwards())
          addAll(result, resolve(fwd, TargetGroup.class));
        for (ListenerRule rule : rulesOf.getOrDefault(listener, List.of())) {
          for (Value<Object> fwd : rule.getForwards())
            addAll(result, resolve(fwd, TargetGroup.class));
        }
      }
      return result;
    };
  }

  private static <T> void addAll(List<T> into, List<T> items) {
    for (T t : items) if (!into.contains(t)) into.add(t);
  }
}
