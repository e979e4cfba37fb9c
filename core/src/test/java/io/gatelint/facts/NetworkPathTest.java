/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.model.Container;
import io.gatelint.model.EcsLoadBalancer;
import io.gatelint.model.EcsService;
import io.gatelint.model.Listener;
import io.gatelint.model.LoadBalancer;
import io.gatelint.model.Location;
import io.gatelint.model.Model;
import io.gatelint.model.PortMapping;
import io.gatelint.model.Ref;
import io.gatelint.model.Resource;
import io.gatelint.model.SecurityGroup;
import io.gatelint.model.SecurityGroupRule;
import io.gatelint.model.TargetGroup;
import io.gatelint.model.TaskDefinition;
import io.gatelint.model.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The security-group evaluation between load balancers and their targets (rules GL030–GL032 read
 * it).
 */
class NetworkPathTest {

  // --- the fixtures -------------------------------------------------------------------------

  @Test
  void goodFixtureAdmitsTheLoadBalancerByReferenceOnTrafficAndHealthCheckPorts() {
    Model model = FixtureModels.fixture("network-alarms/good");

    assertThat(FixtureModels.facts(model).getNetworkPaths())
        .extracting(NetworkPath::toString)
        .containsExactly(
            "ApiLoadBalancer -> ApiTargetGroup (ECS service ApiService) traffic port 8080: ingress reference, egress allowed",
            "ApiLoadBalancer -> ApiTargetGroup (ECS service ApiService) health-check port 8081: ingress reference, egress allowed",
            // a standalone AWS::EC2::SecurityGroupIngress, protocol -1; the literal sg-… group
            // beside it is unknown
            "ApiLoadBalancer -> AdminTargetGroup (ECS service AdminService) traffic port 9090: ingress reference, egress allowed");
  }

  @Test
  void badFixtureAdmitsByCidrOnTheTrafficPortNothingOnTheHealthCheckPortAndBlocksEgress() {
    Model model = FixtureModels.fixture("network-alarms/bad");

    assertThat(FixtureModels.facts(model).getNetworkPaths())
        .extracting(NetworkPath::toString)
        .containsExactly(
            "ApiLoadBalancer -> ApiTargetGroup (ECS service ApiService) traffic port 8080: ingress cidr, egress blocked",
            "ApiLoadBalancer -> ApiTargetGroup (ECS service ApiService) health-check port 8081: ingress none, egress blocked",
            // no security groups on the load balancer (the VPC default) and targets registered by
            // id: unknown
            "InternalLoadBalancer -> InternalTargetGroup (the targets of InternalTargetGroup) traffic port 8080: ingress unknown, egress unknown");
    NetworkPath traffic = FixtureModels.facts(model).getNetworkPaths().get(0);
    assertThat(traffic.getCidrRulePeer()).isEqualTo("10.0.0.0/16");
    assertThat(traffic.getIngressAt().line()).isEqualTo(76);
    assertThat(traffic.getEgressAt().line()).isEqualTo(30);
    assertThat(traffic.getTargetSecurityGroupNames()).isEqualTo("ServiceSecurityGroup");
    assertThat(traffic.getLoadBalancerSecurityGroupNames()).isEqualTo("LoadBalancerSecurityGroup");
    assertThat(FixtureModels.facts(model).getNetworkPaths().get(1).getIngressAt().line())
        .isEqualTo(70);
  }

  @Test
  void terraformPlansGetTheSameAnswersFromStandaloneRulesAndTheRemovedDefaultEgress() {
    assertThat(FixtureModels.facts(FixtureModels.plan("sg-terraform-style/good")).getNetworkPaths())
        .extracting(NetworkPath::toString)
        .containsExactly(
            "aws_lb.api -> aws_lb_target_group.api (ECS service aws_ecs_service.api) traffic port 8080: ingress reference, egress allowed",
            "aws_lb.api -> aws_lb_target_group.api (ECS service aws_ecs_service.api) health-check port 8081: ingress reference, egress allowed");
    assertThat(FixtureModels.facts(FixtureModels.plan("sg-terraform-style/bad")).getNetworkPaths())
        .extracting(NetworkPath::toString)
        .containsExactly(
            "aws_lb.api -> aws_lb_target_group.api (ECS service aws_ecs_service.api) traffic port 8080: ingress reference, egress blocked",
            "aws_lb.api -> aws_lb_target_group.api (ECS service aws_ecs_service.api) health-check port 8081: ingress cidr, egress blocked");
  }

