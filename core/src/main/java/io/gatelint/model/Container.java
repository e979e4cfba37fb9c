/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A container definition of a task definition. */
public class Container {

  private Value<Object> name;
  private Value<Object> image;
  private List<PortMapping> portMappings = new ArrayList<>();
  private Map<String, Value<Object>> environment = new LinkedHashMap<>();

  /** command and entry point words */
  private List<Value<Object>> command = new ArrayList<>();

  public Value<Object> getName() {
    return name;
  }

  public void setName(Value<Object> name) {
    this.name = name;
  }

  public Value<Object> getImage() {
    return image;
  }

  public void setImage(Value<Object> image) {
    this.image = image;
  }

  public List<PortMapping> getPortMappings() {
    return portMappings;
  }

  public void setPortMappings(List<PortMapping> portMappings) {
    this.portMappings = portMappings;
  }

  public Map<String, Value<Object>> getEnvironment() {
    return environment;
  }

  public void setEnvironment(Map<String, Value<Object>> environment) {
    this.environment = environment;
  }

  public List<Value<Object>> getCommand() {
    return command;
  }

  public void setCommand(List<Value<Object>> command) {
    this.command = command;
  }
}
