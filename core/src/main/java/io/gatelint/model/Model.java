package io.gatelint.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    for (ResourceKind<?> kind : ResourceKind.all()) lists.put(kind, new ArrayList<>());
  }

  // the lists the analyses below read by name; they are the registry's lists, not copies
  private final List<LoadBalancer> loadBalancers = resources(ResourceKind.LOAD_BALANCER);
  private final List<Listener> listeners = resources(ResourceKind.LISTENER);
  private final List<ListenerRule> listenerRules = resources(ResourceKind.LISTENER_RULE);
  private final List<AutoScalingGroup> autoScalingGroups =
      resources(ResourceKind.AUTO_SCALING_GROUP);
  private final List<ProxyServer> proxyServers = resources(ResourceKind.PROXY_SERVER);
  private final List<Upstream> upstreams = resources(ResourceKind.UPSTREAM);
  private final List<Chain> chains = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> sensitiveTexts = new LinkedHashSet<>();

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

  /**
   * Gives each Auto Scaling group that names a launch template or configuration, and whose groups
   * are not set yet, the groups declared there. A template not in the model, or whose condition
   * variants declare different groups, leaves the groups unknown. Parsers call it once their
   * resources are read.
   */
  public void resolveLaunchTemplates() {
    for (AutoScalingGroup asg : autoScalingGroups) {
      Value<Object> named = asg.getLaunchTemplate();
      if (named == null || !asg.getSecurityGroups().isEmpty()) continue;
      List<LaunchTemplate> found = resolve(named, LaunchTemplate.class);
      if (found.isEmpty()) {
        asg.getSecurityGroups()
            .add(
                Value.unknown(
                    named.location(),
                    "launch template "
                        + named.display()
                        + " is not declared in the same template or plan"));
        continue;
      }
      List<Value<Object>> groups = found.get(0).getSecurityGroups();
      boolean same = found.stream().allMatch(lt -> sameGroups(lt.getSecurityGroups(), groups));
      if (same) {
        asg.getSecurityGroups().addAll(groups);
      } else {
        asg.getSecurityGroups()
            .add(
                Value.unknown(
                    named.location(),
                    "launch template "
                        + named.display()
                        + " declares different groups under different conditions"));
      }
    }
  }

  private static boolean sameGroups(List<Value<Object>> a, List<Value<Object>> b) {
    if (a.size() != b.size()) return false;
    for (int i = 0; i < a.size(); i++) {
      Value<Object> x = a.get(i);
      Value<Object> y = b.get(i);
      if (x.isUnknown() || y.isUnknown()) return false;
      if (x.isRef() != y.isRef()) return false;
      if (x.isRef() ? !x.ref().equals(y.ref()) : !x.text().equals(y.text())) return false;
    }
    return true;
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

  /**
   * The texts of every value an input marks sensitive (a Terraform plan's {@code
   * sensitive_values}), whether or not the model keeps it: no finding may print one, whatever a
   * rule's message asks for.
   */
  public Set<String> getSensitiveTexts() {
    return sensitiveTexts;
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

  /** Resources by scope and id, rebuilt when resources were added since it was last built. */
  private Map<String, List<Resource>> index() {
    // the lists' sizes, not a walk over every resource: this runs on every reference resolved
    long count = resourceLists().mapToLong(List::size).sum();
    if (index == null || indexedCount != count) {
      Map<String, List<Resource>> built = new HashMap<>();
      resources()
          .forEach(
              r ->
                  built
                      .computeIfAbsent(r.getScope() + "\u0000" + r.getId(), k -> new ArrayList<>())
                      .add(r));
      index = built;
      indexedCount = count;
    }
    return index;
  }

  private Map<String, List<Resource>> index;
  private long indexedCount = -1;

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

  /** Every location, of every nginx server, that proxies to an upstream block, with that block. */
  public List<UpstreamRoute> getUpstreamRoutes() {
    List<UpstreamRoute> out = new ArrayList<>();
    for (ProxyServer server : proxyServers) {
      for (ProxyLocation location : server.getLocations()) {
        Upstream upstream = upstreamOf(server, location);
        if (upstream != null) out.add(new UpstreamRoute(server, location, upstream));
      }
    }
    return out;
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

  /** The load balancers whose listeners forward to the target group. */
  public List<LoadBalancer> loadBalancersOf(TargetGroup tg) {
    return loadBalancers.stream().filter(lb -> targetGroupsBehind(lb).contains(tg)).toList();
  }

  private static <T> void addAll(List<T> into, List<T> items) {
    for (T t : items) if (!into.contains(t)) into.add(t);
  }

  /**
   * The security-group evaluation between each application load balancer and the targets of its
   * target groups, one entry per port (traffic and health-check): rules GL030–GL032 read it.
   */
  public List<NetworkPath> getNetworkPaths() {
    return NetworkPaths.of(this);
  }

  /**
   * What the AWS/ApplicationELB alarms watch, and which of their dimensions dangle: rules
   * GL040–GL044.
   */
  public AlarmCoverage getAlarmCoverage() {
    return new AlarmCoverage(this);
  }
}