  // --- EC2 instances and Auto Scaling groups -------------------------------------------------

  @Test
  void instanceAndAutoScalingTargetsTakeTheGroupsOfTheInstanceAndOfTheLaunchTemplate() {
    assertThat(FixtureModels.facts(FixtureModels.fixture("ec2-asg-network/good")).getNetworkPaths())
        .extracting(NetworkPath::toString)
        .containsExactly(
            "Lb -> AppTargetGroup (Auto Scaling group AppGroup) traffic port 8080: ingress reference, egress allowed",
            // registered with Port 9090 on a target group of port 80: the registration's port
            "Lb -> AdminTargetGroup (EC2 instance AdminInstance) traffic port 9090: ingress reference, egress allowed");
    Model bad = FixtureModels.fixture("ec2-asg-network/bad");
    assertThat(FixtureModels.facts(bad).getNetworkPaths())
        .extracting(NetworkPath::toString)
        .containsExactly(
            "Lb -> AppTargetGroup (Auto Scaling group AppGroup) traffic port 8080: ingress cidr, egress allowed",
            "Lb -> AdminTargetGroup (EC2 instance AdminInstance) traffic port 9090: ingress none, egress allowed");
    assertThat(FixtureModels.facts(bad).getNetworkPaths().get(0).getCidrRulePeer())
        .isEqualTo("10.0.0.0/16");
    assertThat(FixtureModels.facts(bad).getNetworkPaths().get(0).getTargetSecurityGroupNames())
        .isEqualTo("AppSecurityGroup");
    assertThat(FixtureModels.facts(bad).getNetworkPaths().get(1).getTargetSecurityGroupNames())
        .isEqualTo("AdminSecurityGroup");
  }

  @Test
  void terraformInstanceAttachmentsAndAutoScalingAttachmentsGetTheSameAnswers() {
    assertThat(
            FixtureModels.facts(FixtureModels.plan("ec2-asg-network-terraform/good/infra"))
                .getNetworkPaths())
        .extracting(NetworkPath::toString)
        .containsExactly(
            "aws_lb.orders -> aws_lb_target_group.app (Auto Scaling group aws_autoscaling_group.app) traffic port 8080: ingress reference, egress allowed",
            "aws_lb.orders -> aws_lb_target_group.admin (EC2 instance aws_instance.admin) traffic port 9090: ingress reference, egress allowed");
    Model bad = FixtureModels.plan("ec2-asg-network-terraform/bad/infra");
    assertThat(FixtureModels.facts(bad).getNetworkPaths())
        .extracting(NetworkPath::toString)
        .containsExactly(
            "aws_lb.orders -> aws_lb_target_group.app (Auto Scaling group aws_autoscaling_group.app) traffic port 8080: ingress cidr, egress allowed",
            "aws_lb.orders -> aws_lb_target_group.admin (EC2 instance aws_instance.admin) traffic port 9090: ingress none, egress allowed");
    assertThat(FixtureModels.facts(bad).getNetworkPaths().get(0).getTargetSecurityGroupNames())
        .isEqualTo("aws_security_group.app");
    assertThat(FixtureModels.facts(bad).getNetworkPaths().get(1).getTargetSecurityGroupNames())
        .isEqualTo("aws_security_group.admin");
  }

  @Test
  void theEc2NginxStacksAdmitTheLoadBalancerByReferenceOnBothPorts() {
    assertThat(FixtureModels.facts(FixtureModels.fixture("ec2-nginx/bad")).getNetworkPaths())
        .extracting(NetworkPath::toString)
        .containsExactly(
            "Lb -> ReportsTargetGroup (Auto Scaling group ReportsGroup) traffic port 80: ingress reference, egress allowed",
            "Lb -> ReportsTargetGroup (Auto Scaling group ReportsGroup) health-check port 8081: ingress reference, egress allowed");
    assertThat(
            FixtureModels.facts(FixtureModels.plan("ec2-nginx-terraform/bad/infra"))
                .getNetworkPaths())
        .extracting(NetworkPath::toString)
        .containsExactly(
            "aws_lb.reports -> aws_lb_target_group.reports (Auto Scaling group aws_autoscaling_group.reports) traffic port 80: ingress reference, egress allowed",
            "aws_lb.reports -> aws_lb_target_group.reports (Auto Scaling group aws_autoscaling_group.reports) health-check port 8081: ingress reference, egress allowed");
  }

