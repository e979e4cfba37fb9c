/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.nginx;

import io.gatelint.model.Location;
import io.gatelint.model.Origin;
import io.gatelint.model.Value;
import java.time.Duration;
import java.util.regex.Pattern;

/** Reads directive arguments into model values; anything holding an nginx variable is unknown. */
final class NginxValues {

  private NginxValues() {}

  /** {@code $name}, {@code ${name}}, {@code $1}; a regex anchor {@code $} at the end is not one. */
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{?[A-Za-z0-9_]");

  static boolean hasVariable(String text) {
    return VARIABLE.matcher(text).find();
  }

  static <T> Value<T> variable(String text, Location at) {
    return Value.unknown(at, variableNote(text));
  }

  private static String variableNote(String text) {
    return "set at run time from the nginx variable in '" + text + "'";
  }

  static Value<Object> text(String text, Location at) {
    return hasVariable(text) ? variable(text, at) : Value.explicit(text, at);
  }

  /** A time argument ({@code 30s}, {@code 1m30s}, {@code 500ms}), shown in seconds. */
  static Value<Duration> time(String text, Location at) {
    if (hasVariable(text)) {
      return Value.unknownDuration(Origin.unknown(at, variableNote(text)), Value.Unit.SECONDS);
    }
    Duration d = NginxTime.parse(text);
    if (d == null) {
      return Value.unknownDuration(
          Origin.unknown(at, "not an nginx time: '" + text + "'"), Value.Unit.SECONDS);
    }
    return Value.duration(d, Origin.explicit(at), Value.Unit.SECONDS);
  }

  static Value<Object> integer(String text, Location at) {
    if (hasVariable(text)) return variable(text, at);
    Integer n = parseInt(text);
    return n == null ? Value.unknown(at, "not a number: '" + text + "'") : Value.explicit(n, at);
  }

  static Integer parseInt(String text) {
    if (text.isEmpty() || text.length() > 9) return null;
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isDigit(text.charAt(i))) return null;
    }
    return Integer.parseInt(text);
  }

  /** A port number 0–65535, or null. */
  static Integer port(String text) {
    Integer n = parseInt(text);
    return n != null && n <= 65535 ? n : null;
  }

  /**
   * Host and port of an address as nginx writes it: {@code host}, {@code host:port}, {@code
   * [::1]:80}, {@code 8080}.
   */
  record Address(String host, String port) {

    boolean hasPort() {
      return port != null;
    }
  }

  /** Splits an address; {@code bareNumberIsPort} for listen, where {@code 8080} alone is a port. */
  static Address address(String text, boolean bareNumberIsPort) {
    if (text.startsWith("[")) {
      int end = text.indexOf(']');
      if (end < 0) return new Address(text, null);
      String host = text.substring(0, end + 1);
      String rest = text.substring(end + 1);
      return new Address(host, rest.startsWith(":") ? rest.substring(1) : null);
    }
    if (bareNumberIsPort && parseInt(text) != null) return new Address("", text);
    int colon = text.lastIndexOf(':');
    if (colon >= 0) return new Address(text.substring(0, colon), text.substring(colon + 1));
    return new Address(text, null);
  }
}
