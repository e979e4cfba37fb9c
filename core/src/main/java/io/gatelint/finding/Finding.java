/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.finding;

import io.gatelint.model.Location;
import java.util.List;
import java.util.Objects;

/**
 * One result: a rule, where it points, what it says. {@code related} names the other end of a
 * cross-layer finding (the load balancer attribute when the primary location is the backend setting
 * to change).
 *
 * @param suppression why the finding is suppressed, or null when it is not
 * @param fix the fix computed from the finding's own values (the rule's {@code fix} template), or
 *     empty when the rule has none and its generic remediation applies
 */
public record Finding(
    RuleInfo rule,
    Severity severity,
    Location location,
    String message,
    List<Related> related,
    String resource,
    Suppression suppression,
    String fix)
    implements Comparable<Finding> {

  /** Another location the finding concerns, with a short message. */
  public record Related(Location location, String message) {}

  /** A suppression that applies to the finding: where it is written and the reason given. */
  public record Suppression(String kind, Location location, String reason) {}

  /**
   * {@code api.yaml:41} or {@code api.yaml:41:7} in a message: the line moves, the finding does
   * not.
   */
  private static final java.util.regex.Pattern LINE_NUMBERS =
      java.util.regex.Pattern.compile("(\\.[A-Za-z0-9]+):\\d+(?::\\d+)?");

  public Finding {
    Objects.requireNonNull(rule);
    Objects.requireNonNull(severity);
    Objects.requireNonNull(location);
    related = List.copyOf(related);
    resource = resource == null ? "" : resource;
    fix = fix == null ? "" : fix;
  }

  /** A finding whose rule gives only its generic remediation. */
  public Finding(
      RuleInfo rule,
      Severity severity,
      Location location,
      String message,
      List<Related> related,
      String resource,
      Suppression suppression) {
    this(rule, severity, location, message, related, resource, suppression, "");
  }

  /** What to do about this finding: its computed fix, else the rule's generic remediation. */
  public String fixText() {
    return fix.isEmpty() ? rule.remediation().replaceAll("\\s+", " ").strip() : fix;
  }

  public String ruleId() {
    return rule.id();
  }

  public boolean isSuppressed() {
    return suppression != null;
  }

  public Finding suppressed(Suppression s) {
    return new Finding(rule, severity, location, message, related, resource, s, fix);
  }

  public Finding withSeverity(Severity s) {
    return new Finding(rule, s, location, message, related, resource, suppression, fix);
  }

  /**
   * A fingerprint that survives unrelated edits: rule, file, resource and message, without the line
   * and column numbers the message quotes. Baselines and SARIF {@code partialFingerprints} use it.
   */
  public String fingerprint() {
    String key =
        rule.id() + "|" + location.file() + "|" + resource + "|" + withoutLineNumbers(message);
    byte[] d = SHA_256.get().digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return java.util.HexFormat.of().formatHex(d, 0, 16);
  }

  /**
   * The message without the line and column numbers it quotes. Most messages quote none: they are
   * returned as they are, without running the pattern over them (a third of writing a report of
   * 50,000 findings).
   */
  private static String withoutLineNumbers(String message) {
    for (int i = message.indexOf(':'); i >= 0; i = message.indexOf(':', i + 1)) {
      if (i + 1 < message.length() && Character.isDigit(message.charAt(i + 1)))
        return LINE_NUMBERS.matcher(message).replaceAll("$1");
    }
    return message;
  }

  /**
   * One digest a thread: looking the algorithm up among the providers for every finding cost more
   * than hashing its few dozen bytes (a report of 50,000 findings).
   */
  private static final ThreadLocal<java.security.MessageDigest> SHA_256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return java.security.MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
              throw new IllegalStateException(e); // every Java platform has SHA-256
            }
          });

  /**
   * The record's hash, with the rule's id standing for the rule: {@link RuleInfo}'s own hash walks
   * its texts, facts and examples, and the rule engine hashes each finding several times (a fifth
   * of the rules' time on 45,000 findings). Equal findings have equal rules, hence equal ids.
   */
  @Override
  public int hashCode() {
    return Objects.hash(
        rule.id(), severity, location, message, related, resource, suppression, fix);
  }

  @Override
  public int compareTo(Finding o) {
    int c = location.compareTo(o.location);
    if (c != 0) return c;
    c = rule.id().compareTo(o.rule.id());
    return c != 0 ? c : message.compareTo(o.message);
  }
}
