/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.rules;

import io.gatelint.facts.Facts;
import io.gatelint.facts.FactsBuilder;
import io.gatelint.finding.EvaluationError;
import io.gatelint.finding.Finding;
import io.gatelint.model.Location;
import io.gatelint.model.Model;
import io.gatelint.model.Resource;
import io.gatelint.model.SensitiveReads;
import io.gatelint.model.Value;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.mvel2.optimizers.OptimizerFactory;
import org.mvel2.optimizers.impl.refl.ReflectiveAccessorOptimizer;

/**
 * Runs compiled rules over a model and its facts. For each object the rule's {@code for} selects,
 * {@code when} decides; the finding points at the location of the {@code at} value and carries the
 * rendered message. Identical findings (condition variants that agree) are reported once.
 */
public final class RuleEngine {

  /** the longest exception message an evaluation error quotes */
  private static final int MAX_ERROR_TEXT = 200;

  private final List<EvaluationError> errors = new ArrayList<>();

  /** null when nobody asked: the lines are then not even built (a third of a large run's rules) */
  private java.util.function.Consumer<String> trace;

  /** null: every rule runs on the calling thread */
  private Executor executor;

  /**
   * Where to say, for each object a rule selected and did not report, which {@code when} entry did
   * not hold (for {@code --debug}); nowhere by default, nor when {@code trace} is null.
   */
  public RuleEngine trace(java.util.function.Consumer<String> trace) {
    this.trace = trace;
    return this;
  }

  public List<EvaluationError> errors() {
    return errors;
  }

  /**
   * Runs each rule as one task on {@code executor} (the linter's parse threads), rather than all on
   * the calling thread. The findings, errors and trace lines are the same, in the same order: each
   * rule's own are gathered on its thread and merged here in rule order. A rule's expressions run
   * on one thread only (MVEL optimises a compiled expression in place on its first runs); what
   * rules share, the frozen model and its facts, is read-only.
   */
  public RuleEngine parallel(Executor executor) {
    this.executor = executor;
    return this;
  }

  /**
   * Runs the rules over a frozen, linked model and the facts derived from it ({@link
   * FactsBuilder#build(Model)}).
   */
  public List<Finding> evaluate(RuleSet rules, Model model, Facts facts) {
    return start(rules, model, CompletableFuture.completedFuture(facts)).findings();
  }

  /**
   * Starts the rules over a frozen, linked model whose facts the caller is still deriving: on
   * {@link #parallel}'s threads the rules that name no facts start at once, the others as soon as
   * {@code facts} completes, so that the first overlap the facts' derivation. Without threads
   * nothing starts until {@link Run#findings()}.
   */
  public Run start(RuleSet rules, Model model, CompletableFuture<Facts> facts) {
    List<Rule> all = rules.rules();
    if (executor == null) return new Run(all, model, facts, null);
    List<CompletableFuture<Outcome>> running = new ArrayList<>(all.size());
    for (Rule rule : all) {
      running.add(
          rule.readsFacts()
              ? facts.thenApplyAsync(f -> QuietOutput.run(() -> evaluate(rule, model, f)), executor)
              : CompletableFuture.supplyAsync(
                  () -> QuietOutput.run(() -> evaluate(rule, model, null)), executor));
    }
    return new Run(all, model, facts, running);
  }

  /** Rules started over a model: their findings, once all have run. */
  public final class Run {
    private final List<Rule> rules;
    private final Model model;
    private final CompletableFuture<Facts> facts;

    /** null: the rules run on the calling thread, in {@link #findings()} */
    private final List<CompletableFuture<Outcome>> running;

    private Run(
        List<Rule> rules,
        Model model,
        CompletableFuture<Facts> facts,
        List<CompletableFuture<Outcome>> running) {
      this.rules = rules;
      this.model = model;
      this.facts = facts;
      this.running = running;
    }

    /**
     * The findings of every rule, sorted, once all have run; their evaluation errors are added to
     * {@link #errors()} and their trace lines said, rule by rule in rule order.
     */
    public List<Finding> findings() {
      List<Outcome> outcomes = new ArrayList<>(rules.size());
      if (running == null) {
        Facts derived = joined(facts);
        for (Rule rule : rules) outcomes.add(QuietOutput.run(() -> evaluate(rule, model, derived)));
      } else {
        for (CompletableFuture<Outcome> f : running) outcomes.add(joined(f));
      }
      Set<Finding> findings = new LinkedHashSet<>();
      for (Outcome o : outcomes) {
        findings.addAll(o.findings());
        errors.addAll(o.errors());
        if (trace != null) o.trace().forEach(trace);
      }
      List<Finding> out = new ArrayList<>(findings);
      out.sort(null);
      return out;
    }
  }

