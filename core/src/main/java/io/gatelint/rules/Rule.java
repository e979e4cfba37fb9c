/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.rules;

import io.gatelint.finding.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A rule read from its file and checked: its metadata, and the expressions (compiled on first use,
 * see {@link Expression}) that select model objects ({@code for}), test them ({@code when}), point
 * at the value that bites ({@code at}) and say what is wrong ({@code message}, with {@code
 * {expression}} placeholders). {@code errorWhen}, when present, raises a finding to error where it
 * holds (a rule whose severity depends on the object, e.g. the Node version); null otherwise.
 * {@code onlyWhen}, when present, names the condition outcomes (a variant, {@code IsLBAlarmEnabled
 * false}) a finding depends on beyond its object's own variant — an alarm that exists only under a
 * condition — and the finding says it holds only then; null otherwise. {@code fix}, when present,
 * is a template like {@code message} that computes the fix from the finding's own values; null
 * where the generic remediation serves. {@code when} holds when every entry holds, tried in order
 * (a later entry may rely on an earlier one, e.g. a hop's {@code != null}); {@code whenText} keeps
 * each entry's source, to say which one did not hold.
 */
public record Rule(
    RuleInfo info,
    String file,
    String variable,
    Expression select,
    List<Expression> when,
    List<String> whenText,
    Expression at,
    Message message,
    List<RelatedSpec> related,
    Expression resource,
    Expression errorWhen,
    Expression onlyWhen,
    Message fix) {

  /** The input {@code facts} named in an expression (not a property of that name). */
  private static final Pattern NAMES_FACTS = Pattern.compile("(?<![\\w.$])facts(?![\\w$])");

  /**
   * Whether an expression of the rule names the facts: it cannot run before they are derived. An
   * expression that holds the word in a string literal counts too; it only waits.
   */
  boolean readsFacts() {
    return expressions().stream().anyMatch(e -> NAMES_FACTS.matcher(e.text()).find());
  }

  /** Every expression of the rule. */
  List<Expression> expressions() {
    List<Expression> out = new ArrayList<>();
    out.add(select);
    out.addAll(when);
    out.add(at);
    out.addAll(message.expressions());
    for (RelatedSpec r : related) {
      out.add(r.at());
      out.addAll(r.message().expressions());
    }
    for (Expression e : java.util.Arrays.asList(resource, errorWhen, onlyWhen))
      if (e != null) out.add(e);
    if (fix != null) out.addAll(fix.expressions());
    return out;
  }

  /** A message template: literal parts and compiled placeholder expressions, alternating. */
  public record Message(List<String> literals, List<Expression> expressions) {}

  /** A second location the finding names (the other end of a cross-layer finding). */
  public record RelatedSpec(Expression at, Message message) {}
}
