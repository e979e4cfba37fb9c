/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.facts;

import io.gatelint.model.AutoScalingGroup;
import io.gatelint.model.Container;
import io.gatelint.model.EcsLoadBalancer;
import io.gatelint.model.EcsService;
import io.gatelint.model.Instance;
import io.gatelint.model.LoadBalancer;
import io.gatelint.model.Model;
import io.gatelint.model.PortMapping;
import io.gatelint.model.Resource;
import io.gatelint.model.SecurityGroup;
import io.gatelint.model.SecurityGroupRule;
import io.gatelint.model.Target;
import io.gatelint.model.TargetGroup;
import io.gatelint.model.TaskDefinition;
import io.gatelint.model.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates the security groups between each application load balancer and the targets of every
 * target group behind it, once, for all network rules: which rules admit the load balancer to each
 * port of the targets, and whether the load balancer's groups let the traffic out.
 *
 * <p>Targets' groups come from the ECS services registered with the target group (awsvpc security
 * groups), the EC2 instances registered by reference (their groups or network interface groups, on
 * the registration's port or the target group's) and the Auto Scaling groups that register with it
 * (the groups of their launch template or configuration); Lambda targets have none and are skipped.
 * A group that cannot be matched to one in the model (a literal {@code sg-…} id, an unresolvable
 * reference, no groups at all) makes the answer unknown, never a finding.
 */
final class NetworkPaths {

  private final Model model;
  private final Forwarding forwarding;
  private final Map<SecurityGroup, List<SecurityGroupRule>> rules = new IdentityHashMap<>();

  /** The standalone rules of each group, in the model's order; built on first use. */
  private Map<SecurityGroup, List<SecurityGroupRule>> standalone;

  private NetworkPaths(Model model, Forwarding forwarding) {
    this.model = model;
    this.forwarding = forwarding;
  }

  /**
   * Every (load balancer, target group, targets, port) the load balancer must reach; a load
   * balancer whose analysis fails is reported through {@code analysis} and has no paths.
   */
  static List<NetworkPath> of(Model model, Forwarding forwarding, Analysis analysis) {
    NetworkPaths paths = new NetworkPaths(model, forwarding);
    List<NetworkPath> out = new ArrayList<>();
    for (LoadBalancer lb : model.getApplicationLoadBalancers()) {
      out.addAll(analysis.of(lb, () -> paths.of(lb), List.of()));
    }
    return List.copyOf(out);
  }

  /**
   * Groups named by a list of values: those found in the model, and whether any could not be found.
   */
  record Groups(List<SecurityGroup> known, boolean unknown) {}

  private List<NetworkPath> of(LoadBalancer lb) {
    List<NetworkPath> out = new ArrayList<>();
    Groups lbGroups = groups(lb.getSecurityGroups());
    for (TargetGroup tg : forwarding.targetGroupsBehind(lb)) {
      Value<Object> type = tg.getTargetType();
      if (type != null
          && type.isKnown()
          && !type.text().equalsIgnoreCase("instance")
          && !type.text().equalsIgnoreCase("ip")) {
        continue; // lambda targets have no security groups; alb targets are another load balancer
      }
      for (TargetSource source : sources(tg)) {
        Groups targetGroups = groups(source.groups());
        List<Value<Object>> ports = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        if (isNumber(source.port())) {
          ports.add(source.port());
          roles.add("traffic port");
        }
        Value<Object> hcPort = tg.getHealthCheck() == null ? null : tg.getHealthCheck().getPort();
        if (isNumber(hcPort) && !(isNumber(source.port()) && hcPort.num() == source.port().num())) {
          ports.add(hcPort);
          roles.add("health-check port");
        }
        for (int i = 0; i < ports.size(); i++) {
          int port = (int) ports.get(i).num();
          Ingress ingress = ingress(targetGroups, lbGroups, port);
          out.add(
              new NetworkPath(
                  lb,
                  tg,
                  source.resource(),
                  ports.get(i),
                  roles.get(i),
                  targetGroups.known(),
                  lbGroups.known(),
                  ingress.admission(),
                  ingress.cidrRule(),
                  egress(lbGroups, port)));
        }
      }
    }
    return out;
  }

