/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatelint.model.Location;
import io.gatelint.model.Ref;
import io.gatelint.model.Resource;
import io.gatelint.model.ResourceKind;
import io.gatelint.model.SecurityGroup;
import io.gatelint.model.SecurityGroupRule;
import io.gatelint.model.Value;
import io.gatelint.model.defaults.ElbDefaults;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Security groups with their inline rules, and standalone rules ({@code aws_security_group_rule},
 * {@code aws_vpc_security_group_*_rule}).
 */
final class SecurityGroupMapper implements ResourceMapper {

  static final Set<ResourceKind<?>> KINDS =
      Set.of(ResourceKind.SECURITY_GROUP, ResourceKind.SECURITY_GROUP_RULE);

  /**
   * Keeps the rules of a plan compactly, a plan can hold hundreds of thousands of them; null to
   * keep them as mapped.
   */
  private final CompactSecurityGroupRule.Compactor compactor;

  SecurityGroupMapper(boolean compactRules) {
    this.compactor = compactRules ? new CompactSecurityGroupRule.Compactor() : null;
  }

  private SecurityGroupRule compact(SecurityGroupRule rule, ResourceView v) {
    return compactor == null ? rule : compactor.compact(rule, v);
  }

  @Override
  public Set<ResourceKind<?>> kinds() {
    return KINDS;
  }

  @Override
  public List<? extends Resource> map(ResourceKind<?> kind, ResourceView v) {
    if (kind == ResourceKind.SECURITY_GROUP) return List.of(securityGroup(v));
    return standaloneRules(v);
  }

  private SecurityGroup securityGroup(ResourceView v) {
    SecurityGroup sg = v.init(new SecurityGroup());
    sg.setGroupName(PlanValues.text(v.value("name")));
    sg.setDefaultEgressKept((Boolean) ElbDefaults.TF_DEFAULT_EGRESS_KEPT.value());
    Value<Object> self =
        Value.explicit(new Ref(v.scope(), v.address(), Ref.Attribute.ID, "id"), v.location());
    for (String direction : List.of("ingress", "egress")) {
      TfBlock[] written = writtenBlocks(v, direction);
      TfBlock dynamic = onlyDynamic(v, direction);
      Value<Object> onlyGroup = onlyUnknownGroups(v, direction);
      for (int i = 0; i < v.size(direction); i++) {
        Object[] base = {direction, i};
        Object[] groupsPath = ResourceView.append(base, "security_groups");
        TfBlock block = written[i];
        List<Value<Object>> groups = null;
        if (block != null && block.attributes.containsKey("security_groups")) {
          TfBlock.TfAttribute attribute = block.attributes.get("security_groups");
          groups =
              SecurityGroupReferences.written(
                  v, attribute.text(), v.written(attribute.line(), attribute.column(), groupsPath));
          // a group the source names in a way not followed (a data source) but the plan knows: the
          // plan's ids
          if (groups != null
              && !v.unknown(groupsPath)
              && groups.stream().anyMatch(Value::isUnknown)) groups = null;
        }
        if (groups == null && dynamic != null && v.unknown(groupsPath))
          groups =
              dynamicGroups(v, direction, i, v.written(dynamic.line, dynamic.column, groupsPath));
        if (groups == null && onlyGroup != null && v.unknown(groupsPath))
          groups = List.of(onlyGroup);
        List<SecurityGroupRule> rules = peerRules(v, base, groups);
        for (SecurityGroupRule rule : rules) {
          rule.setId(v.address());
          rule.setSourceType(v.type() + " " + direction);
          rule.setScope(v.scope());
          rule.setLocation(
              block != null
                  ? v.written(block.line, block.column, base)
                  : dynamic != null ? v.written(dynamic.line, dynamic.column, base) : v.at(base));
          rule.setGroup(self);
          rule.setDirection(direction);
          rule.setProtocol(v.value(ResourceView.append(base, "protocol")));
          rule.setFromPort(v.value(ResourceView.append(base, "from_port")));
          rule.setToPort(v.value(ResourceView.append(base, "to_port")));
        }
        for (SecurityGroupRule rule : rules) sg.getRules().add(compact(rule, v));
      }
    }
    sg.setEgressDeclared(egressDeclared(v));
    return sg;
  }

