import io.gatelint.LintRequest;
import io.gatelint.LintResult;
import io.gatelint.Linter;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Whole-run cost against the cost of reading the inputs once, in one JVM, alternating:
 * (a) read every file's bytes; (b) read and parse every file with the YAML/JSON library alone;
 * (c) a full {@code Linter.lint} of the folder (discovery, parsing into the model, linking, every
 * rule, suppressions). Prints each repetition and the ratios of the best times.
 *
 * <pre>java -cp CORE_CLASSPATH bench/CorpusBench.java FOLDER REPETITIONS</pre>
 */
public class CorpusBench {

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int reps = Integer.parseInt(args[1]);
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    long bytes = 0;
    for (Path f : files) bytes += Files.size(f);
    System.out.printf("%s: %d files, %.1f MB%n", dir, files.size(), bytes / 1e6);
    double bestRead = Double.MAX_VALUE, bestParse = Double.MAX_VALUE, bestLint = Double.MAX_VALUE;
    int findings = 0;
    for (int i = 0; i <= reps; i++) {
      double read = time(() -> readAll(files));
      double parse = time(() -> parseAll(files));
      long t0 = System.nanoTime();
      LintResult r = new Linter().lint(LintRequest.of(dir));
      double lint = (System.nanoTime() - t0) / 1e9;
      findings = r.findings().size();
      if (i == 0) {
        System.out.printf("warm-up: read %.2fs, library parse %.2fs, lint %.2fs%n", read, parse, lint);
        continue;
      }
      System.out.printf("run %d: read %.2fs, library parse %.2fs, lint %.2fs%n", i, read, parse, lint);
      bestRead = Math.min(bestRead, read);
      bestParse = Math.min(bestParse, parse);
      bestLint = Math.min(bestLint, lint);
    }
    System.out.printf("best: read %.2fs, library parse %.2fs, lint %.2fs (%d findings)%n", bestRead, bestParse, bestLint,
        findings);
    System.out.printf("ratio lint / library parse = %.2f; lint / read = %.1f%n", bestLint / bestParse, bestLint / bestRead);
  }

  interface Work {
    void run() throws IOException;
  }

  static double time(Work w) throws IOException {
    long t0 = System.nanoTime();
    w.run();
    return (System.nanoTime() - t0) / 1e9;
  }

  static long sink;

  static void readAll(List<Path> files) throws IOException {
    for (Path f : files) sink += Files.readAllBytes(f).length;
  }

  /** What any linter must do at least: parse each file with the YAML library (JSON is YAML). */
  static void parseAll(List<Path> files) throws IOException {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(32 * 1024 * 1024);
    for (Path f : files) {
      try {
        var node = new Yaml(options).compose(new StringReader(Files.readString(f)));
        if (node != null) sink += node.getStartMark().getLine();
      } catch (RuntimeException | IOException e) {
        sink++;
      }
    }
  }
}
