import io.gatelint.LintRequest;
import io.gatelint.Linter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Feeds each parser worst-case shapes of 1 to 64 KiB — the inputs that made regular expressions or
 * string building take quadratic time — and prints the median time per size. Growth from 32 to 64
 * KiB must stay below 3x (linear doubles, quadratic quadruples); a shape whose time stays under a
 * few milliseconds is noise-bound and passes. Exits 1 when a shape grows faster.
 */
public final class LinearBench {

  record Shape(String file, IntFunction<String> text) {}

  static String repeat(String unit, int bytes) {
    return unit.repeat(Math.max(1, bytes / unit.length()));
  }

  public static void main(String[] args) throws Exception {
    Map<String, Shape> shapes = new LinkedHashMap<>();
    shapes.put("discovery: blank lines", new Shape("blank.conf", n -> repeat("\n", n)));
    shapes.put("nginx sniff: keyword, spaces", new Shape("x.conf", n -> "server" + repeat(" ", n)));
    shapes.put(
        "nginx sniff: indented lines",
        new Shape("y.conf", n -> repeat("          \n", n)));
    shapes.put(
        "nginx parse: locations",
        new Shape(
            "nginx.conf",
            n ->
                "events {}\nhttp {\n server {\n listen 80;\n"
                    + repeat("  location /a { proxy_pass http://b; }\n", n)
                    + " }\n}\n"));
    shapes.put(
        "cfn: Fn::Sub of unclosed ${",
        new Shape(
            "t.yaml",
            n ->
                "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Lb:\n"
                    + "    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties:\n"
                    + "      Name: !Sub \""
                    + repeat("${", n)
                    + "\"\n"));
    shapes.put(
        "cfn: long YAML string",
        new Shape(
            "s.yaml",
            n ->
                "AWSTemplateFormatVersion: '2010-09-09'\nDescription: \""
                    + repeat("lorem ipsum ", n)
                    + "\"\nResources: {}\n"));
    shapes.put(
        "cfn: Type sniff, spaces",
        new Shape("u.yaml", n -> "Resources:\n" + repeat("Type" + " ".repeat(60) + "\n", n)));
    shapes.put(
        "node: string concatenation",
        new Shape(
            "server.js",
            n ->
                "const p = \"1\"" + repeat(" + \"0\"", n) + ";\nrequire('http').createServer(() => {}).listen(p);\n"));
    shapes.put(
        "node: package.json engines",
        new Shape("package.json", n -> "{\"engines\":{\"node\":\"" + repeat("1", n) + "x\"}}"));
    shapes.put(
        "terraform: .tf attributes",
        new Shape("main.tf", n -> "resource \"aws_lb\" \"a\" {\n" + repeat("  idle_timeout = 60\n", n) + "}\n"));

    int[] sizes = {1, 2, 4, 8, 16, 32, 64};
    boolean failed = false;
    System.out.printf("%-32s", "shape \\ KiB");
    for (int k : sizes) System.out.printf("%9d", k);
    System.out.printf("%9s%n", "64/32");
    Path dir = Files.createTempDirectory("gatelint-linear");
    for (Map.Entry<String, Shape> e : shapes.entrySet()) {
      double[] ms = new double[sizes.length];
      for (int i = 0; i < sizes.length; i++) {
        Path tree = Files.createDirectories(dir.resolve(e.getValue().file() + sizes[i]));
        Files.writeString(tree.resolve(e.getValue().file()), e.getValue().text().apply(sizes[i] * 1024));
        lint(tree); // warm up
        double[] runs = new double[5];
        for (int r = 0; r < runs.length; r++) {
          long t = System.nanoTime();
          lint(tree);
          runs[r] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(runs);
        ms[i] = runs[runs.length / 2];
      }
      double ratio = ms[6] / Math.max(ms[5], 0.001);
      boolean ok = ms[6] < 5 || ratio < 3.0;
      failed |= !ok;
      System.out.printf("%-32s", e.getKey());
      for (double m : ms) System.out.printf("%9.1f", m);
      System.out.printf("%8.1fx %s%n", ratio, ok ? "ok" : "SUPER-LINEAR");
    }
    System.out.println("(median ms of 5 runs of a whole lint of a folder holding the one file)");
    System.exit(failed ? 1 : 0);
  }

  static void lint(Path tree) {
    new Linter().lint(LintRequest.of(tree));
  }
}