  @Test
  void terraformLaunchConfigurationsMixedPoliciesTemplatesByNameAndInstancesOnTheTargetGroupPort()
      throws Exception {
    java.nio.file.Path root =
        java.nio.file.Path.of(NetworkPathTest.class.getResource("/tfplan/ec2-targets").toURI());
    Model model = new Model();
    new io.gatelint.parse.tfplan.TerraformPlanParser()
        .parse(
            List.of(
                new io.gatelint.source.SourceFile(
                    root.resolve("plan.json"),
                    "plan.json",
                    io.gatelint.source.SourceKind.TERRAFORM_PLAN)),
            io.gatelint.parse.ParseContext.of(root),
            model);

    assertThat(FixtureModels.facts(model).getNetworkPaths())
        .extracting(NetworkPath::toString)
        .containsExactly(
            "aws_lb.web -> aws_lb_target_group.web (Auto Scaling group aws_autoscaling_group.by_configuration) traffic port 8080: ingress reference, egress allowed",
            "aws_lb.web -> aws_lb_target_group.web (Auto Scaling group aws_autoscaling_group.by_name) traffic port 8080: ingress reference, egress allowed",
            "aws_lb.web -> aws_lb_target_group.web (Auto Scaling group aws_autoscaling_group.mixed) traffic port 8080: ingress none, egress allowed",
            // no port on the attachment: the target group's; the literal instance id adds no path
            "aws_lb.web -> aws_lb_target_group.web (EC2 instance aws_instance.closed) traffic port 8080: ingress none, egress allowed");
  }

  private static final String EC2_STACK =
      """
      AWSTemplateFormatVersion: "2010-09-09"
      Conditions:
        IsProd: !Equals [!Ref "AWS::Region", eu-west-1]
      Resources:
        LbGroup:
          Type: AWS::EC2::SecurityGroup
          Properties:
            GroupDescription: lb
        AppGroup:
          Type: AWS::EC2::SecurityGroup
          Properties:
            GroupDescription: app
            SecurityGroupIngress:
              - {IpProtocol: tcp, FromPort: 8080, ToPort: 8080, SourceSecurityGroupId: !Ref LbGroup}
        ClosedGroup:
          Type: AWS::EC2::SecurityGroup
          Properties:
            GroupDescription: nothing from the load balancer
        Lb:
          Type: AWS::ElasticLoadBalancingV2::LoadBalancer
          Properties:
            SecurityGroups: [!Ref LbGroup]
        Listener:
          Type: AWS::ElasticLoadBalancingV2::Listener
          Properties:
            LoadBalancerArn: !Ref Lb
            DefaultActions:
              - {Type: forward, TargetGroupArn: !Ref Tg}
        Tg:
          Type: AWS::ElasticLoadBalancingV2::TargetGroup
          Properties:
            Port: 8080
            Protocol: HTTP
            Targets:
              - Id: !Ref Interfaces
              - Id: i-0123456789abcdef0
        Interfaces:
          Type: AWS::EC2::Instance
          Properties:
            NetworkInterfaces:
              - DeviceIndex: "0"
                GroupSet: [!Ref ClosedGroup]
        Configured:
          Type: AWS::AutoScaling::LaunchConfiguration
          Properties:
            SecurityGroups: [!Ref AppGroup]
        ByConfiguration:
          Type: AWS::AutoScaling::AutoScalingGroup
          Properties:
            LaunchConfigurationName: !Ref Configured
            TargetGroupARNs: [!Ref Tg]
        Template:
          Type: AWS::EC2::LaunchTemplate
          Properties:
            LaunchTemplateData:
              NetworkInterfaces:
                - DeviceIndex: 0
                  Groups: [!Ref ClosedGroup]
        Mixed:
          Type: AWS::AutoScaling::AutoScalingGroup
          Properties:
            MixedInstancesPolicy:
              LaunchTemplate:
                LaunchTemplateSpecification:
                  LaunchTemplateId: !Ref Template
            TargetGroupARNs: [!Ref Tg]
        Elsewhere:
          Type: AWS::AutoScaling::AutoScalingGroup
          Properties:
            LaunchTemplate:
              LaunchTemplateId: lt-0123456789abcdef0
            TargetGroupARNs: [!Ref Tg]
        PerCondition:
          Type: AWS::EC2::LaunchTemplate
          Properties:
            LaunchTemplateData:
              SecurityGroupIds: [!If [IsProd, !Ref AppGroup, !Ref ClosedGroup]]
        Conditional:
          Type: AWS::AutoScaling::AutoScalingGroup
          Properties:
            LaunchTemplate:
              LaunchTemplateId: !Ref PerCondition
            TargetGroupARNs: [!Ref Tg]
      """;

