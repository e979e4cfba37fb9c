import io.gatelint.model.Model;
import io.gatelint.parse.FileIsolation;
import io.gatelint.parse.InputFormats;
import io.gatelint.parse.InputParser;
import io.gatelint.parse.ParseContext;
import io.gatelint.source.Discovery;
import io.gatelint.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The bare parse pass of {@code bench/run.sh}: what a lint of FOLDER costs before it links, derives
 * facts, runs rules or reports. It discovers the files as {@code gatelint lint} does, with the same
 * detectors, and reads each one into a model with the same parsers, each file in isolation as the
 * linter reads it, on as many threads; then it prints the file count and stops. "lint / bare parse" is then the price of
 * everything gatelint does beyond reading its inputs.
 *
 * <p>The harness compiles this class once against the command-line jar (start-up is not spent
 * compiling a source file) and runs {@code java -cp gatelint.jar:CLASSES BareParse FOLDER}.
 */
public final class BareParse {

  private BareParse() {}

  public static void main(String[] args) {
    Path root = Path.of(args[0]).toAbsolutePath().normalize();
    List<InputParser> parsers = InputFormats.all();
    Discovery.Result discovered =
        new Discovery(List.of(), List.of(), parsers).discover(List.of(root), root);
    ParseContext context = ParseContext.of(root);
    Model model = new Model();
    // on as many threads as a lint parses on
    int threads = FileIsolation.defaultThreads();
    ExecutorService pool =
        threads > 1 ? Executors.newFixedThreadPool(threads, BareParse::daemon) : null;
    try {
      for (InputParser parser : parsers) {
        List<SourceFile> mine =
            discovered.files().stream().filter(f -> parser.kinds().contains(f.kind())).toList();
        if (!mine.isEmpty()) FileIsolation.read(parser, mine, context, model, pool);
      }
    } finally {
      if (pool != null) pool.shutdownNow();
    }
    System.out.printf(
        "%d files, %d problems%n", discovered.files().size(), model.getProblems().size());
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "bare-parse");
    t.setDaemon(true);
    return t;
  }
}