  /**
   * For each planned rule of a direction, its block in the .tf source; none when the source is not
   * at hand, a {@code dynamic} block writes rules, or the rule cannot be told apart.
   */
  private static TfBlock[] writtenBlocks(ResourceView v, String direction) {
    TfBlock[] out = new TfBlock[v.size(direction)];
    if (v.block() == null || v.block().hasDynamic(direction)) return out;
    List<TfBlock> blocks = v.block().blocks(direction);
    List<JsonNode> planned = new ArrayList<>();
    for (int i = 0; i < out.length; i++) planned.add(v.planned(direction, i));
    int[] match = InlineBlocks.match(blocks, planned);
    for (int i = 0; i < out.length; i++) out[i] = match[i] < 0 ? null : blocks.get(match[i]);
    return out;
  }

  /**
   * The one {@code dynamic} block that writes every rule of a direction (no static block beside
   * it), so each planned rule of that direction comes from it; null otherwise.
   */
  private static TfBlock onlyDynamic(ResourceView v, String direction) {
    if (v.block() == null || !v.block().blocks(direction).isEmpty()) return null;
    List<TfBlock> dynamic =
        v.block().blocks.stream()
            .filter(b -> b.type.equals("dynamic") && b.labels.equals(List.of(direction)))
            .toList();
    return dynamic.size() == 1 ? dynamic.get(0) : null;
  }

  /**
   * The groups a planned rule with groups known only after apply names, read from the element of
   * the {@code dynamic} block's {@code for_each} that writes it: the one element whose ports,
   * protocol and description evaluate to the planned ones. Null when not exactly one agrees or its
   * {@code security_groups} is not a list the plan can resolve.
   */
  private static List<Value<Object>> dynamicGroups(
      ResourceView v, String direction, int index, Location at) {
    if (v.env() == null || v.expressions() == null) return null;
    List<DynamicBlocks.Expanded> expanded =
        DynamicBlocks.expand(v.expressions(), v.block(), v.env(), direction);
    if (expanded == null) return null;
    JsonNode planned = v.planned(direction, index);
    if (planned == null) return null;
    DynamicBlocks.Expanded only = null;
    for (DynamicBlocks.Expanded e : expanded) {
      if (!agrees(v, e, planned)) continue;
      if (only != null) return null;
      only = e;
    }
    if (only == null) return null;
    TfBlock.TfAttribute attribute = only.body().attributes.get("security_groups");
    if (attribute == null) return null;
    Object value = v.expressions().evaluate(attribute.text(), only.env());
    if (!(value instanceof List<?> items)) return null;
    List<Value<Object>> out = new ArrayList<>();
    for (Object item : items) {
      if (item instanceof HclEvaluator.Sym sym) {
        Value<Object> ref = v.symRef(sym, at);
        out.add(
            ref != null
                ? ref
                : Value.unknown(at, HclEvaluator.symText(sym) + " names no one security group"));
      } else if (item instanceof String s) {
        out.add(Value.explicit(s, at));
      } else if (item instanceof HclEvaluator.Unknown u) {
        out.add(Value.unknown(at, u.reason()));
      } else {
        return null;
      }
    }
    return out;
  }

  /** False when an argument of an expanded block evaluates to other than the planned rule holds. */
  private static boolean agrees(ResourceView v, DynamicBlocks.Expanded e, JsonNode planned) {
    for (String name : List.of("from_port", "to_port", "protocol", "description")) {
      TfBlock.TfAttribute attribute = e.body().attributes.get(name);
      JsonNode value = planned.get(name);
      if (attribute == null || value == null || !value.isValueNode()) continue;
      Object evaluated = v.expressions().evaluate(attribute.text(), e.env());
      if (evaluated instanceof BigDecimal n && value.isNumber()) {
        if (n.compareTo(value.decimalValue()) != 0) return false;
      } else if (evaluated instanceof String s && name.equals("protocol")) {
        if (!InlineBlocks.protocol(s).equals(InlineBlocks.protocol(value.asText()))) return false;
      } else if (evaluated instanceof String s && value.isTextual()) {
        if (!s.equals(value.textValue())) return false;
      }
    }
    return true;
  }

  /**
   * Without the source: the security group a direction's one configuration expression references,
   * when it references exactly one and exactly one planned rule has groups known only after apply.
   */
  private static Value<Object> onlyUnknownGroups(ResourceView v, String direction) {
    int unknown = -1;
    for (int i = 0; i < v.size(direction); i++) {
      if (!v.unknown(direction, i, "security_groups")) continue;
      if (unknown >= 0) return null;
      unknown = i;
    }
    if (unknown < 0) return null;
    return SecurityGroupReferences.onlyReferenced(
        v, direction, v.at(direction, unknown, "security_groups"));
  }