  /**
   * Who registers targets with a target group, with their security groups and the port they serve
   * on.
   */
  private record TargetSource(Resource resource, List<Value<Object>> groups, Value<Object> port) {}

  private record EcsRegistration(EcsService service, EcsLoadBalancer registration) {}

  /** Each target group's ECS registrations, in model order; resolved once, on first need. */
  private Map<TargetGroup, List<EcsRegistration>> ecsRegistrations;

  /** Each target group's Auto Scaling groups, in model order; resolved once, on first need. */
  private Map<TargetGroup, List<AutoScalingGroup>> asgRegistrations;

  /**
   * Resolves every registration once for all target groups: resolving each registration for each
   * target group was quadratic in a tree of many stacks.
   */
  private void indexRegistrations() {
    // built whole before it is kept: a registration that fails to resolve fails each load
    // balancer's analysis in turn, as it did when resolved per target group
    Map<TargetGroup, List<EcsRegistration>> ecsRegistrations = new IdentityHashMap<>();
    for (EcsService service : model.getEcsServices()) {
      for (EcsLoadBalancer registration : service.getLoadBalancers()) {
        for (TargetGroup t : model.resolve(registration.getTargetGroup(), TargetGroup.class)) {
          ecsRegistrations
              .computeIfAbsent(t, k -> new ArrayList<>())
              .add(new EcsRegistration(service, registration));
        }
      }
    }
    Map<TargetGroup, List<AutoScalingGroup>> asgRegistrations = new IdentityHashMap<>();
    for (AutoScalingGroup asg : model.getAutoScalingGroups()) {
      for (Value<Object> registered : asg.getTargetGroups()) {
        for (TargetGroup t : model.resolve(registered, TargetGroup.class)) {
          List<AutoScalingGroup> asgs = asgRegistrations.computeIfAbsent(t, k -> new ArrayList<>());
          // an Auto Scaling group registers with a target group once, however many times it names
          // it
          if (asgs.isEmpty() || asgs.get(asgs.size() - 1) != asg) asgs.add(asg);
        }
      }
    }
    this.asgRegistrations = asgRegistrations;
    this.ecsRegistrations = ecsRegistrations;
  }

  private List<TargetSource> sources(TargetGroup tg) {
    if (ecsRegistrations == null) indexRegistrations();
    List<TargetSource> out = new ArrayList<>();
    for (EcsRegistration r : ecsRegistrations.getOrDefault(tg, List.of())) {
      out.add(ecsTargets(r.service(), r.registration(), tg));
    }
    for (AutoScalingGroup asg : asgRegistrations.getOrDefault(tg, List.of())) {
      out.add(new TargetSource(asg, asg.getSecurityGroups(), tg.getPort()));
    }
    for (Target registration : tg.getTargets()) {
      Value<Object> port = registration.getPort() == null ? tg.getPort() : registration.getPort();
      for (Instance instance : model.resolve(registration.getTarget(), Instance.class)) {
        out.add(new TargetSource(instance, instance.getSecurityGroups(), port));
      }
    }
    // Targets registered some other way (literal ids, instances outside the tree): their groups are
    // not known, but the load balancer's egress still can be checked.
    if (out.isEmpty()) out.add(new TargetSource(null, List.of(), tg.getPort()));
    return out;
  }

