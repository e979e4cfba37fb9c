/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.facts;

import io.gatelint.model.AutoScalingGroup;
import io.gatelint.model.EcsService;
import io.gatelint.model.Instance;
import io.gatelint.model.LoadBalancer;
import io.gatelint.model.Location;
import io.gatelint.model.Resource;
import io.gatelint.model.SecurityGroup;
import io.gatelint.model.SecurityGroupRule;
import io.gatelint.model.TargetGroup;
import io.gatelint.model.Value;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One port the load balancer must reach on the targets of one of its target groups — the traffic
 * port, or the health-check port when it is a different number — with the answer of the security
 * groups on both sides: how the targets' groups admit the load balancer ({@link #getAdmission()})
 * and whether the load balancer's groups let the traffic out ({@link #getEgress()}). Built by
 * {@link NetworkPaths}; the rules GL030–GL032 read it.
 */
public final class NetworkPath {

  private final LoadBalancer loadBalancer;
  private final TargetGroup targetGroup;
  private final Resource target;
  private final Value<Object> port;
  private final String portRole;
  private final List<SecurityGroup> targetSecurityGroups;
  private final List<SecurityGroup> loadBalancerSecurityGroups;
  private final Admission admission;
  private final SecurityGroupRule cidrRule;
  private final Admission egress;

  NetworkPath(
      LoadBalancer loadBalancer,
      TargetGroup targetGroup,
      Resource target,
      Value<Object> port,
      String portRole,
      List<SecurityGroup> targetSecurityGroups,
      List<SecurityGroup> loadBalancerSecurityGroups,
      Admission admission,
      SecurityGroupRule cidrRule,
      Admission egress) {
    this.loadBalancer = loadBalancer;
    this.targetGroup = targetGroup;
    this.target = target;
    this.port = port;
    this.portRole = portRole;
    this.targetSecurityGroups = List.copyOf(targetSecurityGroups);
    this.loadBalancerSecurityGroups = List.copyOf(loadBalancerSecurityGroups);
    this.admission = admission;
    this.cidrRule = cidrRule;
    this.egress = egress;
  }

  public LoadBalancer getLoadBalancer() {
    return loadBalancer;
  }

  public TargetGroup getTargetGroup() {
    return targetGroup;
  }

  /**
   * the ECS service, EC2 instance or Auto Scaling group whose tasks or instances are the targets;
   * null when none is declared
   */
  public Resource getTarget() {
    return target;
  }

  /** how messages name the targets: {@code ECS service ApiService} */
  public String getTargetLabel() {
    if (target instanceof EcsService) return "ECS service " + target.getLabel();
    if (target instanceof AutoScalingGroup) return "Auto Scaling group " + target.getLabel();
    if (target instanceof Instance) return "EC2 instance " + target.getLabel();
    return "the targets of " + targetGroup.getLabel();
  }

  /** the port the load balancer connects to */
  public Value<Object> getPort() {
    return port;
  }

  /** {@code traffic port} or {@code health-check port} */
  public String getPortRole() {
    return portRole;
  }

  /** the targets' security groups that resolved to groups of the model */
  public List<SecurityGroup> getTargetSecurityGroups() {
    return targetSecurityGroups;
  }

  /** the load balancer's security groups that resolved to groups of the model */
  public List<SecurityGroup> getLoadBalancerSecurityGroups() {
    return loadBalancerSecurityGroups;
  }

  public String getTargetSecurityGroupNames() {
    return names(targetSecurityGroups);
  }

  public String getLoadBalancerSecurityGroupNames() {
    return names(loadBalancerSecurityGroups);
  }

  /** how the targets' groups admit the load balancer on the port */
  public Admission getAdmission() {
    return admission;
  }

  public String getAdmissionText() {
    return admission.text();
  }

  /** GL030: admitted, but only by CIDR or prefix list */
  public boolean isAdmittedByCidrOnly() {
    return admission == Admission.CIDR;
  }

  /** GL031: the targets' groups are all known and none admits the load balancer on the port */
  public boolean isNotAdmitted() {
    return admission == Admission.NONE;
  }

  /** the first CIDR or prefix-list rule admitting the port, when {@link #isAdmittedByCidrOnly()} */
  public SecurityGroupRule getCidrRule() {
    return cidrRule;
  }

  /** the peer of {@link #getCidrRule()} as written: {@code 10.0.0.0/16}, a prefix list id */
  public String getCidrRulePeer() {
    if (cidrRule == null) return "";
    for (Value<Object> v :
        List.of(
            nn(cidrRule.getCidrIpv4()), nn(cidrRule.getCidrIpv6()), nn(cidrRule.getPrefixList()))) {
      if (v != NONE) return v.display();
    }
    return "";
  }

  /**
   * where a reference to the load balancer's group should be added: the first target group's
   * declaration
   */
  public Location getIngressAt() {
    if (cidrRule != null) return cidrRule.getLocation();
    return targetSecurityGroups.isEmpty()
        ? targetGroup.getLocation()
        : targetSecurityGroups.get(0).getLocation();
  }

  /** whether the load balancer's groups let traffic out to the port */
  public Admission getEgress() {
    return egress;
  }

  /** allowed, blocked or unknown */
  public String getLoadBalancerEgress() {
    return switch (egress) {
      case REFERENCE, CIDR -> "allowed";
      case NONE -> "blocked";
      case UNKNOWN -> "unknown";
    };
  }

  /** GL032: every group of the load balancer is known and none lets traffic out to the port */
  public boolean isEgressBlocked() {
    return egress == Admission.NONE;
  }

  /** where egress is (or is not) declared on the load balancer's first group */
  public Location getEgressAt() {
    if (loadBalancerSecurityGroups.isEmpty()) return loadBalancer.getLocation();
    SecurityGroup sg = loadBalancerSecurityGroups.get(0);
    Value<Object> declared = sg.getEgressDeclared();
    if (declared != null && declared.isKnown() && declared.bool() && declared.location() != null)
      return declared.location();
    return sg.getLocation();
  }

  /**
   * the load balancer's first group's declaration, for related locations; null when none is known
   */
  public Location getLoadBalancerSecurityGroupAt() {
    return loadBalancerSecurityGroups.isEmpty()
        ? null
        : loadBalancerSecurityGroups.get(0).getLocation();
  }

  private static final Value<Object> NONE = Value.unknown(Location.file(""), "none");

  private static Value<Object> nn(Value<Object> v) {
    return v == null ? NONE : v;
  }

  private static String names(List<SecurityGroup> groups) {
    return groups.stream().map(Resource::getLabel).distinct().collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return loadBalancer.getId()
        + " -> "
        + targetGroup.getId()
        + " ("
        + getTargetLabel()
        + ") "
        + portRole
        + " "
        + port.display()
        + ": ingress "
        + admission.text()
        + ", egress "
        + getLoadBalancerEgress();
  }
}
