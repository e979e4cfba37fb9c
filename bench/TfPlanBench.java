import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.gatelint.model.Model;
import io.gatelint.parse.ParseContext;
import io.gatelint.parse.tfplan.TerraformPlanParser;
import io.gatelint.source.SourceFile;
import io.gatelint.source.SourceKind;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Benchmark of the Terraform plan parser against a bare Jackson streaming pass over the same file.
 *
 * <pre>
 *   java -cp CORE_CLASSPATH bench/TfPlanBench.java generate bench/out/plan-200mb.json 200
 *   java -Xmx256m -cp CORE_CLASSPATH bench/TfPlanBench.java measure bench/out/plan-200mb.json 3
 * </pre>
 */
public class TfPlanBench {

  public static void main(String[] args) throws IOException {
    if ((args.length == 3 || args.length == 4) && args[0].equals("generate")) {
      Path file = Path.of(args[1]);
      long target = Long.parseLong(args[2]) * 1_000_000L;
      switch (args.length == 4 ? args[3] : "mixed") {
        case "mixed" -> generate(file, target);
        case "sg-rules" -> generateSecurityGroupRules(file, target);
        case "buckets" -> generateBuckets(file, 1_000_000);
        default -> {
          System.err.println("shapes: mixed, sg-rules, buckets");
          System.exit(2);
        }
      }
    } else if (args.length == 2 && args[0].equals("model")) {
      model(Path.of(args[1]));
    } else if (args.length == 3 && args[0].equals("measure")) {
      measure(Path.of(args[1]), Integer.parseInt(args[2]));
    } else {
      System.err.println("usage: TfPlanBench generate FILE MB [mixed|sg-rules|buckets] | measure FILE REPETITIONS"
          + " | model FILE");
      System.exit(2);
    }
  }

  // ---------------------------------------------------------------- generator

  /** Counts what is written so the generator stops near the target size. */
  static final class Counting extends Writer {
    final Writer out;
    long count;

    Counting(Writer out) {
      this.out = out;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      out.write(buf, off, len);
      count += len;
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  static boolean relevant(int i) {
    return i % 50 == 0;
  }

  static String address(int i) {
    return relevant(i) ? "module.svc" + (i % 7) + ".aws_lb.lb" + i : "aws_s3_bucket.b" + i;
  }

  static String values(int i) {
    if (relevant(i)) {
      return "{\"name\":\"lb" + i + "\",\"idle_timeout\":" + (30 + i % 100) + ",\"load_balancer_type\":\"application\","
          + "\"internal\":false,\"drop_invalid_header_fields\":false,\"access_logs\":[{\"bucket\":\"logs\","
          + "\"enabled\":false,\"prefix\":\"\"}],\"tags\":{\"team\":\"t" + i + "\"}}";
    }
    StringBuilder policy = new StringBuilder();
    for (int k = 0; k < 6; k++) {
      policy.append("{\\\"Effect\\\":\\\"Allow\\\",\\\"Principal\\\":\\\"*\\\",\\\"Action\\\":\\\"s3:GetObject\\\",")
          .append("\\\"Resource\\\":\\\"arn:aws:s3:::bucket-").append(i).append("/*\\\"}");
    }
    return "{\"bucket\":\"bucket-" + i + "\",\"acl\":\"private\",\"force_destroy\":false,\"policy\":\"[" + policy
        + "]\",\"tags\":{\"env\":\"prod\",\"owner\":\"team-" + (i % 40) + "\",\"cost_center\":\"cc-" + i + "\"},"
        + "\"versioning\":[{\"enabled\":true,\"mfa_delete\":false}],\"lifecycle_rule\":[{\"id\":\"expire\","
        + "\"enabled\":true,\"expiration\":[{\"days\":90}],\"noncurrent_version_expiration\":[{\"days\":30}]}]}";
  }

  static String type(int i) {
    return relevant(i) ? "aws_lb" : "aws_s3_bucket";
  }

  static void generate(Path file, long target) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (Counting w = new Counting(new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16))) {
      w.write("{\"format_version\":\"1.2\",\"terraform_version\":\"1.9.5\",\"planned_values\":{\"root_module\":{\"resources\":[");
      int n = 0;
      while (w.count < target * 0.25) {
        if (n > 0) w.write(',');
        w.write("{\"address\":\"" + address(n) + "\",\"mode\":\"managed\",\"type\":\"" + type(n) + "\",\"name\":\"r" + n
            + "\",\"provider_name\":\"registry.terraform.io/hashicorp/aws\",\"schema_version\":0,\"values\":" + values(n)
            + ",\"sensitive_values\":{\"tags\":{}}}");
        n++;
      }
      w.write("]}},\"resource_changes\":[");
      for (int i = 0; i < n; i++) {
        if (i > 0) w.write(',');
        w.write("{\"address\":\"" + address(i) + "\",\"mode\":\"managed\",\"type\":\"" + type(i) + "\",\"name\":\"r" + i
            + "\",\"provider_name\":\"registry.terraform.io/hashicorp/aws\",\"change\":{\"actions\":[\"update\"],"
            + "\"before\":" + values(i) + ",\"after\":" + values(i) + ",\"after_unknown\":{\"arn\":true},"
            + "\"before_sensitive\":{},\"after_sensitive\":{}}}");
      }
      w.write("],\"prior_state\":{\"format_version\":\"1.0\",\"values\":{\"root_module\":{\"resources\":[");
      for (int i = 0; w.count < target; i++) {
        if (i > 0) w.write(',');
        w.write("{\"address\":\"" + address(i) + "\",\"type\":\"" + type(i) + "\",\"values\":" + values(i) + "}");
      }
      w.write("]}}},\"configuration\":{\"root_module\":{\"resources\":[");
      for (int i = 0; i < n; i++) {
        if (!relevant(i) || i % 7 != 0) continue;
        if (i > 0) w.write(',');
        w.write("{\"address\":\"aws_s3_bucket.b" + i + "\",\"mode\":\"managed\",\"type\":\"aws_s3_bucket\",\"name\":\"b"
            + i + "\",\"expressions\":{\"bucket\":{\"constant_value\":\"bucket-" + i + "\"}}}");
      }
      w.write("]}}}\n");
      System.out.printf("generated %s: %.1f MB, %d resources (%d aws_lb)%n", file, w.count / 1e6, n, (n + 49) / 50);
    }
  }

