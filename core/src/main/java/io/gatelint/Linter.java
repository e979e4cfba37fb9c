/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint;

import io.gatelint.baseline.Baseline;
import io.gatelint.config.Config;
import io.gatelint.facts.Facts;
import io.gatelint.facts.FactsBuilder;
import io.gatelint.facts.Notices;
import io.gatelint.finding.Finding;
import io.gatelint.finding.RuleInfo;
import io.gatelint.link.Linker;
import io.gatelint.link.ServiceLink;
import io.gatelint.model.Location;
import io.gatelint.model.Model;
import io.gatelint.model.Notice;
import io.gatelint.model.Problem;
import io.gatelint.parse.FileIsolation;
import io.gatelint.parse.InputFormats;
import io.gatelint.parse.InputParser;
import io.gatelint.parse.ParseContext;
import io.gatelint.rules.RuleEngine;
import io.gatelint.rules.RuleSet;
import io.gatelint.source.Discovery;
import io.gatelint.source.SourceFile;
import io.gatelint.source.SourceKind;
import io.gatelint.suppress.PostProcessing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one entry point the command line and the Maven plugin call: {@code source → parse → model →
 * link → facts → rules → post-processing (suppressions, configuration, baseline) → result}.
 */
public final class Linter {

  private final List<InputParser> parsers = InputFormats.all();
  private final int parseThreads;

  /** null: no trace asked for, and none built */
  private java.util.function.Consumer<String> trace;

  /** A linter that parses and runs rules on {@link FileIsolation#defaultThreads()} threads. */
  public Linter() {
    this(FileIsolation.defaultThreads());
  }

  /**
   * A linter that parses files and runs rules on {@code parseThreads} threads; 1 does all on the
   * calling thread. The output is the same whatever the number.
   */
  public Linter(int parseThreads) {
    this.parseThreads = Math.max(1, parseThreads);
  }

  /**
   * Where the rule engine says, for each object a rule checked and did not report, which {@code
   * when} entry did not hold ({@code --debug}, and {@code gatelint test} for a missing finding).
   */
  public Linter trace(java.util.function.Consumer<String> trace) {
    this.trace = trace;
    return this;
  }

  /**
   * Starts reading the built-in rules on a background thread, for this JVM's next {@link #lint} or
   * {@link #rules} to take: a command line calls it before it parses its arguments, so that the two
   * overlap.
   */
  public static void startReadingRules() {
    RuleSet.startReadingBuiltin();
  }

  /**
   * The rules a request would run, compiled; a bad rule file raises {@link
   * io.gatelint.rules.RuleFileException}.
   */
  public RuleSet rules(LintRequest request) {
    List<Path> dirs = new ArrayList<>(request.ruleDirs());
    for (String d : request.config().ruleDirs())
      dirs.add(request.config().resolve(d, request.root()));
    return RuleSet.load(dirs);
  }

  public LintResult lint(LintRequest request) {
    ExecutorService pool = parseThreads > 1 ? pool(parseThreads) : null;
    try {
      return lint(request, pool);
    } finally {
      if (pool != null) pool.shutdownNow();
    }
  }

