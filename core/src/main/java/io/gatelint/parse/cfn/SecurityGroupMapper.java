/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.cfn;

import io.gatelint.model.Location;
import io.gatelint.model.Ref;
import io.gatelint.model.Resource;
import io.gatelint.model.ResourceKind;
import io.gatelint.model.SecurityGroup;
import io.gatelint.model.SecurityGroupRule;
import io.gatelint.model.Value;
import io.gatelint.model.defaults.ElbDefaults;
import java.util.Set;

/** Security groups with their inline rules, and standalone ingress and egress rules. */
final class SecurityGroupMapper implements ResourceMapper {

  static final Set<ResourceKind<?>> KINDS =
      Set.of(ResourceKind.SECURITY_GROUP, ResourceKind.SECURITY_GROUP_RULE);

  private final PropertyReader read;
  private final Resolver resolver;

  SecurityGroupMapper(PropertyReader read) {
    this.read = read;
    this.resolver = read.resolver();
  }

  @Override
  public Resource map(ResourceKind<?> kind, String id, String type, Node.MapNode p, Location at) {
    if (kind == ResourceKind.SECURITY_GROUP) return securityGroup(id, type, p, at);
    return standaloneRule(id, type, p, at, type.endsWith("Ingress") ? "ingress" : "egress");
  }

  private SecurityGroup securityGroup(String id, String type, Node.MapNode p, Location at) {
    SecurityGroup sg = read.init(new SecurityGroup(), id, type, at);
    sg.setGroupName(read.text(p, "GroupName", at));
    sg.setDefaultEgressKept((Boolean) ElbDefaults.DEFAULT_EGRESS_KEPT.value());
    Value<Object> self =
        Value.explicit(new Ref(read.template().file(), id, Ref.Attribute.ID, "Ref"), at);
    Node ingress = p.get("SecurityGroupIngress");
    if (resolver.isUnknownList(ingress)) {
      sg.getRules()
          .add(
              unknownRule(
                  id + ".ingress",
                  ingress,
                  "ingress",
                  self,
                  "ingress rules computed at deploy time"));
    }
    for (Node r : resolver.items(ingress)) {
      if (resolver.structural(r) instanceof Node.MapNode rm) {
        sg.getRules().add(rule(id + ".ingress", rm, "ingress", self));
      } else if (resolver.isUnknownMap(r)) {
        sg.getRules()
            .add(
                unknownRule(
                    id + ".ingress", r, "ingress", self, "ingress rule computed at deploy time"));
      }
    }
    Node egress = p.get("SecurityGroupEgress");
    if (egress == null) {
      sg.setEgressDeclared(ElbDefaults.EGRESS_DECLARED.at(at));
    } else if (resolver.isList(egress)) {
      sg.setEgressDeclared(Value.explicit(true, resolver.structural(egress).location()));
      for (Node r : resolver.items(egress)) {
        if (resolver.structural(r) instanceof Node.MapNode rm) {
          sg.getRules().add(rule(id + ".egress", rm, "egress", self));
        } else if (resolver.isUnknownMap(r)) {
          sg.getRules()
              .add(
                  unknownRule(
                      id + ".egress", r, "egress", self, "egress rule computed at deploy time"));
        }
      }
    } else {
      sg.setEgressDeclared(Value.unknown(egress.location(), "egress computed at deploy time"));
    }
    return sg;
  }

  private SecurityGroupRule standaloneRule(
      String id, String type, Node.MapNode p, Location at, String direction) {
    Value<Object> group = resolver.value(p.get("GroupId"));
    if (group == null) group = resolver.value(p.get("GroupName"));
    SecurityGroupRule rule = rule(id, p, direction, read.nullToUnknown(group, at, "no GroupId"));
    read.init(rule, id, type, at);
    return rule;
  }

  private SecurityGroupRule rule(String id, Node.MapNode r, String direction, Value<Object> group) {
    Location at = r.location();
    SecurityGroupRule rule = inlineRule(id, at, direction, group);
    rule.setProtocol(read.value(r, "IpProtocol", at));
    rule.setFromPort(read.value(r, "FromPort", at));
    rule.setToPort(read.value(r, "ToPort", at));
    // A peer the rule does not write stays null (as in Terraform): "not written" must not read as
    // "written but unknown", or a CIDR rule could never be told from one whose source is
    // unresolvable.
    rule.setCidrIpv4(resolver.value(r.get("CidrIp")));
    rule.setCidrIpv6(resolver.value(r.get("CidrIpv6")));
    String peer = direction.equals("ingress") ? "Source" : "Destination";
    rule.setPrefixList(resolver.value(r.get(peer + "PrefixListId")));
    Value<Object> peerGroup = resolver.value(r.get(peer + "SecurityGroupId"));
    if (peerGroup == null && direction.equals("ingress"))
      peerGroup = resolver.value(r.get("SourceSecurityGroupName"));
    rule.setPeerGroup(peerGroup);
    return rule;
  }

  /** An inline rule of a group, read as the standalone resource of its direction would be. */
  private SecurityGroupRule inlineRule(
      String id, Location at, String direction, Value<Object> group) {
    SecurityGroupRule rule = new SecurityGroupRule();
    rule.setId(id);
    rule.setSourceType(
        direction.equals("ingress")
            ? "AWS::EC2::SecurityGroupIngress"
            : "AWS::EC2::SecurityGroupEgress");
    rule.setLocation(at);
    rule.setScope(read.template().file());
    rule.setVariant(read.variant());
    rule.setGroup(group);
    rule.setDirection(direction);
    return rule;
  }

  /**
   * A rule that is there but cannot be read: protocol, ports and peer are all unknown, so it may be
   * the one that admits (or lets out) the traffic and nothing is judged missing because of it.
   */
  private SecurityGroupRule unknownRule(
      String id, Node node, String direction, Value<Object> group, String why) {
    Location at = node.location();
    SecurityGroupRule rule = inlineRule(id, at, direction, group);
    rule.setProtocol(Value.unknown(at, why));
    rule.setFromPort(Value.unknown(at, why));
    rule.setToPort(Value.unknown(at, why));
    rule.setPeerGroup(Value.unknown(at, why));
    return rule;
  }
}
