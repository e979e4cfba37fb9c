package io.gatelint.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An Auto Scaling group registering instances with target groups. */
public class AutoScalingGroup extends Resource {

  private List<Value<Object>> targetGroups = new ArrayList<>();
  /** from a launch template or configuration where declared */
  private List<Value<Object>> securityGroups = new ArrayList<>();

  public List<Value<Object>> getTargetGroups() {
    return targetGroups;
  }

  public void setTargetGroups(List<Value<Object>> targetGroups) {
    this.targetGroups = targetGroups;
  }

  public List<Value<Object>> getSecurityGroups() {
    return securityGroups;
  }

  public void setSecurityGroups(List<Value<Object>> securityGroups) {
    this.securityGroups = securityGroups;
  }
}
