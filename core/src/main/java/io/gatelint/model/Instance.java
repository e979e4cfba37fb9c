/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An EC2 instance a target group can register by id ({@code Targets[].Id: !Ref Instance}, {@code
 * aws_lb_target_group_attachment.target_id = aws_instance.x.id}).
 */
public class Instance extends Resource {

  /**
   * the instance's security groups as written (ids, names, network interface groups); empty when
   * none is declared (the VPC's default group: not known to the model)
   */
  private List<Value<Object>> securityGroups = new ArrayList<>();

  public List<Value<Object>> getSecurityGroups() {
    return securityGroups;
  }

  public void setSecurityGroups(List<Value<Object>> securityGroups) {
    this.securityGroups = securityGroups;
  }
}