  @Test
  void launchConfigurationsMixedPoliciesAndNetworkInterfacesAreReadAndWhatCannotBeResolvedIsUnknown(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    Model model = FixtureModels.template(dir, EC2_STACK);

    assertThat(FixtureModels.facts(model).getNetworkPaths())
        .extracting(NetworkPath::toString)
        .containsExactly(
            "Lb -> Tg (Auto Scaling group ByConfiguration) traffic port 8080: ingress reference, egress allowed",
            "Lb -> Tg (Auto Scaling group Mixed) traffic port 8080: ingress none, egress allowed",
            // a launch template not in the template: unknown
            "Lb -> Tg (Auto Scaling group Elsewhere) traffic port 8080: ingress unknown, egress allowed",
            // the template's groups differ by condition: unknown, not one answer per branch
            "Lb -> Tg (Auto Scaling group Conditional) traffic port 8080: ingress unknown, egress allowed",
            // the literal instance id beside it is not in the model and adds no path
            "Lb -> Tg (EC2 instance Interfaces) traffic port 8080: ingress none, egress allowed");
  }

  // --- ingress --------------------------------------------------------------------------------

  @Test
  void aLiteralGroupIdAsPeerIsUnknownNotMissing() {
    Stack s = new Stack(false);
    s.ingress(
        s.target, "tcp", 8080, 8080, rule -> rule.setPeerGroup(Value.explicit("sg-0abc", s.at)));

    assertThat(s.only().getAdmission()).isEqualTo(Admission.UNKNOWN);
  }

  @Test
  void aReferenceToAnotherGroupDoesNotAdmitTheLoadBalancer() {
    Stack s = new Stack(false);
    SecurityGroup bastion = s.group("Bastion");
    s.ingress(s.target, "tcp", 8080, 8080, rule -> rule.setPeerGroup(s.ref(bastion)));

    assertThat(s.only().getAdmission()).isEqualTo(Admission.NONE);
  }

  @Test
  void aPortRangeAndAllProtocolsAdmit() {
    Stack s = new Stack(false);
    s.ingress(s.target, "tcp", 8000, 8999, rule -> rule.setPeerGroup(s.ref(s.lbGroup)));
    assertThat(s.only().getAdmission()).isEqualTo(Admission.REFERENCE);

    Stack all = new Stack(false);
    all.ingress(all.target, "all", 0, 0, rule -> rule.setPeerGroup(all.ref(all.lbGroup)));
    assertThat(all.only().getAdmission()).isEqualTo(Admission.REFERENCE);
  }

  @Test
  void udpAndOtherPortsDoNotAdmit() {
    Stack s = new Stack(false);
    s.ingress(s.target, "udp", 8080, 8080, rule -> rule.setPeerGroup(s.ref(s.lbGroup)));
    s.ingress(s.target, "tcp", 443, 443, rule -> rule.setPeerGroup(s.ref(s.lbGroup)));

    assertThat(s.only().getAdmission()).isEqualTo(Admission.NONE);
  }

