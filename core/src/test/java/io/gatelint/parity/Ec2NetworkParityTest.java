package io.gatelint.parity;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.LintRequest;
import io.gatelint.LintResult;
import io.gatelint.Linter;
import io.gatelint.RepoPaths;
import io.gatelint.finding.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * EC2 targets written as a CloudFormation template and as Terraform (an Auto Scaling group from a
 * launch template, an instance registered by id): the network rules fire with the same ids on the
 * same security groups, whether the targets register through {@code TargetGroupARNs} and
 * {@code Targets} or through {@code aws_autoscaling_attachment} and
 * {@code aws_lb_target_group_attachment}.
 */
class Ec2NetworkParityTest {

  /** CloudFormation logical id → Terraform address of the resources findings name. */
  private static final Map<String, String> TWINS = Map.of(
      "AppSecurityGroup", "aws_security_group.app",
      "AdminSecurityGroup", "aws_security_group.admin",
      "AppTargetGroup", "aws_lb_target_group.app",
      "AdminTargetGroup", "aws_lb_target_group.admin",
      "Lb", "aws_lb.orders");

  @ParameterizedTest(name = "{0} ↔ {1}")
  @CsvSource({
      "ec2-asg-network/bad, ec2-asg-network-terraform/bad",
      "ec2-asg-network/good, ec2-asg-network-terraform/good",
  })
  void sameNetworkFindingsOnTheSameGroups(String cfn, String terraform) {
    List<String> fromTemplate = findings(cfn, true);
    List<String> fromPlan = findings(terraform, false);
    assertThat(fromPlan).containsExactlyInAnyOrderElementsOf(fromTemplate);
    if (cfn.endsWith("/bad")) {
      assertThat(fromPlan).containsExactlyInAnyOrder("GL030 aws_security_group.app", "GL031 aws_security_group.admin");
    } else {
      assertThat(fromPlan).isEmpty();
    }
  }

  private static List<String> findings(String fixture, boolean translate) {
    Path dir = RepoPaths.fixtures().resolve(fixture);
    LintResult result = new Linter().lint(LintRequest.of(dir));
    assertThat(result.errors()).as("rule evaluation errors in " + dir).isEmpty();
    List<String> out = new ArrayList<>();
    for (Finding f : result.active()) {
      String resource = f.resource();
      if (translate) {
        assertThat(TWINS).as("the twin table knows " + resource).containsKey(resource);
        resource = TWINS.get(resource);
      }
      out.add(f.ruleId() + " " + resource);
    }
    return out;
  }
}
