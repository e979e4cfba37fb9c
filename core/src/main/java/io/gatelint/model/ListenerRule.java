/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import java.util.ArrayList;
import java.util.List;

/** A listener rule and the target groups its actions forward to. */
public class ListenerRule extends Resource {

  private Value<Object> listener;
  private Value<Object> priority;
  private List<Value<Object>> forwards = new ArrayList<>();

  public Value<Object> getListener() {
    return listener;
  }

  public void setListener(Value<Object> listener) {
    this.listener = listener;
  }

  public Value<Object> getPriority() {
    return priority;
  }

  public void setPriority(Value<Object> priority) {
    this.priority = priority;
  }

  public List<Value<Object>> getForwards() {
    return forwards;
  }

  public void setForwards(List<Value<Object>> forwards) {
    this.forwards = forwards;
  }
}