  @Test
  void aPrefixListOrIpv6CidrAdmitsByCidrAndAnUnknownPortMakesItUnknown() {
    Stack s = new Stack(false);
    s.ingress(
        s.target, "tcp", 8080, 8080, rule -> rule.setPrefixList(Value.explicit("pl-123", s.at)));
    assertThat(s.only().getAdmission()).isEqualTo(Admission.CIDR);

    s.ingress(
        s.target,
        "tcp",
        -1,
        -1,
        rule -> {
          rule.setPeerGroup(s.ref(s.lbGroup));
          rule.setFromPort(Value.unknown(s.at, "known after apply"));
        });
    assertThat(s.only().getAdmission()).isEqualTo(Admission.UNKNOWN);
  }

  @Test
  void selfAdmitsWhenTheLoadBalancerSharesTheGroup() {
    Stack s = new Stack(false);
    s.service.getSecurityGroups().add(s.ref(s.lbGroup));
    s.ingress(s.lbGroup, "tcp", 8080, 8080, rule -> rule.setSelf(true));

    assertThat(s.only().getAdmission()).isEqualTo(Admission.REFERENCE);
  }

  @Test
  void targetsWithoutGroupsAreUnknown() {
    Stack s = new Stack(false);
    s.service.getSecurityGroups().clear(); // awsvpc without groups: the VPC's default group
    TaskDefinition td = s.init(new TaskDefinition(), "Task");
    td.setNetworkMode(Value.explicit("awsvpc", s.at));
    s.model.getTaskDefinitions().add(td);
    s.service.setTaskDefinition(s.ref(td));

    assertThat(s.only().getAdmission()).isEqualTo(Admission.UNKNOWN);
  }

  @Test
  void lambdaTargetsAreSkipped() {
    Stack s = new Stack(false);
    s.tg.setTargetType(Value.explicit("lambda", s.at));

    assertThat(FixtureModels.facts(s.model).getNetworkPaths()).isEmpty();
  }

  @Test
  void bridgeModeTasksUseTheHostPortAndADynamicOneIsNotChecked() {
    Stack s = new Stack(false);
    s.service.getSecurityGroups().clear();
    s.lbGroup.setEgressDeclared(Value.explicit(true, s.at));
    SecurityGroupRule ephemeral = s.rule("egress", "tcp", 32768, 65535);
    ephemeral.setCidrIpv4(Value.explicit("10.0.0.0/16", s.at));
    s.lbGroup.getRules().add(ephemeral);
    TaskDefinition td = s.init(new TaskDefinition(), "Task");
    td.setNetworkMode(Value.explicit("bridge", s.at));
    Container container = new Container();
    container.setName(Value.explicit("api", s.at));
    PortMapping mapping = new PortMapping();
    mapping.setContainerPort(Value.explicit(8080, s.at));
    mapping.setHostPort(Value.explicit(0, s.at));
    container.getPortMappings().add(mapping);
    td.getContainers().add(container);
    s.model.getTaskDefinitions().add(td);
    s.service.setTaskDefinition(s.ref(td));
    s.service.getLoadBalancers().get(0).setContainerName(Value.explicit("api", s.at));
    assertThat(FixtureModels.facts(s.model).getNetworkPaths())
        .as("dynamic host port: unknown, no path")
        .isEmpty();

    mapping.setHostPort(Value.explicit(80, s.at));
    assertThat(s.only().toString())
        .isEqualTo(
            "Lb -> Tg (ECS service Service) traffic port 80: ingress unknown, egress blocked");
  }

  // --- egress ---------------------------------------------------------------------------------

  @Test
  void terraformGroupWithoutEgressBlocksUntilAStandaloneEgressRuleAllows() {
    Stack s = new Stack(true);
    assertThat(s.only().getLoadBalancerEgress()).isEqualTo("blocked");

    // a second model: the first is frozen once its facts are built
    Stack t = new Stack(true);
    SecurityGroupRule standalone = t.rule("egress", "-1", 0, 0);
    standalone.setGroup(t.ref(t.lbGroup));
    standalone.setCidrIpv4(Value.explicit("0.0.0.0/0", t.at));
    t.model.getSecurityGroupRules().add(standalone);
    assertThat(t.only().getLoadBalancerEgress()).isEqualTo("allowed");
  }

