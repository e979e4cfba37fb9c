/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.cli;

import io.gatelint.LintRequest;
import io.gatelint.LintResult;
import io.gatelint.Linter;
import io.gatelint.baseline.Baseline;
import io.gatelint.config.Config;
import io.gatelint.config.ConfigException;
import io.gatelint.finding.RuleInfo;
import io.gatelint.finding.Severity;
import io.gatelint.report.LinkExplanation;
import io.gatelint.report.ReportFile;
import io.gatelint.report.Reporter;
import io.gatelint.report.RuleCatalog;
import io.gatelint.report.TextReporter;
import io.gatelint.rules.RuleFileException;
import io.gatelint.rules.WhenTrace;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code gatelint} command: maps options to a {@link LintRequest} and the result to an exit
 * code.
 */
@Command(
    name = "gatelint",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description =
        "Lints the request path behind an AWS Application Load Balancer for the causes of 502 and 504.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no finding at or above --fail-on",
      "1:at least one finding at or above --fail-on",
      "2:no complete answer: a usage error, an invalid configuration, baseline or rule file,"
          + " a report that cannot be written, a rule that failed to evaluate, or an internal"
          + " error"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  gatelint lint infra/ deploy/ --explain-links",
      "  gatelint lint . --format sarif=gatelint.sarif --format text",
      "  gatelint lint . --format gitlab --output gl-code-quality-report.json",
      "  gatelint help lint",
      "  gatelint explain GL010"
    })
public final class Main implements Runnable {

  /**
   * Exit codes: no finding at or above the threshold; at least one; and the run could not give a
   * complete answer — a usage error, an invalid config or rule file, an output that cannot be
   * written, a rule that failed to evaluate, or an internal error.
   */
  static final int OK = 0;

  static final int FINDINGS = 1;
  static final int ERROR = 2;