  private static Value<Object> egressDeclared(ResourceView v) {
    if (v.hasConfig() && v.configAt("egress").written())
      return Value.explicit(true, v.at("egress"));
    if (v.block() != null && v.block().hasDynamic("egress"))
      return Value.explicit(true, v.at("egress"));
    if (v.size("egress") > 0) return Value.explicit(true, v.at("egress"));
    if (v.hasConfig()) return Value.explicit(false, v.location());
    if (v.unknown("egress")) {
      return Value.unknown(
          v.at("egress"), "egress known after apply and the plan has no configuration");
    }
    return Value.explicit(false, v.at("egress"));
  }

  /**
   * One rule per peer of a rule block or resource: each CIDR, IPv6 CIDR, prefix list and referenced
   * group; one rule without a peer when none is written.
   */
  private static List<SecurityGroupRule> peerRules(
      ResourceView v, Object[] base, String groupsArg, boolean groupList) {
    List<Value<Object>> groups =
        groupList
            ? v.links(ResourceView.append(base, groupsArg))
            : PlanValues.nonNull(v.link(ResourceView.append(base, groupsArg)));
    return peerRules(v, base, groups);
  }

  /**
   * {@link #peerRules(ResourceView, Object[], String, boolean)} with the groups given; planned when
   * null.
   */
  private static List<SecurityGroupRule> peerRules(
      ResourceView v, Object[] base, List<Value<Object>> groupsGiven) {
    List<Value<Object>> groups =
        groupsGiven != null ? groupsGiven : v.links(ResourceView.append(base, "security_groups"));
    List<SecurityGroupRule> rules = new ArrayList<>();
    BiConsumer<Value<Object>, BiConsumer<SecurityGroupRule, Value<Object>>> add =
        (value, setter) -> {
          SecurityGroupRule rule = new SecurityGroupRule();
          setter.accept(rule, value);
          rules.add(rule);
        };
    for (Value<Object> c : v.links(ResourceView.append(base, "cidr_blocks")))
      add.accept(c, SecurityGroupRule::setCidrIpv4);
    for (Value<Object> c : v.links(ResourceView.append(base, "ipv6_cidr_blocks"))) {
      add.accept(c, SecurityGroupRule::setCidrIpv6);
    }
    for (Value<Object> c : v.links(ResourceView.append(base, "prefix_list_ids"))) {
      add.accept(c, SecurityGroupRule::setPrefixList);
    }
    for (Value<Object> g : groups) add.accept(g, SecurityGroupRule::setPeerGroup);
    JsonNode self = v.planned(ResourceView.append(base, "self"));
    if (self != null && self.asBoolean(false)) {
      SecurityGroupRule rule = new SecurityGroupRule();
      rule.setSelf(true);
      rules.add(rule);
    }
    if (rules.isEmpty()) rules.add(new SecurityGroupRule());
    return rules;
  }

  private List<SecurityGroupRule> standaloneRules(ResourceView v) {
    Object[] base = {};
    List<SecurityGroupRule> rules;
    String direction;
    Value<Object> protocol;
    if (v.type().equals("aws_security_group_rule")) {
      rules = peerRules(v, base, "source_security_group_id", false);
      Value<Object> type = v.value("type");
      direction = type == null || type.isUnknown() ? "" : type.text();
      protocol = v.value("protocol");
    } else {
      rules = new ArrayList<>();
      direction = v.type().endsWith("ingress_rule") ? "ingress" : "egress";
      protocol = v.value("ip_protocol");
      SecurityGroupRule rule = new SecurityGroupRule();
      rule.setCidrIpv4(v.value("cidr_ipv4"));
      rule.setCidrIpv6(v.value("cidr_ipv6"));
      rule.setPrefixList(v.value("prefix_list_id"));
      rule.setPeerGroup(v.link("referenced_security_group_id"));
      rules.add(rule);
    }
    for (SecurityGroupRule rule : rules) {
      v.init(rule);
      rule.setGroup(v.link("security_group_id"));
      rule.setDirection(direction);
      rule.setProtocol(protocol);
      rule.setFromPort(v.value("from_port"));
      rule.setToPort(v.value("to_port"));
    }
    rules.replaceAll(rule -> compact(rule, v));
    return rules;
  }
}
