package io.gatelint.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Everything the parsers read from every input, normalised: one model for CloudFormation,
 * Terraform, nginx and Node. Rules read it through the accessors and the queries below; only the
 * parsers and the linker add to it.
 */
public class Model {

  private final List<LoadBalancer> loadBalancers = new ModelList<>();
  private final List<Listener> listeners = new ModelList<>();
  private final List<ListenerRule> listenerRules = new ModelList<>();
  private final List<TargetGroup> targetGroups = new ModelList<>();
  private final List<SecurityGroup> securityGroups = new ModelList<>();
  private final List<SecurityGroupRule> securityGroupRules = new ModelList<>();
  private final List<Alarm> alarms = new ModelList<>();
  private final List<LambdaFunction> lambdaFunctions = new ModelList<>();
  private final List<EcsService> ecsServices = new ModelList<>();
  private final List<TaskDefinition> taskDefinitions = new ModelList<>();
  private final List<AutoScalingGroup> autoScalingGroups = new ModelList<>();
  private final List<Instance> instances = new ModelList<>();
  private final List<LaunchTemplate> launchTemplates = new ModelList<>();
  private final List<ProxyServer> proxyServers = new ModelList<>();
  private final List<Upstream> upstreams = new ModelList<>();
  private final List<AppServer> appServers = new ModelList<>();
  private final List<LambdaHandler> lambdaHandlers = new ModelList<>();
  private final List<Chain> chains = new ModelList<>();
  private final List<Problem> problems = new ModelList<>();
  private final java.util.Set<String> sensitiveTexts = new java.util.LinkedHashSet<>();

  public List<LoadBalancer> getLoadBalancers() {
    return loadBalancers;
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
    return listeners;
  }

  public List<ListenerRule> getListenerRules() {
    return listenerRules;
  }

  public List<TargetGroup> getTargetGroups() {
    return targetGroups;
  }

  public List<SecurityGroup> getSecurityGroups() {
    return securityGroups;
  }

  public List<SecurityGroupRule> getSecurityGroupRules() {
    return securityGroupRules;
  }

  public List<Alarm> getAlarms() {
    return alarms;
  }

  public List<LambdaFunction> getLambdaFunctions() {
    return lambdaFunctions;
  }

  public List<EcsService> getEcsServices() {
    return ecsServices;
  }

  public List<TaskDefinition> getTaskDefinitions() {
    return taskDefinitions;
  }

  public List<AutoScalingGroup> getAutoScalingGroups() {
    return autoScalingGroups;
  }

  public List<Instance> getInstances() {
    return instances;
  }

  /** launch templates and launch configurations */
  public List<LaunchTemplate> getLaunchTemplates() {
    return launchTemplates;
  }

  public List<ProxyServer> getProxyServers() {
    return proxyServers;
  }

  public List<Upstream> getUpstreams() {
    return upstreams;
  }

  public List<AppServer> getAppServers() {
    return appServers;
  }

  public List<LambdaHandler> getLambdaHandlers() {
    return lambdaHandlers;
  }

  /** Request paths the linker established; chain rules iterate these. */
  public List<Chain> getChains() {
    return chains;
  }

  public List<Problem> getProblems() {
    return problems;
  }

  /**
   * The texts of every value an input marks sensitive (a Terraform plan's {@code
   * sensitive_values}), whether or not the model keeps it: no finding may print one, whatever a
   * rule's message asks for.
   */
  public java.util.Set<String> getSensitiveTexts() {
    return sensitiveTexts;
  }

  /** Every resource of every kind, in the order they were read. */
  public Stream<Resource> resources() {
    return resourceLists().flatMap(Collection::stream);
  }

  private Stream<List<? extends Resource>> resourceLists() {
    return Stream.of(
        loadBalancers,
        listeners,
        listenerRules,
        targetGroups,
        securityGroups,
        securityGroupRules,
        alarms,
        lambdaFunctions,
        ecsServices,
        taskDefinitions,
        autoScalingGroups,
        instances,
        launchTemplates,
        proxyServers,
        upstreams,
        appServers,
        lambdaHandlers);
  }

  /**
   * The resources a reference names, in the same file's namespace: a CloudFormation logical id is
   * local to its template, a Terraform address to its plan. All condition variants are returned.
   */
  public <R extends Resource> List<R> resolve(Value<?> reference, Class<R> kind) {
    if (reference == null || !reference.isRef()) return List.of();
    Ref ref = reference.ref();
    List<R> out = new ArrayList<>();
    for (Resource r : index().getOrDefault(ref.scope() + "\u0000" + ref.target(), List.of())) {
      if (kind.isInstance(r)) out.add(kind.cast(r));
    }
    return out;
  }

  /**
   * Resources by scope and id. Built once, when the first reference is resolved or the model is
   * frozen, whichever comes first; the resource lists are frozen at that moment, so the index can
   * never go stale (parsing is over by then: the linker is the first to resolve).
   */
  private Map<String, List<Resource>> index() {
    if (index == null) {
      resourceLists().forEach(l -> ((ModelList<?>) l).freeze());
      Map<String, List<Resource>> built = new HashMap<>();
      resources()
          .forEach(
              r ->
                  built
                      .computeIfAbsent(r.getScope() + "\u0000" + r.getId(), k -> new ArrayList<>())
                      .add(r));
      index = built;
    }
    return index;
  }

  private Map<String, List<Resource>> index;
  private boolean frozen;

  /**
   * Makes every list of the model read-only and builds the reference index: called once parsing and
   * linking are done, before facts are derived and rules run. Calling it again does nothing.
   */
  public void freeze() {
    if (frozen) return;
    index();
    ((ModelList<?>) chains).freeze();
    ((ModelList<?>) problems).freeze();
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
    List<TargetGroup> result = new ArrayList<>();
    for (Listener listener : listeners) {
      if (!resolve(listener.getLoadBalancer(), LoadBalancer.class).contains(lb)) continue;
      for (Value<Object> fwd : listener.getForwards())
        addAll(result, resolve(fwd, TargetGroup.class));
      for (ListenerRule rule : listenerRules) {
        if (!resolve(rule.getListener(), Listener.class).contains(listener)) continue;
        for (Value<Object> fwd : rule.getForwards())
          addAll(result, resolve(fwd, TargetGroup.class));
      }
    }
    return result;
  }

  private static <T> void addAll(List<T> into, List<T> items) {
    for (T t : items) if (!into.contains(t)) into.add(t);
  }
}
