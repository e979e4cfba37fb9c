package io.gatelint.rules;

import io.gatelint.facts.Facts;
import io.gatelint.facts.FactsBuilder;
import io.gatelint.finding.EvaluationError;
import io.gatelint.finding.Finding;
import io.gatelint.model.Location;
import io.gatelint.model.Model;
import io.gatelint.model.Resource;
import io.gatelint.model.Value;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mvel2.MVEL;

/**
 * Runs compiled rules over a model and its facts. For each object the rule's {@code for} selects,
 * {@code when} decides; the finding points at the location of the {@code at} value and carries the
 * rendered message. Identical findings (condition variants that agree) are reported once.
 */
public final class RuleEngine {

  private final List<EvaluationError> errors = new ArrayList<>();

  public List<EvaluationError> errors() {
    return errors;
  }

  /**
   * Runs the rules over a frozen, linked model and the facts derived from it ({@link
   * FactsBuilder#build(Model)}).
   */
  public List<Finding> evaluate(RuleSet rules, Model model, Facts facts) {
    Set<Finding> findings = new LinkedHashSet<>();
    for (Rule rule : rules.rules()) {
      Map<String, Object> vars = new HashMap<>();
      vars.put("model", model);
      vars.put("facts", facts);
      Object selected;
      try {
        selected = MVEL.executeExpression(rule.select(), vars);
      } catch (RuntimeException | StackOverflowError e) {
        errors.add(new EvaluationError(rule.info().id(), rule.file(), "'for' failed: " + e));
        continue;
      }
      Map<String, Set<String>> variantsOf = new HashMap<>();
      Map<Finding, Set<String>> firedIn = new java.util.LinkedHashMap<>();
      Map<Finding, String> resourceOf = new HashMap<>();
      for (Object item : asCollection(selected)) {
        vars.put(rule.variable(), item);
        String key = item instanceof Resource r ? r.getScope() + "\u0000" + r.getId() : "";
        String variant = item instanceof Resource r ? r.getVariant() : "";
        variantsOf.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(variant);
        try {
          if (Boolean.TRUE.equals(MVEL.executeExpression(rule.when(), vars))) {
            Finding f = redacted(finding(rule, vars, item), model.getSensitiveTexts());
            firedIn.computeIfAbsent(f, k -> new LinkedHashSet<>()).add(variant);
            resourceOf.putIfAbsent(f, key);
          }
        } catch (RuntimeException | StackOverflowError e) {
          errors.add(new EvaluationError(rule.info().id(), rule.file(), describe(item) + ": " + e));
        }
      }
      for (Map.Entry<Finding, Set<String>> e : firedIn.entrySet()) {
        findings.add(onlyIn(e.getKey(), e.getValue(), variantsOf.get(resourceOf.get(e.getKey()))));
      }
    }
    List<Finding> out = new ArrayList<>(findings);
    out.sort(null);
    return out;
  }

  /**
   * A finding that holds in some condition branches of its resource but not all says which: the
   * user sees that the value bites only where, say, IsProd is false.
   */
  static Finding onlyIn(Finding f, Set<String> fired, Set<String> all) {
    if (all == null || fired.contains("") || fired.size() >= all.size()) return f;
    List<String> branches = new ArrayList<>();
    for (String variant : fired) branches.add(branch(variant));
    String message = f.message() + " [only when " + String.join("; or when ", branches) + "]";
    return new Finding(
        f.rule(), f.severity(), f.location(), message, f.related(), f.resource(), f.suppression());
  }

  /** {@code IsProd, UseTls false} → {@code IsProd is true and UseTls is false}. */
  static String branch(String variant) {
    List<String> parts = new ArrayList<>();
    for (String part : variant.split(",\\s*")) {
      parts.add(
          part.endsWith(" false")
              ? part.substring(0, part.length() - 6) + " is false"
              : part + " is true");
    }
    return String.join(" and ", parts);
  }

  private static Finding finding(Rule rule, Map<String, Object> vars, Object item) {
    Location at = locationOf(MVEL.executeExpression(rule.at(), vars), item);
    String message = render(rule.message(), vars);
    List<Finding.Related> related = new ArrayList<>();
    for (Rule.RelatedSpec spec : rule.related()) {
      Object target = MVEL.executeExpression(spec.at(), vars);
      if (target == null) continue;
      related.add(new Finding.Related(locationOf(target, item), render(spec.message(), vars)));
    }
    String resource =
        rule.resource() != null
            ? String.valueOf(MVEL.executeExpression(rule.resource(), vars))
            : item instanceof Resource r ? r.getId() : "";
    io.gatelint.finding.Severity severity =
        rule.errorWhen() != null
                && Boolean.TRUE.equals(MVEL.executeExpression(rule.errorWhen(), vars))
            ? io.gatelint.finding.Severity.ERROR
            : rule.info().severity();
    return new Finding(rule.info(), severity, at, message, related, resource, null);
  }

  /**
   * The finding with every sensitive text of the model replaced in its messages: a rule that prints
   * a sensitive value's raw text (not through {@link Value#describe()}) still leaks nothing.
   */
  static Finding redacted(Finding f, java.util.Set<String> sensitive) {
    if (sensitive.isEmpty()) return f;
    String message = redact(f.message(), sensitive);
    List<Finding.Related> related = new ArrayList<>();
    for (Finding.Related r : f.related())
      related.add(new Finding.Related(r.location(), redact(r.message(), sensitive)));
    return new Finding(
        f.rule(), f.severity(), f.location(), message, related, f.resource(), f.suppression());
  }

  static String redact(String text, java.util.Set<String> sensitive) {
    String out = text;
    for (String s : sensitive) {
      if (s.length() < 2
          || s.equals("true")
          || s.equals("false")
          || s.equals("null")
          || !out.contains(s)) continue;
      out =
          out.replaceAll(
              "(?<![\\w])" + java.util.regex.Pattern.quote(s) + "(?![\\w])",
              java.util.regex.Matcher.quoteReplacement("(sensitive value)"));
    }
    return out;
  }

  static Location locationOf(Object target, Object item) {
    if (target instanceof Value<?> v) return v.location();
    if (target instanceof Resource r) return r.getLocation();
    if (target instanceof Location l) return l;
    if (item instanceof Resource r) return r.getLocation();
    throw new IllegalStateException("'at' names neither a value nor a resource");
  }

  static String render(Rule.Message message, Map<String, Object> vars) {
    StringBuilder b = new StringBuilder(message.literals().get(0));
    for (int i = 0; i < message.expressions().size(); i++) {
      Serializable e = message.expressions().get(i);
      b.append(show(MVEL.executeExpression(e, vars)));
      b.append(message.literals().get(i + 1));
    }
    return b.toString();
  }

  static String show(Object o) {
    if (o instanceof Class<?>
        || o instanceof ClassLoader
        || (o != null && o.getClass().getName().startsWith("java.lang.reflect."))) {
      return "(not shown)"; // a second line of defence: rules have no business printing the runtime
    }
    if (o instanceof Value<?> v) return v.describe();
    if (o instanceof Resource r) return r.getLabel();
    if (o instanceof Double d && d == Math.rint(d)) return Long.toString(d.longValue());
    return String.valueOf(o);
  }

  private static Collection<?> asCollection(Object o) {
    if (o == null) return List.of();
    if (o instanceof Collection<?> c) return c;
    return List.of(o);
  }

  private static String describe(Object item) {
    return item instanceof Resource r
        ? r.getSourceType() + " " + r.getLabel()
        : String.valueOf(item);
  }
}