  /**
   * A rule task's outcome (or the facts); what the task threw (an out-of-memory error, say) as if
   * thrown here.
   */
  static <T> T joined(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw e;
    }
  }

  /** What one rule found, the errors it met and its trace lines, in the order it met them. */
  private record Outcome(
      List<Finding> findings, List<EvaluationError> errors, List<String> trace) {}

  /**
   * One rule's outcome; {@code facts} is null for a rule that names none. Its expressions read
   * through MVEL's reflective accessors: MVEL's default optimiser swaps an accessor for generated
   * bytecode once it has run 50 times within 100 ms, and the run that swaps words a failure
   * otherwise than the runs around it, so an evaluation error's text depended on the machine's
   * speed; its generated accessors are also registered, and recycled, in one class loader shared by
   * every thread. Measured the same on 10,000 generated stacks.
   */
  private Outcome evaluate(Rule rule, Model model, Facts facts) {
    OptimizerFactory.setThreadAccessorOptimizer(ReflectiveAccessorOptimizer.class);
    try {
      return evaluateReflectively(rule, model, facts);
    } finally {
      OptimizerFactory.clearThreadAccessorOptimizer();
    }
  }

  private Outcome evaluateReflectively(Rule rule, Model model, Facts facts) {
    List<EvaluationError> failed = new ArrayList<>();
    List<String> traced = trace == null ? null : new ArrayList<>();
    Map<String, Object> vars = new HashMap<>();
    vars.put("model", model);
    vars.put("facts", facts);
    Object selected;
    long selectReads = SensitiveReads.mark();
    try {
      selected = rule.select().run(vars);
    } catch (RuntimeException | StackOverflowError e) {
      failed.add(
          new EvaluationError(
              rule.info().id(), rule.file(), "'for' failed: " + failure(e, selectReads)));
      return new Outcome(List.of(), failed, traced == null ? List.of() : traced);
    }
    Collection<?> items = asCollection(selected);
    Map<String, Set<String>> variantsOf = new HashMap<>(capacity(items.size()));
    // each finding once, in the order first found, with what its firings saw
    Map<Finding, Fired> fired = new java.util.LinkedHashMap<>(capacity(items.size()));
    for (Object item : items) {
      vars.put(rule.variable(), item);
      String key = item instanceof Resource r ? Resource.variantKey(r) : "";
      String variant = item instanceof Resource r ? r.getVariant() : "";
      variantsOf.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(variant);
      long reads = SensitiveReads.mark();
      try {
        if (holds(rule, vars, item, traced)) {
          Finding f = finding(rule, vars, item);
          Fired first = fired.computeIfAbsent(f, k -> new Fired(key));
          first.variants.add(variant);
          // read on every firing, as its failure is an error of each; the first value kept
          String assumed = assumptions(rule, vars, item);
          if (first.assumed == null) first.assumed = assumed;
        }
      } catch (RuntimeException | StackOverflowError e) {
        failed.add(
            new EvaluationError(
                rule.info().id(), rule.file(), describe(item) + ": " + failure(e, reads)));
      }
    }
    List<Finding> found = new ArrayList<>(fired.size());
    for (Map.Entry<Finding, Fired> e : fired.entrySet()) {
      Fired f = e.getValue();
      found.add(
          withAssumptions(onlyIn(e.getKey(), f.variants, variantsOf.get(f.resource)), f.assumed));
    }
    return new Outcome(found, failed, traced == null ? List.of() : traced);
  }

  /**
   * What the firings of a finding saw: its object's variant key (the first firing's), the condition
   * variants of the object in which it fired, and the conditions it assumed (the first firing's
   * that could be read; null while none could).
   */
  private static final class Fired {
    final String resource;
    final Set<String> variants = new LinkedHashSet<>();
    String assumed;

    Fired(String resource) {
      this.resource = resource;
    }
  }

  /**
   * True when every {@code when} entry holds; the first that does not is traced into {@code traced}
   * (null: no trace).
   */
  private static boolean holds(
      Rule rule, Map<String, Object> vars, Object item, List<String> traced) {
    for (int i = 0; i < rule.when().size(); i++) {
      if (!Boolean.TRUE.equals(rule.when().get(i).run(vars))) {
        if (traced != null) traced.add(whyNot(rule, i, item));
        return false;
      }
    }
    return true;
  }

  /** The trace line for an object a rule did not report: which {@code when} entry did not hold. */
  static String whyNot(Rule rule, int entry, Object item) {
    String which =
        rule.when().size() == 1
            ? "'when'"
            : "'when' entry " + (entry + 1) + " of " + rule.when().size();
    return rule.info().id()
        + " "
        + describe(item)
        + ": "
        + which
        + " does not hold: "
        + rule.whenText().get(entry).replaceAll("\\s+", " ");
  }

  /**
   * A finding that holds in some condition branches of its resource but not all says which: the
   * user sees that the value bites only where, say, IsProd is false.
   */
  static Finding onlyIn(Finding f, Set<String> fired, Set<String> all) {
    if (all == null || fired.contains("") || fired.size() >= all.size()) return f;
    List<String> branches = new ArrayList<>();
    for (String variant : fired) branches.add(io.gatelint.model.Resource.describeVariant(variant));
    String message = f.message() + " [only when " + String.join("; or when ", branches) + "]";
    return new Finding(
        f.rule(),
        f.severity(),
        f.location(),
        message,
        f.related(),
        f.resource(),
        f.suppression(),
        f.fix());
  }

  /**
   * The condition outcomes a finding holds under beyond its object's variant: the object's own
   * resource-level condition (it exists only when that is true) and the rule's {@code onlyWhen} (an
   * alarm that exists only under a condition does not count), as a variant; empty when none.
   */
  private static String assumptions(Rule rule, Map<String, Object> vars, Object item) {
    List<String> parts = new ArrayList<>();
    if (item instanceof Resource r && !r.getExistsOnlyWhen().isEmpty()) {
      parts.add(r.getExistsOnlyWhen());
    }
    if (rule.onlyWhen() != null && rule.onlyWhen().run(vars) instanceof String w && !w.isBlank()) {
      parts.add(w.strip());
    }
    return String.join(", ", parts);
  }

  /** A finding that holds only under conditions it assumed says so ("only when X is false"). */
  static Finding withAssumptions(Finding f, String assumed) {
    if (assumed == null || assumed.isEmpty()) return f;
    String message =
        f.message() + " [only when " + io.gatelint.model.Resource.describeVariant(assumed) + "]";
    return new Finding(
        f.rule(),
        f.severity(),
        f.location(),
        message,
        f.related(),
        f.resource(),
        f.suppression(),
        f.fix());
  }

  private static Finding finding(Rule rule, Map<String, Object> vars, Object item) {
    Location at = locationOf(rule.at().run(vars), item);
    String message = render(rule.message(), vars);
    List<Finding.Related> related = new ArrayList<>();
    for (Rule.RelatedSpec spec : rule.related()) {
      Object target = spec.at().run(vars);
      if (target == null) continue;
      related.add(new Finding.Related(locationOf(target, item), render(spec.message(), vars)));
    }
    String resource =
        rule.resource() != null
            ? rendered(rule.resource(), vars, String::valueOf)
            : item instanceof Resource r ? r.getId() : "";
    io.gatelint.finding.Severity severity =
        rule.errorWhen() != null && Boolean.TRUE.equals(rule.errorWhen().run(vars))
            ? io.gatelint.finding.Severity.ERROR
            : rule.info().severity();
    String fix = rule.fix() == null ? "" : render(rule.fix(), vars).replaceAll("\\s+", " ").strip();
    return new Finding(rule.info(), severity, at, message, related, resource, null, fix);
  }

  /**
   * What an evaluation error says about its exception: the exception's class and the first line of
   * its message, unless the evaluation read a sensitive value since {@code reads} (a parse error of
   * a secret quotes it) — then only the class. Never a stack trace.
   */
  static String failure(Throwable e, long reads) {
    String name = e.getClass().getSimpleName();
    String message = e.getMessage();
    if (message == null || SensitiveReads.since(reads)) return name;
    int eol = message.indexOf('\n');
    String line = (eol < 0 ? message : message.substring(0, eol)).strip();
    if (line.length() > MAX_ERROR_TEXT) line = line.substring(0, MAX_ERROR_TEXT) + "…";
    return name + ": " + line;
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
      b.append(rendered(message.expressions().get(i), vars, RuleEngine::show));
      b.append(message.literals().get(i + 1));
    }
    return b.toString();
  }

  /**
   * The text of one expression a finding prints (a message placeholder, the resource): {@link
   * SensitiveReads#SHOWN} when its evaluation read a sensitive value, whatever it made of it — the
   * raw text, a substring, a re-cased or concatenated copy. A sensitive {@link Value} printed whole
   * shows its redaction and its origin ({@link Value#describe()}) without reading it.
   */
  static String rendered(
      Expression expression, Map<String, Object> vars, Function<Object, String> show) {
    long reads = SensitiveReads.mark();
    Object result = expression.run(vars);
    if (SensitiveReads.since(reads)) return SensitiveReads.SHOWN;
    String text = show.apply(result);
    return SensitiveReads.since(reads) ? SensitiveReads.SHOWN : text;
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

  /**
   * A hash map's initial capacity for {@code n} entries without a resize (its load factor is 3/4).
   */
  private static int capacity(int n) {
    return (int) Math.min(Integer.MAX_VALUE, n * 4L / 3 + 1);
  }

  private static Collection<?> asCollection(Object o) {
    if (o == null) return List.of();
    if (o instanceof Collection<?> c) return c;
    return List.of(o);
  }

  private static String describe(Object item) {
    if (item instanceof Resource r) return r.getSourceType() + " " + r.getLabel();
    // objects without a readable toString: named by what a person would look for
    if (item instanceof io.gatelint.model.Chain c) return "chain " + c.describe();
    if (item instanceof io.gatelint.facts.UpstreamRoute u)
      return "upstream "
          + u.getUpstream().getLabel()
          + " via location "
          + u.getLocation().getPath()
          + " ("
          + u.getLocation().getLocation().display()
          + ")";
    return String.valueOf(item);
  }
}
