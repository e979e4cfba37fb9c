/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

/**
 * One ingress or egress rule, inline in a group or standalone.
 *
 * <p>A value not set here is asked of {@link #held(Part)}: a plan of 391,000 rules keeps each
 * rule's values in a compact subclass that makes them on each read, rather than as objects.
 */
public class SecurityGroupRule extends Resource {

  /** The values of a rule, as {@link #held(Part)} is asked for them. */
  protected enum Part {
    GROUP,
    PROTOCOL,
    FROM_PORT,
    TO_PORT,
    CIDR_IPV4,
    CIDR_IPV6,
    PREFIX_LIST,
    PEER_GROUP
  }

  /** the group it belongs to: a reference or literal id */
  private Value<Object> group;

  /** ingress or egress */
  private String direction = "";

  /** -1, tcp, 6, … */
  private Value<Object> protocol;

  private Value<Object> fromPort;
  private Value<Object> toPort;
  private Value<Object> cidrIpv4;
  private Value<Object> cidrIpv6;
  private Value<Object> prefixList;

  /** the referenced (source or destination) security group */
  private Value<Object> peerGroup;

  /** Terraform self = true: the group itself */
  private boolean self;

  public Value<Object> getGroup() {
    return group != null ? group : held(Part.GROUP);
  }

  public void setGroup(Value<Object> group) {
    this.group = group;
  }

  public String getDirection() {
    return direction;
  }

  public void setDirection(String direction) {
    this.direction = direction;
  }

  public Value<Object> getProtocol() {
    return protocol != null ? protocol : held(Part.PROTOCOL);
  }

  public void setProtocol(Value<Object> protocol) {
    this.protocol = protocol;
  }

  public Value<Object> getFromPort() {
    return fromPort != null ? fromPort : held(Part.FROM_PORT);
  }

  public void setFromPort(Value<Object> fromPort) {
    this.fromPort = fromPort;
  }

  public Value<Object> getToPort() {
    return toPort != null ? toPort : held(Part.TO_PORT);
  }

  public void setToPort(Value<Object> toPort) {
    this.toPort = toPort;
  }

  public Value<Object> getCidrIpv4() {
    return cidrIpv4 != null ? cidrIpv4 : held(Part.CIDR_IPV4);
  }

  public void setCidrIpv4(Value<Object> cidrIpv4) {
    this.cidrIpv4 = cidrIpv4;
  }

  public Value<Object> getCidrIpv6() {
    return cidrIpv6 != null ? cidrIpv6 : held(Part.CIDR_IPV6);
  }

  public void setCidrIpv6(Value<Object> cidrIpv6) {
    this.cidrIpv6 = cidrIpv6;
  }

  public Value<Object> getPrefixList() {
    return prefixList != null ? prefixList : held(Part.PREFIX_LIST);
  }

  public void setPrefixList(Value<Object> prefixList) {
    this.prefixList = prefixList;
  }

  public Value<Object> getPeerGroup() {
    return peerGroup != null ? peerGroup : held(Part.PEER_GROUP);
  }

  public void setPeerGroup(Value<Object> peerGroup) {
    this.peerGroup = peerGroup;
  }

  public boolean isSelf() {
    return self;
  }

  public void setSelf(boolean self) {
    this.self = self;
  }

  /** A value this rule keeps in another form; null when it has none (a value not set). */
  protected Value<Object> held(Part part) {
    return null;
  }
}
