/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.config;

/**
 * An unreadable or invalid configuration file: the message names the file, line and problem. Exit
 * code 2.
 */
public class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