  @Option(
      names = "--debug",
      scope = CommandLine.ScopeType.INHERIT,
      description =
          "print the stack trace of an internal error; with lint, which 'when' entry did not hold"
              + " for each object a rule checked and did not report (standard error)")
  boolean debug;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    if (args.length > 0 && READS_RULES.contains(args[0])) Linter.startReadingRules();
    System.exit(
        run(
            args,
            new PrintWriter(new OutputStreamWriter(System.out, ReportFile.lenientUtf8()), true),
            new PrintWriter(new OutputStreamWriter(System.err, ReportFile.lenientUtf8()), true)));
  }

  /** The subcommands that load the rules: they start reading the built-in ones first thing. */
  private static final java.util.Set<String> READS_RULES =
      java.util.Set.of("lint", "baseline", "rules", "explain", "test");

  /**
   * The subcommands, in the order the usage lists them. They are added here rather than in the
   * annotation so that a run reads only the annotations of the subcommand it runs: picocli's
   * reflection over all of them cost about 40 ms of CPU time per run (measured on {@code lint} of
   * an empty folder with the class-data sharing archive).
   */
  private static final Map<String, java.util.function.Supplier<Object>> SUBCOMMANDS = subcommands();

  private static Map<String, java.util.function.Supplier<Object>> subcommands() {
    Map<String, java.util.function.Supplier<Object>> m = new java.util.LinkedHashMap<>();
    m.put("lint", Lint::new);
    m.put("baseline", BaselineCommand::new);
    m.put("rules", Rules::new);
    m.put("explain", Explain::new);
    m.put("test", TestCommand::new);
    m.put("new-rule", NewRuleCommand::new);
    m.put("version", VersionCommand::new);
    // these two describe the whole command tree, so they are never added alone
    m.put("completion", CompletionCommand::new);
    m.put("help", CommandLine.HelpCommand::new);
    return m;
  }

  /**
   * The command line for these arguments: the one subcommand the first argument names, or, for
   * anything else (no argument, an option, {@code help}, {@code completion}, a misspelt name that
   * picocli suggests a subcommand for), every subcommand.
   */
  static CommandLine commandLine(String[] args) {
    CommandLine cl = new CommandLine(new Main());
    String first = args.length == 0 ? "" : args[0];
    if (SUBCOMMANDS.containsKey(first) && !first.equals("completion") && !first.equals("help")) {
      cl.addSubcommand(SUBCOMMANDS.get(first).get());
    } else {
      for (java.util.function.Supplier<Object> sub : SUBCOMMANDS.values()) {
        cl.addSubcommand(sub.get());
      }
    }
    return cl;
  }

  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = commandLine(args);
    cl.setOut(out);
    cl.setErr(err);
    boolean debug = List.of(args).contains("--debug");
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof UsageException
              || e instanceof RuleFileException
              || e instanceof ConfigException) {
            commandLine.getErr().println("gatelint: " + oneLine(e.getMessage()));
            commandLine.getErr().flush();
            return ERROR;
          }
          return internalError(e, debug, commandLine.getErr());
        });
    // an unknown option or a missing value: one line and where to look, not the whole usage text
    cl.setParameterExceptionHandler(
        (e, arguments) -> {
          PrintWriter w = e.getCommandLine().getErr();
          w.println(
              "gatelint: "
                  + oneLine(e.getMessage())
                  + " (see '"
                  + e.getCommandLine().getCommandSpec().qualifiedName()
                  + " --help')");
          w.flush();
          return ERROR;
        });
    try {
      return cl.execute(args);
    } catch (RuntimeException | Error e) {
      // picocli hands only exceptions to the handler: an Error (OutOfMemoryError,
      // StackOverflowError) would leave the JVM with exit code 1, the findings code
      return internalError(e, debug, err);
    }
  }

  /** True when {@code --debug} was given, before or after the subcommand's name. */
  static boolean debugRequested(CommandLine.Model.CommandSpec spec) {
    for (CommandLine c = spec.commandLine(); c != null; c = c.getParent()) {
      CommandLine.ParseResult r = c.getParseResult();
      if (r != null && r.hasMatchedOption("--debug")) return true;
    }
    return false;
  }

  /** A defect, not the user's mistake: say so, exit 2, and keep the trace for --debug. */
  private static int internalError(Throwable e, boolean debug, PrintWriter err) {
    err.println(
        "gatelint: internal error: "
            + oneLine(String.valueOf(e))
            + (debug ? "" : " (rerun with --debug for the stack trace)"));
    if (debug) e.printStackTrace(err);
    err.flush();
    return ERROR;
  }

  /** A message as one line of standard error, whatever an input put into it. */
  static String oneLine(String message) {
    StringBuilder b = new StringBuilder(message.length());
    message.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
    return b.toString().strip();
  }

  /** The user asked for something that cannot be done: one line on standard error, exit 2. */
  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "lint",
      mixinStandardHelpOptions = true,
      description = "Lint templates, plans, nginx and Node sources.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:no finding at or above --fail-on",
        "1:at least one finding at or above --fail-on",
        "2:no complete answer: a usage error, an invalid configuration, baseline or rule file,"
            + " a report that cannot be written, a rule that failed to evaluate, or an internal"
            + " error"
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  gatelint lint                                   lint the working directory",
        "  gatelint lint infra/ deploy/ --explain-links    and show the linked chains",
        "  gatelint lint . --format json > gatelint.json   one format on standard output",
        "  gatelint lint . --format sarif=gatelint.sarif --format junit=gatelint.xml",
        "  gatelint lint . --format gitlab --output gl-code-quality-report.json",
        "  gatelint lint . --baseline gatelint-baseline.json --fail-on warning"
      })
  static final class Lint implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin Inputs inputs;

    @Option(
        names = "--format",
        paramLabel = "<format>[=FILE]",
        description =
            "text, compact, json, sarif, junit, github, gitlab or html (any case); repeatable,"
                + " each to FILE or, for one of them, to standard output (default: text)")
    List<String> formats = new ArrayList<>();

    @Option(
        names = "--output",
        paramLabel = "FILE",
        description = "write the first format to FILE instead of standard output")
    Path output;

    @Option(
        names = "--fail-on",
        paramLabel = "<level>",
        description = "error, warning, note or never (default: error, or failOn in the config)")
    String failOn;

    @Option(
        names = "--baseline",
        paramLabel = "FILE",
        description =
            "report and fail only on findings not in this baseline (write one with 'gatelint baseline')")
    Path baseline;

    @Option(
        names = "--color",
        paramLabel = "WHEN",
        description = "auto (a terminal without NO_COLOR), always or never (default: auto)")
    String colorWhen = "auto";

    @Option(names = "--no-color", description = "the same as --color=never")
    boolean noColor;

    @Option(
        names = "--explain-links",
        description =
            "print each chain the linker built, with its evidence, and what stayed unlinked")
    boolean explainLinks;

    @Option(
        names = "--list-files",
        description =
            "print each file read and what it was read as, and each file left out although it"
                + " resembles an input, with the reason")
    boolean listFiles;

    @Option(
        names = "--show-config",
        description =
            "print the effective configuration, each value with the file:line it came from or"
                + " 'default', and lint nothing")
    boolean showConfig;

    @Override
    public Integer call() throws IOException {
      Config cfg = inputs.config(spec.commandLine().getErr());
      if (showConfig) {
        spec.commandLine().getOut().print(inputs.describe(cfg));
        spec.commandLine().getOut().flush();
        return OK;
      }
      Severity threshold = threshold(failOn, cfg);
      Linter linter = new Linter();
      LintRequest request = inputs.request(cfg).withBaseline(baseline);
      boolean color =
          switch (noColor ? "never" : colorWhen.toLowerCase(java.util.Locale.ROOT)) {
            case "always" -> true;
            case "never" -> false;
            case "auto" ->
                System.console() != null && output == null && System.getenv("NO_COLOR") == null;
            default ->
                throw new UsageException(
                    "--color " + colorWhen + ": expected auto, always or never");
          };
      // every output is checked before any work: an unknown format or a bad destination must not
      // cost a whole run, nor leave some reports written
      List<Output> outputs = outputs(linter, request, color, threshold);
      WhenTrace trace = debugRequested(spec) ? new WhenTrace() : null;
      if (trace != null) linter.trace(trace);
      LintResult result = linter.lint(request);
      PrintWriter err = spec.commandLine().getErr();
      // always standard error: standard output may hold a machine format
      if (trace != null) for (String line : trace.lines()) err.println("debug: " + line);
      for (var e : result.errors()) {
        err.println(
            "gatelint: rule "
                + e.ruleId()
                + " ("
                + e.file()
                + ") failed to evaluate: "
                + e.message());
      }
      if (!result.errors().isEmpty()) {
        err.println(
            "gatelint: "
                + result.errors().size()
                + " rule evaluation error(s): the results are incomplete");
      }
      err.flush();
      // with a machine format on standard output, standard output holds that report alone: the
      // text for people (file listing, chains, notices) goes to standard error
      PrintWriter human = machineOnStdout(outputs) ? err : spec.commandLine().getOut();
      if (listFiles) {
        for (String line : result.fileListing()) human.println(line);
        human.flush();
      }
      if (explainLinks) {
        human.write(LinkExplanation.text(result));
        human.flush();
      }
      // one output that cannot be written costs no other output
      int failed = 0;
      for (Output o : outputs) {
        try {
          if (o.file() == null) {
            Writer w = spec.commandLine().getOut();
            o.reporter().write(result, w);
            w.flush();
          } else {
            ReportFile.write(o.file(), w -> o.reporter().write(result, w));
          }
        } catch (IOException | RuntimeException e) {
          failed++;
          err.println(
              "gatelint: cannot write "
                  + (o.file() == null ? "the " + o.format() + " report" : o.file())
                  + ": "
                  + (e instanceof IOException io
                      ? reason(io)
                      : "internal error: " + oneLine(e.toString())));
          err.flush();
        }
      }
      // the text report ends with the notices; when a machine format takes standard output,
      // standard error carries them, so that the output stays parseable and the notice is seen
      if (machineOnStdout(outputs)) {
        err.write(TextReporter.notices(result));
        err.flush();
      }
      // notices never change the exit code
      if (failed > 0 || !result.errors().isEmpty()) return ERROR;
      return result.fails(threshold) ? FINDINGS : OK;
    }

    /**
     * The reports to write, in order: format names in any case, at most one to standard output,
     * each file named once and none an input of the run. A mistake is a usage error, raised before
     * any work.
     */
    private List<Output> outputs(
        Linter linter, LintRequest request, boolean color, Severity threshold) {
      List<String> specs = formats.isEmpty() ? List.of("text") : formats;
      // every name first: a typo in the last --format must not cost the checks of the others
      List<String> names = new ArrayList<>();
      for (String f : specs) {
        int eq = f.indexOf('=');
        try {
          names.add(Reporter.formatName(eq < 0 ? f : f.substring(0, eq)));
        } catch (IllegalArgumentException e) {
          throw new UsageException("--format: " + e.getMessage());
        }
        if (eq >= 0 && eq == f.length() - 1)
          throw new UsageException("--format " + f + ": no file after '='");
      }
      if (output != null && specs.get(0).indexOf('=') >= 0) {
        throw new UsageException(
            "--output "
                + output
                + " and --format "
                + specs.get(0)
                + " both name the first format's file (keep one)");
      }
      List<String> toStdout = new ArrayList<>();
      for (int i = 0; i < specs.size(); i++) {
        if (specs.get(i).indexOf('=') < 0 && !(i == 0 && output != null))
          toStdout.add(names.get(i));
      }
      if (toStdout.size() > 1) {
        throw new UsageException(
            "--format: "
                + String.join(" and ", toStdout)
                + " would both go to standard output; give all but one a file, as"
                + " --format "
                + toStdout.get(1)
                + "=FILE");
      }
      List<Output> outputs = new ArrayList<>();
      Map<Path, String> files = new HashMap<>();
      for (int i = 0; i < specs.size(); i++) {
        String f = specs.get(i);
        String format = names.get(i);
        int eq = f.indexOf('=');
        Path file = eq < 0 ? (i == 0 ? output : null) : Path.of(f.substring(eq + 1));
        Reporter reporter =
            Reporter.forFormat(
                format,
                color && file == null && format.equals("text"),
                Version.get(),
                request.root(),
                threshold);
        if (file != null) {
          String previous = files.put(identity(file), format);
          if (previous != null) {
            throw new UsageException(
                file + ": named for two outputs (" + previous + " and " + format + ")");
          }
          refuseInput(linter, request, file);
        }
        outputs.add(new Output(format, reporter, file));
      }
      return outputs;
    }

    /** True when a format made for machines takes standard output. */
    private static boolean machineOnStdout(List<Output> outputs) {
      return outputs.stream()
          .anyMatch(o -> o.file() == null && !Reporter.HUMAN_FORMATS.contains(o.format()));
    }
  }

  /** One report of a run: its format, and its file (null: standard output). */
  record Output(String format, Reporter reporter, Path file) {}

  /** A file as the operating system sees it: two spellings of one file are one. */
  static Path identity(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    try {
      return abs.toRealPath();
    } catch (IOException e) {
      // not there yet: its folder may still be reached by two spellings
      Path dir = abs.getParent();
      try {
        return dir == null ? abs : dir.toRealPath().resolve(abs.getFileName());
      } catch (IOException again) {
        return abs;
      }
    }
  }

  /** An output that would overwrite an input of the run is a usage error. */
  static void refuseInput(Linter linter, LintRequest request, Path file) {
    if (linter.readsAsInput(request, file)) {
      throw new UsageException(
          file + ": is an input of this run; it cannot also be an output (choose another file)");
    }
  }

  /**
   * Writes what {@code content} produces to the file, creating its folder; a failure is a usage
   * error.
   */
  interface Content {
    void writeTo(Writer w) throws IOException;
  }

  static void writeFile(Path file, Content content) {
    try {
      ReportFile.write(file, content::writeTo);
    } catch (IOException e) {
      throw new UsageException("cannot write " + file + ": " + reason(e));
    }
  }

  /**
   * What to lint, shared by {@code lint} and {@code baseline}: paths, root, config file, extra
   * rules.
   */
  static final class Inputs {
    @Parameters(paramLabel = "PATH", description = "files or directories (default: .)")
    List<Path> paths = new ArrayList<>();

    @Option(
        names = "--config",
        paramLabel = "FILE",
        description =
            "default: gatelint.yml in the first PATH, else in the root; the rule folders its"
                + " ruleDirs names are code from the linted repository (see --no-config-rules)")
    Path config;

    @Option(
        names = "--root",
        paramLabel = "DIR",
        description =
            "the directory findings' paths are relative to (default: the working directory)")
    Path root;

    @Option(names = "--rules", paramLabel = "DIR", description = "a directory of extra rule files")
    List<Path> ruleDirs = new ArrayList<>();

    @Option(
        names = "--no-config-rules",
        description =
            "do not load the rule folders the configuration's ruleDirs names: they are code from"
                + " the linted repository (use on untrusted pull requests)")
    boolean noConfigRules;

    @Option(
        names = "--no-gitignore",
        description =
            "also lint files that .gitignore files leave out (a file named on the command line is"
                + " linted either way)")
    boolean noGitignore;

    List<Path> targets() {
      List<Path> targets = paths.isEmpty() ? List.of(Path.of(".")) : paths;
      for (Path p : targets) {
        if (!Files.exists(p)) throw new UsageException(p + ": no such file or directory");
      }
      if (root != null && !Files.isDirectory(root))
        throw new UsageException("--root " + root + ": not a directory");
      return targets;
    }

    /**
     * The configuration; with {@code --no-config-rules}, without its rule folders, and one line on
     * {@code err} names those that are not loaded.
     */
    Config config(PrintWriter err) {
      List<Path> targets = targets();
      Config cfg =
          loadConfig(
              config,
              targets.get(0),
              new LintRequest(targets, root, Config.empty(), ruleDirs).root());
      if (!noConfigRules || cfg.ruleDirs().isEmpty()) return cfg;
      err.println(
          "gatelint: --no-config-rules: not loading the configuration's ruleDirs "
              + oneLine(String.join(", ", cfg.ruleDirs())));
      err.flush();
      return cfg.withoutRuleDirs();
    }

    LintRequest request(Config cfg) {
      LintRequest request = new LintRequest(targets(), root, cfg, ruleDirs);
      return noGitignore ? request.withoutGitignore() : request;
    }

    /** The configuration as {@code --show-config} prints it. */
    String describe(Config cfg) {
      List<Path> targets = targets();
      List<Path> folders =
          config != null
              ? List.of()
              : io.gatelint.config.ConfigDiscovery.folders(
                  targets.get(0), new LintRequest(targets, root, Config.empty(), ruleDirs).root());
      return io.gatelint.config.ConfigDescription.text(cfg, folders);
    }
  }

  @Command(
      name = "baseline",
      mixinStandardHelpOptions = true,
      description =
          "Write the current findings to a baseline file, so that 'lint --baseline FILE' fails only on new ones.")
  static final class BaselineCommand implements Callable<Integer> {
    @CommandLine.Mixin Inputs inputs;

    @Option(
        names = "--output",
        paramLabel = "FILE",
        description =
            "the baseline file to write (default: the configuration's baseline, if it names one)")
    Path output;

    @Option(
        names = "--update",
        description =
            "keep only the entries of the existing baseline that still occur: fixed findings leave"
                + " it, new ones do not enter it")
    boolean update;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Linter linter = new Linter();
      Config cfg = inputs.config(spec.commandLine().getErr());
      LintRequest request = inputs.request(cfg);
      Path file = output != null ? output : Linter.baselineFile(request);
      if (file == null)
        throw new UsageException(
            "name the baseline file: --output FILE, or baseline: in the configuration");
      if (update && !Files.exists(file))
        throw new UsageException("--update: " + file + ": no such baseline");
      refuseInput(linter, request, file);
      // a new baseline is written from every finding, whatever an older one hides
      LintResult result =
          linter.lint(
              update
                  ? request.withBaseline(file)
                  : inputs.request(cfg.withoutBaseline()).withBaseline(null));
      if (!result.errors().isEmpty()) {
        throw new UsageException(
            result.errors().size() + " rule evaluation error(s): no baseline written");
      }
      // with --update, the findings the old baseline still hides; else every unsuppressed one
      List<io.gatelint.finding.Finding> kept =
          update
              ? result.findings().stream()
                  .filter(f -> f.isSuppressed() && f.suppression().kind().equals("baseline"))
                  .toList()
              : result.active();
      // entries for files this run did not lint (a subfolder was named) stay as they were
      List<Baseline.Entry> carried =
          update && result.baseline() != null ? result.baseline().carried() : List.of();
      writeFile(file, w -> Baseline.write(kept, carried, request.root(), file, w));
      spec.commandLine()
          .getOut()
          .println(
              "gatelint: " + (kept.size() + carried.size()) + " finding(s) written to " + file);
      spec.commandLine().getOut().flush();
      return OK;
    }
  }

  @Command(
      name = "rules",
      mixinStandardHelpOptions = true,
      description = "List the rules (built-in and --rules DIR).")
  static final class Rules implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--format",
        paramLabel = "<format>",
        description = "text, markdown or json (default: text)")
    String format = "text";

    @CommandLine.Mixin RuleSources sources;

    @Override
    public Integer call() throws IOException {
      List<RuleInfo> rules = sources.rules();
      Writer out = spec.commandLine().getOut();
      out.write(
          switch (format) {
            case "text" -> RuleCatalog.text(rules);
            case "markdown" -> RuleCatalog.markdown(rules);
            case "json" -> RuleCatalog.json(rules);
            default ->
                throw new UsageException("unknown format '" + format + "' (text, markdown, json)");
          });
      out.flush();
      return OK;
    }
  }

  @Command(
      name = "explain",
      mixinStandardHelpOptions = true,
      description = "Explain one rule: what, why, fix, sources.")
  static final class Explain implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RULE_ID")
    String id;

    @CommandLine.Mixin RuleSources sources;

    @Override
    public Integer call() throws IOException {
      Optional<RuleInfo> rule =
          sources.rules().stream().filter(r -> r.id().equalsIgnoreCase(id)).findFirst();
      if (rule.isEmpty()) throw new UsageException("no rule " + id + " (see gatelint rules)");
      Writer out = spec.commandLine().getOut();
      out.write(RuleCatalog.explain(rule.get()));
      out.flush();
      return OK;
    }
  }

  /**
   * The explicit config file, else the one {@link io.gatelint.config.ConfigDiscovery} finds from
   * the first PATH up to the repository root, then in the root.
   */
  static Config loadConfig(Path explicit, Path firstPath, Path root) {
    if (explicit != null) {
      if (!Files.exists(explicit))
        throw new ConfigException(explicit + ": no such configuration file");
      // a directory, device or FIFO is refused by Config.load, with the reason
      return Config.load(explicit);
    }
    // found by name, yet refused like a named one when it is not a regular file
    return io.gatelint.config.ConfigDiscovery.find(firstPath, root)
        .map(Config::load)
        .orElse(Config.empty());
  }

  static Severity threshold(String option, Config cfg) {
    try {
      if (option != null) return option.equalsIgnoreCase("never") ? null : Severity.parse(option);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--fail-on: " + e.getMessage());
    }
    if (cfg.failOn().isPresent()) return cfg.failOn().get();
    return Severity.ERROR;
  }

  /** Why a file could not be written, in a few words. */
  static String reason(IOException e) {
    if (e instanceof java.nio.charset.CharacterCodingException) return "cannot encode the report";
    if (e instanceof java.nio.file.NoSuchFileException) return "no such file or directory";
    if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
    if (e instanceof java.nio.file.FileAlreadyExistsException)
      return "a file is in the way of a directory";
    if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null)
      return fse.getReason();
    return String.valueOf(e.getMessage());
  }

  /**
   * The version and commit from the build (a resource filtered at build time), for {@code
   * --version}, {@code gatelint version} and the reports.
   */
  static final class Version implements CommandLine.IVersionProvider {
    static String get() {
      return property("version");
    }

    /** The commit the jar was built from; "unknown" when built outside a git checkout. */
    static String commit() {
      return property("commit");
    }

    private static String property(String key) {
      Properties p = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) p.load(in);
      } catch (IOException e) {
        return "unknown";
      }
      String value = p.getProperty(key, "").strip();
      // an unfilled ${...}: the build could not tell (no git, or not a git checkout)
      return value.isEmpty() || value.startsWith("${") ? "unknown" : value;
    }

    /** The lines both {@code --version} and {@code gatelint version} print. */
    static String[] lines() {
      int rules = new Linter().rules(LintRequest.of(Path.of("."))).rules().size();
      return new String[] {
        "gatelint " + get(),
        "commit: " + commit(),
        "rules: " + rules + " built-in",
        "Java: "
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vendor")
            + ", "
            + System.getProperty("java.home")
            + ")"
      };
    }

    @Override
    public String[] getVersion() {
      return lines();
    }
  }
}
