/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

/** One ingress or egress rule, inline in a group or standalone. */
public class SecurityGroupRule extends Resource {

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
    return group;
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
    return protocol;
  }

  public void setProtocol(Value<Object> protocol) {
    this.protocol = protocol;
  }

  public Value<Object> getFromPort() {
    return fromPort;
  }

  public void setFromPort(Value<Object> fromPort) {
    this.fromPort = fromPort;
  }

  public Value<Object> getToPort() {
    return toPort;
  }

  public void setToPort(Value<Object> toPort) {
    this.toPort = toPort;
  }

  public Value<Object> getCidrIpv4() {
    return cidrIpv4;
  }

  public void setCidrIpv4(Value<Object> cidrIpv4) {
    this.cidrIpv4 = cidrIpv4;
  }

  public Value<Object> getCidrIpv6() {
    return cidrIpv6;
  }

  public void setCidrIpv6(Value<Object> cidrIpv6) {
    this.cidrIpv6 = cidrIpv6;
  }

  public Value<Object> getPrefixList() {
    return prefixList;
  }

  public void setPrefixList(Value<Object> prefixList) {
    this.prefixList = prefixList;
  }

  public Value<Object> getPeerGroup() {
    return peerGroup;
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
}