  /**
   * In awsvpc mode the tasks are the targets: their port is the container port and their groups the
   * service's. In bridge or host mode the instances are: the port is the mapping's host port
   * (dynamic — unknown — when 0 or unset) and the instances' groups are not the service's.
   */
  private TargetSource ecsTargets(
      EcsService service, EcsLoadBalancer registration, TargetGroup tg) {
    Value<Object> containerPort =
        isNumber(registration.getContainerPort()) ? registration.getContainerPort() : tg.getPort();
    Value<Object> mode = null;
    for (TaskDefinition td : model.resolve(service.getTaskDefinition(), TaskDefinition.class))
      mode = td.getNetworkMode();
    boolean awsvpc =
        !service.getSecurityGroups().isEmpty()
            || (mode != null && mode.isKnown() && mode.text().equalsIgnoreCase("awsvpc"));
    if (awsvpc) return new TargetSource(service, service.getSecurityGroups(), containerPort);
    Value<Object> hostPort = null;
    for (TaskDefinition td : model.resolve(service.getTaskDefinition(), TaskDefinition.class)) {
      for (Container c : td.getContainers()) {
        if (c.getName() == null
            || registration.getContainerName() == null
            || !c.getName().text().equals(registration.getContainerName().text())) {
          continue;
        }
        for (PortMapping m : c.getPortMappings()) {
          if (isNumber(m.getContainerPort())
              && isNumber(containerPort)
              && m.getContainerPort().num() == containerPort.num()
              && isNumber(m.getHostPort())
              && m.getHostPort().num() > 0) {
            hostPort = m.getHostPort();
          }
        }
      }
    }
    return new TargetSource(
        service,
        List.of(),
        hostPort != null ? hostPort : Value.unknown(service.getLocation(), "dynamic host port"));
  }

  private Groups groups(List<Value<Object>> values) {
    List<SecurityGroup> known = new ArrayList<>();
    boolean unknown = values == null || values.isEmpty();
    if (values != null) {
      for (Value<Object> v : values) {
        List<SecurityGroup> found = model.resolve(v, SecurityGroup.class);
        if (found.isEmpty()) unknown = true;
        for (SecurityGroup sg : found) if (!known.contains(sg)) known.add(sg);
      }
    }
    return new Groups(known, unknown);
  }

  // --- ingress --------------------------------------------------------------------------------

  private record Ingress(Admission admission, SecurityGroupRule cidrRule) {}

  private Ingress ingress(Groups targets, Groups lb, int port) {
    Admission result = targets.unknown() ? Admission.UNKNOWN : Admission.NONE;
    SecurityGroupRule cidrRule = null;
    for (SecurityGroup sg : targets.known()) {
      for (SecurityGroupRule rule : rulesOf(sg)) {
        Admission a;
        if (!rule.getDirection().equalsIgnoreCase("ingress")) {
          if (!rule.getDirection().isEmpty()) continue;
          a =
              Admission
                  .UNKNOWN; // a standalone rule whose type is unknown could be the one admitting
        } else {
          a = admits(rule, sg, lb, port);
        }
        if (a == Admission.CIDR && cidrRule == null) cidrRule = rule;
        result = Admission.best(result, a);
      }
    }
    return new Ingress(result, result == Admission.CIDR ? cidrRule : null);
  }

  private Admission admits(SecurityGroupRule rule, SecurityGroup owner, Groups lb, int port) {
    Coverage c = covers(rule, port);
    if (c == Coverage.NO) return Admission.NONE;
    Admission peer = peer(rule, owner, lb);
    if (c == Coverage.UNKNOWN) return peer == Admission.NONE ? Admission.NONE : Admission.UNKNOWN;
    return peer;
  }

  private Admission peer(SecurityGroupRule rule, SecurityGroup owner, Groups lb) {
    if (rule.isSelf()) return sameGroup(List.of(owner), lb);
    Value<Object> peerGroup = rule.getPeerGroup();
    if (peerGroup != null) {
      List<SecurityGroup> found = model.resolve(peerGroup, SecurityGroup.class);
      if (found.isEmpty())
        return Admission.UNKNOWN; // a literal sg-… id or an unresolvable reference
      return sameGroup(found, lb);
    }
    if (rule.getCidrIpv4() != null || rule.getCidrIpv6() != null || rule.getPrefixList() != null)
      return Admission.CIDR;
    return Admission.UNKNOWN; // no peer the model can read
  }

