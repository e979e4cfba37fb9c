import io.gatelint.LintRequest;
import io.gatelint.LintResult;
import io.gatelint.Linter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Lints generated trees of 100, 1,000 and 10,000 templates in one JVM and prints the median time
 * per template: a step that compares every resource with every other (linking, conditions, facts,
 * suppressions) shows as time per template growing with the tree. Each template is a small stack —
 * load balancer, listener, target group with a conditional health check, security groups, an alarm —
 * and every tenth imports the previous one's export, so cross-stack references are linked too.
 * Exits 1 when the time per template at the largest size exceeds twice that at the middle one.
 *
 * <p>Arguments: sizes (default 100 1000 10000); the parse threads are {@code
 * -Dgatelint.parseThreads} (default: the cores).
 */
public final class ManyTemplatesBench {

  static String template(int i) {
    String importing =
        i % 10 == 9
            ? "      VpcId: !ImportValue stack-" + (i - 1) + "-vpc\n"
            : "      VpcId: vpc-" + i + "\n";
    return "AWSTemplateFormatVersion: '2010-09-09'\n"
        + "Parameters:\n"
        + "  Env:\n    Type: String\n    Default: prod\n"
        + "Conditions:\n"
        + "  IsProd: !Equals [!Ref Env, prod]\n"
        + "Resources:\n"
        + "  Lb:\n"
        + "    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n"
        + "    Properties:\n"
        + "      SecurityGroups: [!Ref LbSg]\n"
        + "      Subnets: [subnet-a, subnet-b]\n"
        + "      LoadBalancerAttributes:\n"
        + "        - Key: idle_timeout.timeout_seconds\n"
        + "          Value: !If [IsProd, '120', '60']\n"
        + "  LbSg:\n"
        + "    Type: AWS::EC2::SecurityGroup\n"
        + "    Properties:\n"
        + "      GroupDescription: lb " + i + "\n"
        + "      VpcId: vpc-" + i + "\n"
        + "  AppSg:\n"
        + "    Type: AWS::EC2::SecurityGroup\n"
        + "    Properties:\n"
        + "      GroupDescription: app " + i + "\n"
        + importing
        + "      SecurityGroupIngress:\n"
        + "        - SourceSecurityGroupId: !Ref LbSg\n"
        + "          IpProtocol: tcp\n"
        + "          FromPort: 8080\n"
        + "          ToPort: 8080\n"
        + "  Listener:\n"
        + "    Type: AWS::ElasticLoadBalancingV2::Listener\n"
        + "    Properties:\n"
        + "      LoadBalancerArn: !Ref Lb\n"
        + "      Port: 80\n"
        + "      Protocol: HTTP\n"
        + "      DefaultActions:\n"
        + "        - Type: forward\n"
        + "          TargetGroupArn: !Ref Tg\n"
        + "  Tg:\n"
        + "    Type: AWS::ElasticLoadBalancingV2::TargetGroup\n"
        + "    Properties:\n"
        + "      Port: 8080\n"
        + "      Protocol: HTTP\n"
        + "      VpcId: vpc-" + i + "\n"
        + "      HealthCheckPath: !If [IsProd, /health, /]\n"
        + "      HealthCheckTimeoutSeconds: 5\n"
        + "  Alarm:\n"
        + "    Type: AWS::CloudWatch::Alarm\n"
        + "    Properties:\n"
        + "      Namespace: AWS/ApplicationELB\n"
        + "      MetricName: HTTPCode_ELB_5XX_Count\n"
        + "      Dimensions:\n"
        + "        - Name: LoadBalancer\n"
        + "          Value: !GetAtt Lb.LoadBalancerFullName\n"
        + "      Statistic: Sum\n"
        + "      Period: 60\n"
        + "      EvaluationPeriods: 1\n"
        + "      Threshold: 1\n"
        + "      ComparisonOperator: GreaterThanThreshold\n"
        + "Outputs:\n"
        + "  Vpc:\n"
        + "    Value: vpc-" + i + "\n"
        + "    Export:\n"
        + "      Name: stack-" + i + "-vpc\n";
  }

  public static void main(String[] args) throws Exception {
    int[] sizes =
        args.length == 0
            ? new int[] {100, 1000, 10000}
            : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    Path dir = Files.createTempDirectory("gatelint-many");
    System.out.printf("%9s %9s %12s %9s%n", "templates", "ms", "ms/template", "findings");
    double[] perTemplate = new double[sizes.length];
    for (int s = 0; s < sizes.length; s++) {
      int n = sizes[s];
      Path tree = Files.createDirectories(dir.resolve("n" + n));
      for (int i = 0; i < n; i++) {
        Path sub = Files.createDirectories(tree.resolve("s" + (i / 100)));
        Files.writeString(sub.resolve("stack-" + i + ".yaml"), template(i));
      }
      lint(tree); // warm up
      int runs = n >= 10000 ? 3 : 5;
      double[] ms = new double[runs];
      int findings = 0;
      for (int r = 0; r < runs; r++) {
        long t = System.nanoTime();
        findings = lint(tree).findings().size();
        ms[r] = (System.nanoTime() - t) / 1e6;
      }
      Arrays.sort(ms);
      double median = ms[runs / 2];
      perTemplate[s] = median / n;
      System.out.printf("%9d %9.0f %12.3f %9d%n", n, median, perTemplate[s], findings);
    }
    int last = sizes.length - 1;
    boolean flat = last < 1 || perTemplate[last] <= 2 * perTemplate[last - 1];
    System.out.println(
        flat ? "time per template flat" : "time per template grows: a super-linear step");
    System.exit(flat ? 0 : 1);
  }

  static LintResult lint(Path tree) {
    return new Linter().lint(LintRequest.of(tree));
  }
}
