/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.facts;

/**
 * How security groups let traffic through on one port: the answer {@link NetworkPath} gives for the
 * targets' ingress from the load balancer and for the load balancer's egress.
 */
public enum Admission {
  /**
   * a rule references the load balancer's security group (ingress), or any rule allows the port
   * (egress)
   */
  REFERENCE,
  /** only rules by CIDR or prefix list admit the port (ingress) */
  CIDR,
  /** no rule admits the port */
  NONE,
  /** cannot be told: a group, a rule's port, protocol or peer is unknown or cannot be matched */
  UNKNOWN;

  /** reference, cidr, none, unknown: how messages say it */
  public String text() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The better of two answers for a set of rules: any reference wins, unknown beats CIDR and none.
   */
  static Admission best(Admission a, Admission b) {
    if (a == REFERENCE || b == REFERENCE) return REFERENCE;
    if (a == UNKNOWN || b == UNKNOWN) return UNKNOWN;
    if (a == CIDR || b == CIDR) return CIDR;
    return NONE;
  }
}