  private static Admission sameGroup(List<SecurityGroup> peers, Groups lb) {
    for (SecurityGroup p : peers) if (lb.known().contains(p)) return Admission.REFERENCE;
    return lb.unknown() ? Admission.UNKNOWN : Admission.NONE;
  }

  // --- egress ---------------------------------------------------------------------------------

  /**
   * REFERENCE when some group lets the traffic out, NONE when none does, UNKNOWN when it cannot be
   * told.
   */
  private Admission egress(Groups lb, int port) {
    Admission result = lb.unknown() ? Admission.UNKNOWN : Admission.NONE;
    for (SecurityGroup sg : lb.known()) {
      Value<Object> declared = sg.getEgressDeclared();
      if (declared == null || declared.isUnknown()) {
        result = Admission.best(result, Admission.UNKNOWN);
        continue;
      }
      if (sg.isDefaultEgressKept() && !declared.bool()) {
        return Admission.REFERENCE; // CloudFormation: no egress declared keeps AWS's allow-all rule
      }
      for (SecurityGroupRule rule : rulesOf(sg)) {
        if (!rule.getDirection().equalsIgnoreCase("egress")) {
          if (rule.getDirection().isEmpty()) result = Admission.best(result, Admission.UNKNOWN);
          continue;
        }
        Coverage c = covers(rule, port);
        if (c == Coverage.YES) return Admission.REFERENCE;
        if (c == Coverage.UNKNOWN) result = Admission.best(result, Admission.UNKNOWN);
      }
    }
    return result;
  }

  // --- rules ----------------------------------------------------------------------------------

  /** A group's inline rules and the standalone rules that name it. */
  private List<SecurityGroupRule> rulesOf(SecurityGroup sg) {
    return rules.computeIfAbsent(sg, this::findRulesOf);
  }

  private List<SecurityGroupRule> findRulesOf(SecurityGroup sg) {
    if (standalone == null) indexStandalone();
    List<SecurityGroupRule> out = new ArrayList<>(sg.getRules());
    out.addAll(standalone.getOrDefault(sg, List.of()));
    return out;
  }

  /**
   * Resolves every standalone rule's group once: a scan of all rules for each group was quadratic
   * in a plan of many groups and rules (a quarter of a generated monorepo's lint time).
   */
  private void indexStandalone() {
    standalone = new IdentityHashMap<>();
    for (SecurityGroupRule rule : model.getSecurityGroupRules()) {
      Set<SecurityGroup> owners = Collections.newSetFromMap(new IdentityHashMap<>());
      for (SecurityGroup sg : model.resolve(rule.getGroup(), SecurityGroup.class)) {
        if (owners.add(sg)) standalone.computeIfAbsent(sg, k -> new ArrayList<>()).add(rule);
      }
    }
  }

  private enum Coverage {
    YES,
    NO,
    UNKNOWN
  }

  /** Whether a rule's protocol and port range take in a TCP port. */
  static Coverage covers(SecurityGroupRule rule, int port) {
    Value<Object> protocol = rule.getProtocol();
    if (protocol == null || protocol.isUnknown()) return Coverage.UNKNOWN;
    String p = protocol.text().trim().toLowerCase(Locale.ROOT);
    if (p.equals("-1") || p.equals("all")) return Coverage.YES;
    if (!p.equals("tcp") && !p.equals("6")) return Coverage.NO;
    if (!isNumber(rule.getFromPort()) || !isNumber(rule.getToPort())) return Coverage.UNKNOWN;
    return rule.getFromPort().num() <= port && port <= rule.getToPort().num()
        ? Coverage.YES
        : Coverage.NO;
  }

  private static boolean isNumber(Value<?> v) {
    return v != null && v.isKnown() && v.isNumber();
  }
}