  /** A lint whose files are read, and rules run, on {@code pool} (null: the calling thread). */
  private LintResult lint(LintRequest request, ExecutorService pool) {
    RuleSet rules = rules(request);
    // read before the run, so a bad baseline fails fast
    Path baselineFile = baselineFile(request);
    Baseline baseline = baselineFile == null ? null : Baseline.load(baselineFile);
    List<RuleInfo> infos = rules.rules().stream().map(r -> r.info()).toList();
    // rule ids and names in the configuration checked before any work: a typo is exit 2
    Config config = request.config().withRules(infos);
    Path root = request.root().toAbsolutePath().normalize();

    Discovery.Result discovered =
        new Discovery(
                config.include(),
                config.exclude(),
                globBase(config, root),
                request.gitignore(),
                parsers)
            .discover(request.paths(), root);
    if (baseline != null) baseline = baseline.within(linted(request, discovered));
    Model model = new Model();
    model.getProblems().addAll(discovered.problems());
    for (SourceFile f : discovered.files()) {
      if (f.kind() == SourceKind.UNREADABLE) {
        model.getProblems().add(new Problem(Location.of(f.relativePath(), 1, 1), unreadable(f)));
      }
    }
    ParseContext context =
        new ParseContext(root, config.parameters(), config.nodeVersion(), config.nginxVersion());
    for (InputParser parser : parsers) {
      List<SourceFile> mine =
          discovered.files().stream().filter(f -> parser.kinds().contains(f.kind())).toList();
      if (mine.isEmpty()) continue;
      // each file read in isolation, under its own budget: one file's failure is its own GL000
      FileIsolation.read(parser, mine, context, model, pool);
    }
    Linker.Linked linked =
        new Linker()
            .link(
                model,
                config.services().stream()
                    .map(
                        s ->
                            new ServiceLink(
                                s.targetGroup(),
                                inRoot(s.proxy(), config, root),
                                inRoot(s.app(), config, root)))
                    .toList());

    model.freeze();
    // the rules that read the model alone start now, on the pool, while the facts are derived
    // here; the others start when the facts are complete, and the notices are written meanwhile
    RuleEngine engine = new RuleEngine().trace(trace).parallel(pool);
    CompletableFuture<Facts> derived = new CompletableFuture<>();
    RuleEngine.Run running = engine.start(rules, model, derived);
    Facts facts;
    try {
      facts = FactsBuilder.build(model, linked.placeholders());
    } catch (RuntimeException | Error e) {
      derived.completeExceptionally(e);
      throw e;
    }
    derived.complete(facts);
    List<Notice> notices = Notices.of(model, facts, inputs(request, config, root, discovered));
    List<Finding> findings = running.findings();
    PostProcessing.Outcome processed =
        new PostProcessing(
                infos, config, baseline, root, context.directives(), model.resources().toList())
            .run(findings);
    findings = processed.findings();
    if (processed.baseline() != null) {
      notices = new ArrayList<>(notices);
      notices.add(baselineNotice(processed.baseline(), root));
      notices = List.copyOf(notices);
    }
    return new LintResult(
        List.copyOf(findings),
        infos,
        facts.getChains(),
        List.copyOf(linked.unlinked()),
        engine.errors(),
        discovered.files().size(),
        listing(discovered),
        notices,
        new InputLines(discovered.files()),
        processed.baseline());
  }