  @Test
  void terraformGroupWhoseEgressIsUnknownRaisesNothing() {
    Stack s = new Stack(true);
    s.lbGroup.setEgressDeclared(Value.unknown(s.at, "known after apply"));

    assertThat(s.only().getLoadBalancerEgress()).isEqualTo("unknown");
  }

  @Test
  void cloudFormationGroupWithoutEgressKeepsAllowAllAndExplicitEgressIsRead() {
    Stack s = new Stack(false);
    assertThat(s.only().getLoadBalancerEgress()).isEqualTo("allowed");

    s.lbGroup.setEgressDeclared(Value.explicit(true, s.at));
    SecurityGroupRule https = s.rule("egress", "tcp", 443, 443);
    https.setCidrIpv4(Value.explicit("0.0.0.0/0", s.at));
    s.lbGroup.getRules().add(https);
    assertThat(s.only().getLoadBalancerEgress()).isEqualTo("blocked");

    SecurityGroupRule toTasks = s.rule("egress", "6", 8080, 8080);
    toTasks.setPeerGroup(s.ref(s.target));
    s.lbGroup.getRules().add(toTasks);
    assertThat(s.only().getLoadBalancerEgress()).isEqualTo("allowed");
  }

  // --- a small model, built by hand ----------------------------------------------------------

  /**
   * A load balancer with one group, a listener, a target group on 8080 and an ECS service with one
   * group.
   */
  private static final class Stack {
    final Model model = new Model();
    final Location at = Location.of("stack.yaml", 1, 1);
    final LoadBalancer lb = init(new LoadBalancer(), "Lb");
    final SecurityGroup lbGroup;
    final SecurityGroup target;
    final TargetGroup tg = init(new TargetGroup(), "Tg");
    final EcsService service = init(new EcsService(), "Service");

    Stack(boolean terraform) {
      lbGroup = group("LbGroup");
      target = group("TaskGroup");
      for (SecurityGroup g : List.of(lbGroup, target)) {
        g.setDefaultEgressKept(!terraform);
        g.setEgressDeclared(Value.explicit(false, at));
      }
      lb.getSecurityGroups().add(ref(lbGroup));
      model.getLoadBalancers().add(lb);
      Listener listener = init(new Listener(), "Listener");
      listener.setLoadBalancer(ref(lb));
      listener.getForwards().add(ref(tg));
      model.getListeners().add(listener);
      tg.setPort(Value.explicit(8080, at));
      tg.setTargetType(Value.explicit("ip", at));
      model.getTargetGroups().add(tg);
      EcsLoadBalancer registration = new EcsLoadBalancer();
      registration.setTargetGroup(ref(tg));
      registration.setContainerPort(Value.explicit(8080, at));
      service.getLoadBalancers().add(registration);
      service.getSecurityGroups().add(ref(target));
      model.getEcsServices().add(service);
    }

    SecurityGroup group(String id) {
      SecurityGroup g = init(new SecurityGroup(), id);
      g.setEgressDeclared(Value.explicit(false, at));
      model.getSecurityGroups().add(g);
      return g;
    }

    SecurityGroupRule rule(String direction, String protocol, int from, int to) {
      SecurityGroupRule r = init(new SecurityGroupRule(), "Rule");
      r.setDirection(direction);
      r.setProtocol(Value.explicit(protocol, at));
      r.setFromPort(Value.explicit(from, at));
      r.setToPort(Value.explicit(to, at));
      return r;
    }

    void ingress(
        SecurityGroup owner,
        String protocol,
        int from,
        int to,
        java.util.function.Consumer<SecurityGroupRule> peer) {
      SecurityGroupRule r = rule("ingress", protocol, from, to);
      r.setGroup(ref(owner));
      peer.accept(r);
      owner.getRules().add(r);
    }

    Value<Object> ref(Resource r) {
      return Value.explicit(new Ref("stack.yaml", r.getId(), Ref.Attribute.ID, "Ref"), at);
    }

    NetworkPath only() {
      List<NetworkPath> paths = new ArrayList<>(FixtureModels.facts(model).getNetworkPaths());
      assertThat(paths).hasSize(1);
      return paths.get(0);
    }

    <R extends Resource> R init(R r, String id) {
      r.setId(id);
      r.setScope("stack.yaml");
      r.setLocation(at);
      return r;
    }
  }
}