  /**
   * The security-group-rule-heavy shape: 391k {@code aws_security_group_rule} per 200 MB, one
   * {@code aws_security_group} per 50 rules, each rule letting the next group in, and every rule's
   * group ids referenced from the configuration as a real plan does. All of it is modelled.
   */
  static void generateSecurityGroupRules(Path file, long target) throws IOException {
    int n = (int) (target / 1_000_000L * 391_000L / 200);
    int groups = n / 50 + 1;
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (Counting w = new Counting(new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16))) {
      w.write("{\"format_version\":\"1.2\",\"terraform_version\":\"1.9.5\",\"planned_values\":{\"root_module\":{\"resources\":[");
      for (int k = 0; k < groups; k++) {
        w.write("{\"address\":\"aws_security_group.g" + k + "\",\"mode\":\"managed\",\"type\":\"aws_security_group\","
            + "\"name\":\"g" + k + "\",\"values\":" + group(k) + ",\"sensitive_values\":{}},");
      }
      for (int i = 0; i < n; i++) {
        if (i > 0) w.write(',');
        w.write("{\"address\":\"aws_security_group_rule.r" + i + "\",\"mode\":\"managed\",\"type\":\"aws_security_group_rule\","
            + "\"name\":\"r" + i + "\",\"schema_version\":2,\"values\":" + rule(i, groups) + ",\"sensitive_values\":{}}");
      }
      w.write("]}},\"resource_changes\":[");
      for (int k = 0; k < groups; k++) {
        w.write("{\"address\":\"aws_security_group.g" + k + "\",\"type\":\"aws_security_group\",\"change\":{\"actions\":[\"create\"],"
            + "\"before\":null,\"after\":" + group(k) + ",\"after_unknown\":{}}},");
      }
      for (int i = 0; i < n; i++) {
        if (i > 0) w.write(',');
        w.write("{\"address\":\"aws_security_group_rule.r" + i + "\",\"type\":\"aws_security_group_rule\",\"change\":{"
            + "\"actions\":[\"create\"],\"before\":null,\"after\":" + rule(i, groups) + ",\"after_unknown\":{\"id\":true}}}");
      }
      w.write("],\"configuration\":{\"root_module\":{\"resources\":[");
      for (int i = 0; i < n; i++) {
        if (i > 0) w.write(',');
        int own = i / 50;
        int next = (i / 50 + 1) % groups;
        w.write("{\"address\":\"aws_security_group_rule.r" + i + "\",\"mode\":\"managed\",\"type\":\"aws_security_group_rule\","
            + "\"name\":\"r" + i + "\",\"expressions\":{\"security_group_id\":{\"references\":[\"aws_security_group.g" + own
            + ".id\",\"aws_security_group.g" + own + "\"]},\"source_security_group_id\":{\"references\":[\"aws_security_group.g"
            + next + ".id\",\"aws_security_group.g" + next + "\"]}}}");
      }
      w.write("]}}}\n");
      System.out.printf("generated %s: %.1f MB, %d aws_security_group_rule, %d aws_security_group%n", file, w.count / 1e6,
          n, groups);
    }
  }

  static String group(int k) {
    return String.format("{\"description\":\"g%d\",\"id\":\"sg-%08x\",\"name\":\"g%d\",\"vpc_id\":\"vpc-1\"}", k, k, k);
  }

  static String rule(int i, int groups) {
    return String.format("{\"cidr_blocks\":null,\"description\":\"r%d\",\"from_port\":%d,\"protocol\":\"tcp\","
        + "\"security_group_id\":\"sg-%08x\",\"source_security_group_id\":\"sg-%08x\",\"to_port\":%d,\"type\":\"ingress\"}",
        i, 1024 + i % 60000, i / 50, (i / 50 + 1) % groups, 1024 + i % 60000);
  }

  /**
   * The unmodelled shape: {@code count} {@code aws_s3_bucket} resources (one load balancer beside
   * them), in planned values, resource changes and configuration. gatelint models no bucket, so
   * none of them may be kept.
   */
  static void generateBuckets(Path file, int count) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    String lb = "{\"name\":\"lb\",\"idle_timeout\":60,\"load_balancer_type\":\"application\",\"internal\":false}";
    try (Counting w = new Counting(new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16))) {
      w.write("{\"format_version\":\"1.2\",\"terraform_version\":\"1.9.5\",\"planned_values\":{\"root_module\":{\"resources\":[");
      w.write("{\"address\":\"aws_lb.lb\",\"mode\":\"managed\",\"type\":\"aws_lb\",\"name\":\"lb\",\"values\":" + lb
          + ",\"sensitive_values\":{}}");
      for (int i = 0; i < count; i++) {
        w.write(",{\"address\":\"aws_s3_bucket.b" + i + "\",\"mode\":\"managed\",\"type\":\"aws_s3_bucket\",\"name\":\"b" + i
            + "\",\"values\":{\"bucket\":\"bucket-" + i + "\",\"tags\":{\"n\":\"" + i + "\"}},\"sensitive_values\":{\"tags\":{}}}");
      }
      w.write("]}},\"resource_changes\":[");
      w.write("{\"address\":\"aws_lb.lb\",\"type\":\"aws_lb\",\"change\":{\"actions\":[\"create\"],\"after\":" + lb
          + ",\"after_unknown\":{}}}");
      for (int i = 0; i < count; i++) {
        w.write(",{\"address\":\"aws_s3_bucket.b" + i + "\",\"type\":\"aws_s3_bucket\",\"change\":{\"actions\":[\"create\"],"
            + "\"after\":{\"bucket\":\"bucket-" + i + "\"},\"after_unknown\":{\"arn\":true}}}");
      }
      w.write("],\"configuration\":{\"root_module\":{\"resources\":[");
      for (int i = 0; i < count; i++) {
        if (i > 0) w.write(',');
        w.write("{\"address\":\"aws_s3_bucket.b" + i + "\",\"mode\":\"managed\",\"type\":\"aws_s3_bucket\",\"name\":\"b" + i
            + "\",\"expressions\":{\"bucket\":{\"constant_value\":\"bucket-" + i + "\"}}}");
      }
      w.write("]}}}\n");
      System.out.printf("generated %s: %.1f MB, %d aws_s3_bucket, 1 aws_lb%n", file, w.count / 1e6, count);
    }
  }

  // ---------------------------------------------------------------- measurement

  static long bare(Path file) throws IOException {
    long tokens = 0;
    try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
      while (p.nextToken() != null) tokens++;
    }
    return tokens;
  }

  static int parse(Path file) {
    Path root = file.toAbsolutePath().getParent();
    Model model = new Model();
    new TerraformPlanParser().parse(
        List.of(new SourceFile(file, file.getFileName().toString(), SourceKind.TERRAFORM_PLAN)), ParseContext.of(root),
        model);
    if (!model.getProblems().isEmpty()) throw new IllegalStateException(model.getProblems().toString());
    return model.getLoadBalancers().size();
  }

  /**
   * Reads and maps the plan without the per-file time budget (a loaded machine, or a heap near
   * full, outlasts it) and prints the heap the model holds after a collection. Run it with
   * {@code -Xlog:gc} for the largest heap after a collection while reading, and take a class
   * histogram ({@code jcmd PID GC.class_histogram}) while it waits, when {@code HOLD} is set.
   */
  static void model(Path file) throws IOException {
    Model model = new Model();
    long t0 = System.nanoTime();
    var files = List.of(new SourceFile(file, file.getFileName().toString(), SourceKind.TERRAFORM_PLAN));
    for (var step : new TerraformPlanParser().open(files, ParseContext.of(file.toAbsolutePath().getParent())).linked()) {
      step.read().accept(model);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.gc();
    Runtime r = Runtime.getRuntime();
    long used = r.totalMemory() - r.freeMemory();
    int rules = model.getSecurityGroupRules().size();
    System.out.printf("read and mapped in %.1f s: %d resources (%d security group rules), %d problems; model %.1f MB "
        + "after a collection (%d B per resource)%n", seconds, model.resources().count(), rules,
        model.getProblems().size(), used / 1e6, used / Math.max(1, model.resources().count()));
    if (System.getenv("HOLD") != null) {
      System.out.println("pid " + ProcessHandle.current().pid() + ": press Enter to end");
      System.in.read();
    }
  }

  /** The whole run a user gets: discovery, the plan parser, linking, every rule, suppressions. */
  static int lint(Path file) {
    var result = new io.gatelint.Linter().lint(new io.gatelint.LintRequest(List.of(file),
        file.toAbsolutePath().getParent(), io.gatelint.config.Config.empty(), List.of()));
    return result.findings().size();
  }

  static void measure(Path file, int repetitions) throws IOException {
    double mb = Files.size(file) / 1e6;
    System.out.printf("file %s, %.1f MB, max heap %d MB%n", file, mb, Runtime.getRuntime().maxMemory() >> 20);
    bare(file); // warm-up
    parse(file);
    lint(file);
    double bareBest = Double.MAX_VALUE;
    double parseBest = Double.MAX_VALUE;
    double lintBest = Double.MAX_VALUE;
    for (int r = 1; r <= repetitions; r++) {
      long t0 = System.nanoTime();
      long tokens = bare(file);
      double bare = (System.nanoTime() - t0) / 1e9;
      t0 = System.nanoTime();
      int lbs = parse(file);
      double parse = (System.nanoTime() - t0) / 1e9;
      t0 = System.nanoTime();
      int findings = lint(file);
      double lint = (System.nanoTime() - t0) / 1e9;
      bareBest = Math.min(bareBest, bare);
      parseBest = Math.min(parseBest, parse);
      lintBest = Math.min(lintBest, lint);
      System.out.printf("run %d: bare Jackson pass %.2f s (%.0f MB/s, %d tokens) | TerraformPlanParser %.2f s "
          + "(%.0f MB/s, %d load balancers) ratio %.2f | whole lint %.2f s (%d findings) ratio %.2f%n", r, bare,
          mb / bare, tokens, parse, mb / parse, lbs, parse / bare, lint, findings, lint / bare);
    }
    System.out.printf("best: bare %.2f s, parser %.2f s (ratio %.2f), whole lint %.2f s (ratio %.2f)%n", bareBest,
        parseBest, parseBest / bareBest, lintBest, lintBest / bareBest);
  }
}
