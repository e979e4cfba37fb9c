/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import java.util.ArrayList;
import java.util.List;

/** An ECS task definition. */
public class TaskDefinition extends Resource {

  private Value<Object> networkMode;
  private List<Container> containers = new ArrayList<>();

  public Value<Object> getNetworkMode() {
    return networkMode;
  }

  public void setNetworkMode(Value<Object> networkMode) {
    this.networkMode = networkMode;
  }

  public List<Container> getContainers() {
    return containers;
  }

  public void setContainers(List<Container> containers) {
    this.containers = containers;
  }
}