  /**
   * The threads files are parsed and rules run on: daemon threads, so that a read that ignores its
   * budget cannot keep the process alive after the run.
   */
  private static ExecutorService pool(int threads) {
    AtomicInteger n = new AtomicInteger();
    return Executors.newFixedThreadPool(
        threads,
        r -> {
          Thread t = new Thread(r, "gatelint-worker-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  /** The folder {@code include}/{@code exclude} globs are anchored to: the configuration file's. */
  private static Path globBase(Config config, Path root) {
    return config.resolve(".", root);
  }

  /**
   * Which files a run linted, for the baseline: the files discovery read, and files under a linted
   * path that no longer exist (their entries are fixed findings, not someone else's).
   */
  private static java.util.function.Predicate<Path> linted(
      LintRequest request, Discovery.Result discovered) {
    java.util.Set<Path> read = new java.util.HashSet<>();
    for (SourceFile f : discovered.files()) read.add(f.path().toAbsolutePath().normalize());
    List<Path> starts = request.paths().stream().map(p -> p.toAbsolutePath().normalize()).toList();
    return p -> read.contains(p) || (!Files.exists(p) && starts.stream().anyMatch(p::startsWith));
  }

  /**
   * The baseline a request uses: the one it names, else the configuration's {@code baseline:}
   * (relative to the configuration file's folder); null when neither names one.
   */
  public static Path baselineFile(LintRequest request) {
    if (request.baseline() != null) return request.baseline();
    return request
        .config()
        .baseline()
        .map(b -> request.config().resolve(b, request.root()))
        .orElse(null);
  }

  /**
   * What the baseline did, said once like a notice: a baseline that hides findings is a debt worth
   * seeing, and entries that no longer occur make it hide new findings that happen to match.
   */
  private static Notice baselineNotice(Baseline.Applied applied, Path root) {
    Path file = applied.file().toAbsolutePath().normalize();
    String name = (file.startsWith(root) ? root.relativize(file) : file).toString();
    return new Notice(
        "baseline",
        "Baseline "
            + name
            + " hid "
            + applied.hidden()
            + " finding(s); "
            + applied.stale()
            + " of its entries no longer occur.",
        applied.stale() == 0
            ? "Fix the findings it hides; 'gatelint baseline --update --output "
                + name
                + "' then drops their entries."
            : "Run 'gatelint baseline --update --output " + name + "' to drop them.");
  }

  /** What discovery found, as the notices need it. */
  private static Notices.Inputs inputs(
      LintRequest request, Config config, Path root, Discovery.Result discovered) {
    int inputs = 0;
    int plans = 0;
    List<String> terraformSources = new ArrayList<>();
    for (SourceFile f : discovered.files()) {
      switch (f.kind()) {
        case TERRAFORM_SOURCE -> terraformSources.add(f.relativePath());
        case TERRAFORM_PLAN -> {
          plans++;
          inputs++;
        }
        case CLOUDFORMATION, NGINX, NODE_SOURCE, UNREADABLE -> inputs++;
        default -> {}
      }
    }
    List<String> unmatched = new ArrayList<>();
    Path globs = globBase(config, root);
    for (String pattern : config.include()) {
      io.gatelint.source.PathPatterns m = io.gatelint.source.PathPatterns.of(List.of(pattern));
      if (discovered.files().stream()
          .noneMatch(f -> m.matches(Discovery.relative(globs, f.path()), false))) {
        unmatched.add(pattern);
      }
    }
    List<String> paths = request.paths().stream().map(p -> Discovery.relative(root, p)).toList();
    return new Notices.Inputs(paths, inputs, terraformSources, plans, unmatched);
  }

  /** Each file read and as what, each file left out and why, in path order. */
  private static List<String> listing(Discovery.Result discovered) {
    java.util.TreeMap<String, String> lines = new java.util.TreeMap<>();
    for (SourceFile f : discovered.files()) {
      lines.put(
          f.relativePath(),
          f.relativePath()
              + "  "
              + (f.kind() == SourceKind.UNREADABLE
                  ? "unreadable (GL000)"
                  : f.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
    }
    for (Discovery.Skipped s : discovered.skipped()) {
      lines.put(s.relativePath(), s.relativePath() + "  skipped: " + s.reason());
    }
    long skipped = discovered.skipped().size();
    List<String> out = new ArrayList<>(lines.values());
    out.add(discovered.files().size() + " file(s) read, " + skipped + " skipped");
    return List.copyOf(out);
  }

  /**
   * Whether a run of this request would read the file as an input: an existing regular file under
   * one of the linted paths that discovery classifies as a template, plan, nginx configuration or
   * Node source. The command line refuses such a file as an output before any work, so that a
   * report never overwrites what it reports on.
   */
  public boolean readsAsInput(LintRequest request, Path file) {
    Path target = real(file);
    if (!Files.isRegularFile(target)) return false;
    if (request.paths().stream().map(Linter::real).noneMatch(target::startsWith)) return false;
    // classified as a walk of its folder would: a file named on the command line is taken as an
    // input by its name alone, a file met in a folder only by what it holds (a previous report
    // in the tree is no input)
    Path folder = target.getParent();
    String glob = target.getFileName().toString().replaceAll("[\\\\*?\\[\\]{},]", "\\\\$0");
    return new Discovery(List.of(glob), List.of(), parsers)
        .discover(List.of(folder), folder).files().stream()
            .anyMatch(
                f ->
                    f.path().toAbsolutePath().normalize().equals(target)
                        && f.kind() != SourceKind.OTHER
                        && f.kind() != SourceKind.UNREADABLE);
  }

  private static Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }

  /**
   * A path from the configuration as the model names files: relative to the root (absolute outside
   * it).
   */
  private static String inRoot(String configured, Config config, Path root) {
    return configured.isEmpty() ? "" : Discovery.relative(root, config.resolve(configured, root));
  }

  private static String unreadable(SourceFile f) {
    try {
      if (Files.size(f.path()) == 0) return "the file is empty: nothing to lint";
    } catch (IOException e) {
      return "cannot read: " + e.getMessage();
    }
    return "binary or unreadable file: not a template, plan or configuration";
  }
}
