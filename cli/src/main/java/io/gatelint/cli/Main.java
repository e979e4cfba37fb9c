package io.gatelint.cli;

import io.gatelint.LintRequest;
import io.gatelint.LintResult;
import io.gatelint.Linter;
import io.gatelint.config.Config;
import io.gatelint.config.ConfigException;
import io.gatelint.finding.RuleInfo;
import io.gatelint.finding.Severity;
import io.gatelint.report.LinkExplanation;
import io.gatelint.report.Reporter;
import io.gatelint.report.RuleCatalog;
import io.gatelint.rules.RuleFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code gatelint} command: maps options to a {@link LintRequest} and the result to an exit code. */
@Command(name = "gatelint", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Lints the request path behind an AWS Application Load Balancer for the causes of 502 and 504.",
    subcommands = {Main.Lint.class, Main.Rules.class, Main.Explain.class})
public final class Main implements Runnable {

  /** Exit codes: no finding at or above the threshold; at least one; usage, config or rule file error. */
  static final int OK = 0;
  static final int FINDINGS = 1;
  static final int USAGE = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
  }

  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof RuleFileException || e instanceof ConfigException || e instanceof IllegalArgumentException) {
        commandLine.getErr().println("gatelint: " + e.getMessage());
        return USAGE;
      }
      throw e;
    });
    return cl.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "lint", mixinStandardHelpOptions = true, description = "Lint templates, plans, nginx and Node sources.")
  static final class Lint implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "files or directories (default: .)")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--config", description = "default: gatelint.yml in the first PATH or the working directory")
    Path config;

    @Option(names = "--format", description = "text, json, sarif, junit or github; repeatable as FORMAT=FILE")
    List<String> formats = new ArrayList<>();

    @Option(names = "--output", description = "write the (first) format to FILE instead of standard output")
    Path output;

    @Option(names = "--fail-on", description = "error, warning, note or never (default: error)")
    String failOn;

    @Option(names = "--rules", description = "a directory of extra rule files")
    List<Path> ruleDirs = new ArrayList<>();

    @Option(names = "--no-color", description = "plain text even on a terminal")
    boolean noColor;

    @Option(names = "--explain-links", description = "print each chain the linker built, with its evidence, and what stayed unlinked")
    boolean explainLinks;

    @Override
    public Integer call() throws IOException {
      List<Path> targets = paths.isEmpty() ? List.of(Path.of(".")) : paths;
      Path first = targets.get(0).toAbsolutePath().normalize();
      Path root = Files.isDirectory(first) ? first : Path.of(".").toAbsolutePath().normalize();
      Config cfg = loadConfig(config, first);
      Severity threshold = threshold(failOn, cfg);
      LintResult result = new Linter().lint(new LintRequest(targets, root, cfg, ruleDirs));
      boolean color = !noColor && System.console() != null && output == null && System.getenv("NO_COLOR") == null;
      List<String> specs = formats.isEmpty() ? List.of("text") : formats;
      if (explainLinks) {
        spec.commandLine().getOut().write(LinkExplanation.text(result));
        spec.commandLine().getOut().flush();
      }
      for (int i = 0; i < specs.size(); i++) {
        String f = specs.get(i);
        int eq = f.indexOf('=');
        String format = eq < 0 ? f : f.substring(0, eq);
        Path file = eq < 0 ? (i == 0 ? output : null) : Path.of(f.substring(eq + 1));
        Reporter reporter = Reporter.forFormat(format, color && file == null && format.equals("text"), Version.get());
        if (file == null) {
          Writer w = spec.commandLine().getOut();
          reporter.write(result, w);
          w.flush();
        } else {
          if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
          try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            reporter.write(result, w);
          }
        }
      }
      return result.fails(threshold) ? FINDINGS : OK;
    }
  }

  @Command(name = "rules", mixinStandardHelpOptions = true, description = "List the rules (built-in and --rules DIR).")
  static final class Rules implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", description = "text, markdown or json (default: text)")
    String format = "text";

    @Option(names = "--rules", description = "a directory of extra rule files")
    List<Path> ruleDirs = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
      List<RuleInfo> rules = new Linter().rules(new LintRequest(List.of(), Path.of("."), Config.empty(), ruleDirs))
          .rules().stream().map(r -> r.info()).toList();
      Writer out = spec.commandLine().getOut();
      out.write(switch (format) {
        case "text" -> RuleCatalog.text(rules);
        case "markdown" -> RuleCatalog.markdown(rules);
        case "json" -> RuleCatalog.json(rules);
        default -> throw new IllegalArgumentException("unknown format '" + format + "' (text, markdown, json)");
      });
      out.flush();
      return OK;
    }
  }

  @Command(name = "explain", mixinStandardHelpOptions = true, description = "Explain one rule: what, why, fix, sources.")
  static final class Explain implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RULE_ID")
    String id;

    @Override
    public Integer call() throws IOException {
      Optional<RuleInfo> rule = new Linter().rules(LintRequest.of(Path.of("."))).rules().stream()
          .map(r -> r.info()).filter(r -> r.id().equalsIgnoreCase(id)).findFirst();
      if (rule.isEmpty()) throw new IllegalArgumentException("no rule " + id + " (see gatelint rules)");
      Writer out = spec.commandLine().getOut();
      out.write(RuleCatalog.explain(rule.get()));
      out.flush();
      return OK;
    }
  }

  static Config loadConfig(Path explicit, Path firstPath) {
    if (explicit != null) {
      if (!Files.isRegularFile(explicit)) throw new ConfigException(explicit + ": no such configuration file");
      return Config.load(explicit);
    }
    Path dir = Files.isDirectory(firstPath) ? firstPath : Path.of(".");
    for (Path candidate : List.of(dir.resolve("gatelint.yml"), Path.of("gatelint.yml"))) {
      if (Files.isRegularFile(candidate)) return Config.load(candidate);
    }
    return Config.empty();
  }

  static Severity threshold(String option, Config cfg) {
    if (option != null) return option.equalsIgnoreCase("never") ? null : Severity.parse(option);
    if (cfg.failOn().isPresent()) return cfg.failOn().get();
    return Severity.ERROR;
  }

  /** The version from the build, for {@code --version} and the reports. */
  static final class Version implements CommandLine.IVersionProvider {
    static String get() {
      Properties p = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) p.load(in);
      } catch (IOException e) {
        return "unknown";
      }
      return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
      return new String[] {"gatelint " + get()};
    }
  }
}
