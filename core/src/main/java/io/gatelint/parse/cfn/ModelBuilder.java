package io.gatelint.parse.cfn;

import io.gatelint.model.Alarm;
import io.gatelint.model.AlarmMetric;
import io.gatelint.model.AutoScalingGroup;
import io.gatelint.model.Container;
import io.gatelint.model.EcsLoadBalancer;
import io.gatelint.model.EcsService;
import io.gatelint.model.HealthCheck;
import io.gatelint.model.Ignore;
import io.gatelint.model.Instance;
import io.gatelint.model.LambdaFunction;
import io.gatelint.model.LaunchTemplate;
import io.gatelint.model.Listener;
import io.gatelint.model.ListenerRule;
import io.gatelint.model.LoadBalancer;
import io.gatelint.model.Location;
import io.gatelint.model.Model;
import io.gatelint.model.PortMapping;
import io.gatelint.model.Ref;
import io.gatelint.model.Resource;
import io.gatelint.model.SecurityGroup;
import io.gatelint.model.SecurityGroupRule;
import io.gatelint.model.Target;
import io.gatelint.model.TargetGroup;
import io.gatelint.model.TaskDefinition;
import io.gatelint.model.Value;
import io.gatelint.model.Value.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one resource of a template, under one choice of condition outcomes, into model objects.
 * Settings a template leaves out get the AWS default, with a note that says so; sources are the
 * CloudFormation resource reference and the ELBv2 API reference, as cited in the rule metadata.
 */
final class ModelBuilder {

  private static final String ALB = "ALB default";

  private final Template template;
  private final Resolver resolver;
  private final Model model;
  private final String variant;

  /** the suppressions of the resource being built */
  private List<Ignore> ignores = List.of();

  ModelBuilder(Template template, Resolver resolver, Model model, String variant) {
    this.template = template;
    this.resolver = resolver;
    this.model = model;
    this.variant = variant;
  }

  void build(String id, Node.MapNode resource, Location at) {
    ignores = ignores(resource.get("Metadata"));
    String type = resource.get("Type") instanceof Node.Scalar t ? t.text() : "";
    Node.MapNode props =
        resolver.structural(resource.get("Properties")) instanceof Node.MapNode p
            ? present(p)
            : new Node.MapNode(new LinkedHashMap<>(), at);
    switch (type) {
      case "AWS::ElasticLoadBalancingV2::LoadBalancer" ->
          model.getLoadBalancers().add(loadBalancer(id, type, props, at));
      case "AWS::ElasticLoadBalancingV2::Listener" ->
          model.getListeners().add(listener(id, type, props, at));
      case "AWS::ElasticLoadBalancingV2::ListenerRule" ->
          model.getListenerRules().add(listenerRule(id, type, props, at));
      case "AWS::ElasticLoadBalancingV2::TargetGroup" ->
          model.getTargetGroups().add(targetGroup(id, type, props, at));
      case "AWS::EC2::SecurityGroup" ->
          model.getSecurityGroups().add(securityGroup(id, type, props, at));
      case "AWS::EC2::SecurityGroupIngress" ->
          model.getSecurityGroupRules().add(standaloneRule(id, type, props, at, "ingress"));
      case "AWS::EC2::SecurityGroupEgress" ->
          model.getSecurityGroupRules().add(standaloneRule(id, type, props, at, "egress"));
      case "AWS::CloudWatch::Alarm" -> model.getAlarms().add(alarm(id, type, props, at));
      case "AWS::Lambda::Function", "AWS::Serverless::Function" ->
          model.getLambdaFunctions().add(lambda(id, type, props, at));
      case "AWS::ECS::Service" -> model.getEcsServices().add(ecsService(id, type, props, at));
      case "AWS::ECS::TaskDefinition" ->
          model.getTaskDefinitions().add(taskDefinition(id, type, props, at));
      case "AWS::AutoScaling::AutoScalingGroup" ->
          model.getAutoScalingGroups().add(autoScalingGroup(id, type, props, at));
      case "AWS::EC2::Instance" -> model.getInstances().add(instance(id, type, props, at));
      case "AWS::EC2::LaunchTemplate", "AWS::AutoScaling::LaunchConfiguration" ->
          model.getLaunchTemplates().add(launchTemplate(id, type, props, at));
      default -> {}
    }
  }

  /**
   * The properties without those that are AWS::NoValue in this variant: a removed property takes
   * its default.
   */
  private Node.MapNode present(Node.MapNode p) {
    Map<String, Node.Entry> kept = new LinkedHashMap<>();
    p.entries()
        .forEach(
            (key, e) -> {
              if (!resolver.isAbsent(e.value())) kept.put(key, e);
            });
    return kept.size() == p.entries().size() ? p : new Node.MapNode(kept, p.location());
  }

  private <R extends Resource> R init(R r, String id, String type, Location at) {
    r.setId(id);
    r.setSourceType(type);
    r.setLocation(at);
    r.setScope(template.file());
    r.setVariant(variant);
    r.getIgnores().addAll(ignores);
    return r;
  }

  /**
   * The resource's own suppressions: {@code Metadata: { gatelint: { ignore: [ { rule, reason } ] }
   * }}.
   */
  private static List<Ignore> ignores(Node metadata) {
    List<Ignore> out = new ArrayList<>();
    if (metadata instanceof Node.MapNode m
        && m.get("gatelint") instanceof Node.MapNode g
        && g.get("ignore") instanceof Node.ListNode list) {
      for (Node item : list.items()) {
        if (item instanceof Node.MapNode entry && entry.get("rule") instanceof Node.Scalar rule) {
          String reason = entry.get("reason") instanceof Node.Scalar r ? r.text().strip() : "";
          out.add(new Ignore(rule.text().strip(), reason, entry.location()));
        }
      }
    }
    return out;
  }

  // --- load balancer ------------------------------------------------------------------------

  private LoadBalancer loadBalancer(String id, String type, Node.MapNode p, Location at) {
    LoadBalancer lb = init(new LoadBalancer(), id, type, at);
    lb.setName(text(p, "Name", at));
    lb.setType(textOr(p, "Type", "application", at, "default type application"));
    lb.setScheme(textOr(p, "Scheme", "internet-facing", at, "default scheme"));
    Location attrsAt = keyLocation(p, "LoadBalancerAttributes", at);
    Attributes attrs = keyValues(p.get("LoadBalancerAttributes"), attrsAt);
    lb.setIdleTimeout(
        attr(attrs, "idle_timeout.timeout_seconds", 60, attrsAt, ALB + " idle timeout 60s")
            .in(Unit.SECONDS));
    lb.setClientKeepAlive(
        attr(attrs, "client_keep_alive.seconds", 3600, attrsAt, ALB + " client keep-alive 3600s")
            .in(Unit.SECONDS));
    lb.setAccessLogsEnabled(
        attr(attrs, "access_logs.s3.enabled", false, attrsAt, ALB + ": access logs off"));
    lb.setAccessLogsBucket(
        attrs.known().getOrDefault("access_logs.s3.bucket", Value.unknown(attrsAt, "no bucket")));
    lb.setDropInvalidHeaderFields(
        attr(
            attrs,
            "routing.http.drop_invalid_header_fields.enabled",
            false,
            attrsAt,
            ALB + ": invalid header fields are forwarded"));
    lb.setDesyncMitigationMode(
        attr(attrs, "routing.http.desync_mitigation_mode", "defensive", attrsAt, ALB));
    Node groups = p.get("SecurityGroups");
    if (groups == null) {
      lb.setSecurityGroupsDeclared(
          Value.byDefault(false, at, "no SecurityGroups: the VPC's default security group"));
    } else if (resolver.isList(groups)) {
      lb.setSecurityGroupsDeclared(Value.explicit(true, resolver.structural(groups).location()));
      lb.setSecurityGroups(values(groups));
    } else {
      lb.setSecurityGroupsDeclared(
          Value.unknown(groups.location(), "security groups computed at deploy time"));
      lb.setSecurityGroups(values(groups));
    }
    return lb;
  }

  // --- listeners ----------------------------------------------------------------------------

  private Listener listener(String id, String type, Node.MapNode p, Location at) {
    Listener l = init(new Listener(), id, type, at);
    l.setLoadBalancer(value(p, "LoadBalancerArn", at));
    l.setPort(value(p, "Port", at));
    l.setProtocol(value(p, "Protocol", at));
    l.setForwards(forwards(p.get("DefaultActions")));
    return l;
  }

  private ListenerRule listenerRule(String id, String type, Node.MapNode p, Location at) {
    ListenerRule r = init(new ListenerRule(), id, type, at);
    r.setListener(value(p, "ListenerArn", at));
    r.setPriority(value(p, "Priority", at));
    r.setForwards(forwards(p.get("Actions")));
    return r;
  }

  private List<Value<Object>> forwards(Node actions) {
    List<Value<Object>> out = new ArrayList<>();
    for (Node a : resolver.items(actions)) {
      if (!(resolver.structural(a) instanceof Node.MapNode action)) continue;
      Value<Object> kind = resolver.value(action.get("Type"));
      if (kind != null && kind.isKnown() && !kind.text().equalsIgnoreCase("forward")) continue;
      Value<Object> tg = resolver.value(action.get("TargetGroupArn"));
      if (tg != null) out.add(tg);
      if (resolver.structural(action.get("ForwardConfig")) instanceof Node.MapNode fc) {
        for (Node t : resolver.items(fc.get("TargetGroups"))) {
          if (resolver.structural(t) instanceof Node.MapNode tm) {
            Value<Object> arn = resolver.value(tm.get("TargetGroupArn"));
            if (arn != null) out.add(arn);
          }
        }
      }
    }
    return out;
  }

  // --- target groups ------------------------------------------------------------------------

  private TargetGroup targetGroup(String id, String type, Node.MapNode p, Location at) {
    TargetGroup tg = init(new TargetGroup(), id, type, at);
    tg.setName(text(p, "Name", at));
    Value<Object> targetType =
        valueOr(p, "TargetType", "instance", at, "default target type instance");
    tg.setTargetType(targetType);
    boolean lambda = targetType.isKnown() && targetType.text().equalsIgnoreCase("lambda");
    tg.setProtocol(value(p, "Protocol", at));
    tg.setProtocolVersion(
        valueOr(p, "ProtocolVersion", "HTTP1", at, "default protocol version HTTP1"));
    tg.setPort(value(p, "Port", at));

    HealthCheck hc = new HealthCheck();
    String api = "ELBv2 API default";
    hc.setEnabled(
        valueOr(
            p,
            "HealthCheckEnabled",
            !lambda,
            at,
            api + (lambda ? ": off for Lambda targets" : "")));
    hc.setPath(valueOr(p, "HealthCheckPath", "/", at, api + " path /"));
    hc.setPort(valueOr(p, "HealthCheckPort", "traffic-port", at, api + " port traffic-port"));
    Value<Object> hcProtocol =
        valueOr(p, "HealthCheckProtocol", "HTTP", at, api + " protocol HTTP");
    hc.setProtocol(hcProtocol);
    hc.setInterval(
        valueOr(
                p,
                "HealthCheckIntervalSeconds",
                lambda ? 35 : 30,
                at,
                api + " interval " + (lambda ? 35 : 30) + "s")
            .in(Unit.SECONDS));
    // CreateTargetGroup: the default timeout follows the target group's protocol (HTTP 6 s, HTTPS
    // 10 s),
    // not the health check's; when the protocol is not known the lower default is assumed
    Value<Object> protocol = tg.getProtocol();
    int timeoutDefault =
        lambda ? 30 : protocol.isKnown() && protocol.text().equalsIgnoreCase("HTTPS") ? 10 : 6;
    hc.setTimeout(
        valueOr(
                p,
                "HealthCheckTimeoutSeconds",
                timeoutDefault,
                at,
                api + " timeout " + timeoutDefault + "s")
            .in(Unit.SECONDS));
    hc.setHealthyThreshold(
        valueOr(p, "HealthyThresholdCount", 5, at, api + " healthy threshold 5"));
    hc.setUnhealthyThreshold(
        valueOr(p, "UnhealthyThresholdCount", 2, at, api + " unhealthy threshold 2"));
    Node matcher = resolver.structural(p.get("Matcher"));
    if (matcher instanceof Node.MapNode m) {
      hc.setMatcher(nullToUnknown(resolver.value(m.get("HttpCode")), m.location(), "no HttpCode"));
      hc.setGrpcMatcher(
          nullToUnknown(resolver.value(m.get("GrpcCode")), m.location(), "no GrpcCode"));
    } else if (matcher == null && p.get("Matcher") != null) {
      hc.setMatcher(Value.unknown(p.get("Matcher").location(), "matcher computed at deploy time"));
      hc.setGrpcMatcher(
          Value.unknown(p.get("Matcher").location(), "matcher computed at deploy time"));
    } else {
      hc.setMatcher(Value.byDefault("200", at, api + " matcher 200"));
      hc.setGrpcMatcher(Value.unknown(at, "not set"));
    }
    tg.setHealthCheck(hc);

    Attributes attrs =
        keyValues(p.get("TargetGroupAttributes"), keyLocation(p, "TargetGroupAttributes", at));
    tg.setDeregistrationDelay(
        attr(
                attrs,
                "deregistration_delay.timeout_seconds",
                300,
                at,
                "ELBv2 default deregistration delay 300s")
            .in(Unit.SECONDS));
    Node targets = p.get("Targets");
    if (resolver.isUnknownList(targets))
      tg.getTargets().add(unknownTarget(targets, "targets computed at deploy time"));
    for (Node t : resolver.items(targets)) {
      if (resolver.structural(t) instanceof Node.MapNode tm) {
        Target target = new Target();
        target.setTarget(nullToUnknown(resolver.value(tm.get("Id")), tm.location(), "no Id"));
        // no Port: registered on the target group's port
        target.setPort(resolver.value(tm.get("Port")));
        tg.getTargets().add(target);
      } else if (resolver.isUnknownMap(t)) {
        tg.getTargets().add(unknownTarget(t, "target computed at deploy time"));
      }
    }
    return tg;
  }

  private static Target unknownTarget(Node node, String why) {
    Target target = new Target();
    target.setTarget(Value.unknown(node.location(), why));
    target.setPort(Value.unknown(node.location(), why));
    return target;
  }

  // --- security groups ----------------------------------------------------------------------

  private SecurityGroup securityGroup(String id, String type, Node.MapNode p, Location at) {
    SecurityGroup sg = init(new SecurityGroup(), id, type, at);
    sg.setGroupName(text(p, "GroupName", at));
    sg.setDefaultEgressKept(true);
    Value<Object> self = Value.explicit(new Ref(template.file(), id, Ref.Attribute.ID, "Ref"), at);
    Node ingress = p.get("SecurityGroupIngress");
    if (resolver.isUnknownList(ingress)) {
      sg.getRules()
          .add(
              unknownRule(
                  id + ".ingress",
                  ingress,
                  "ingress",
                  self,
                  "ingress rules computed at deploy time"));
    }
    for (Node r : resolver.items(ingress)) {
      if (resolver.structural(r) instanceof Node.MapNode rm) {
        sg.getRules().add(rule(id + ".ingress", rm, "ingress", self));
      } else if (resolver.isUnknownMap(r)) {
        sg.getRules()
            .add(
                unknownRule(
                    id + ".ingress", r, "ingress", self, "ingress rule computed at deploy time"));
      }
    }
    Node egress = p.get("SecurityGroupEgress");
    if (egress == null) {
      sg.setEgressDeclared(
          Value.byDefault(
              false, at, "no SecurityGroupEgress: AWS keeps its allow-all egress rule"));
    } else if (resolver.isList(egress)) {
      sg.setEgressDeclared(Value.explicit(true, resolver.structural(egress).location()));
      for (Node r : resolver.items(egress)) {
        if (resolver.structural(r) instanceof Node.MapNode rm) {
          sg.getRules().add(rule(id + ".egress", rm, "egress", self));
        } else if (resolver.isUnknownMap(r)) {
          sg.getRules()
              .add(
                  unknownRule(
                      id + ".egress", r, "egress", self, "egress rule computed at deploy time"));
        }
      }
    } else {
      sg.setEgressDeclared(Value.unknown(egress.location(), "egress computed at deploy time"));
    }
    return sg;
  }

  private SecurityGroupRule standaloneRule(
      String id, String type, Node.MapNode p, Location at, String direction) {
    Value<Object> group = resolver.value(p.get("GroupId"));
    if (group == null) group = resolver.value(p.get("GroupName"));
    SecurityGroupRule rule = rule(id, p, direction, nullToUnknown(group, at, "no GroupId"));
    init(rule, id, type, at);
    return rule;
  }

  private SecurityGroupRule rule(String id, Node.MapNode r, String direction, Value<Object> group) {
    SecurityGroupRule rule = new SecurityGroupRule();
    Location at = r.location();
    rule.setId(id);
    rule.setSourceType(
        direction.equals("ingress")
            ? "AWS::EC2::SecurityGroupIngress"
            : "AWS::EC2::SecurityGroupEgress");
    rule.setLocation(at);
    rule.setScope(template.file());
    rule.setVariant(variant);
    rule.setGroup(group);
    rule.setDirection(direction);
    rule.setProtocol(value(r, "IpProtocol", at));
    rule.setFromPort(value(r, "FromPort", at));
    rule.setToPort(value(r, "ToPort", at));
    // A peer the rule does not write stays null (as in Terraform): "not written" must not read as
    // "written but unknown", or a CIDR rule could never be told from one whose source is
    // unresolvable.
    rule.setCidrIpv4(resolver.value(r.get("CidrIp")));
    rule.setCidrIpv6(resolver.value(r.get("CidrIpv6")));
    String peer = direction.equals("ingress") ? "Source" : "Destination";
    rule.setPrefixList(resolver.value(r.get(peer + "PrefixListId")));
    Value<Object> peerGroup = resolver.value(r.get(peer + "SecurityGroupId"));
    if (peerGroup == null && direction.equals("ingress"))
      peerGroup = resolver.value(r.get("SourceSecurityGroupName"));
    rule.setPeerGroup(peerGroup);
    return rule;
  }

  /**
   * A rule that is there but cannot be read: protocol, ports and peer are all unknown, so it may be
   * the one that admits (or lets out) the traffic and nothing is judged missing because of it.
   */
  private SecurityGroupRule unknownRule(
      String id, Node node, String direction, Value<Object> group, String why) {
    SecurityGroupRule rule = new SecurityGroupRule();
    Location at = node.location();
    rule.setId(id);
    rule.setSourceType(
        direction.equals("ingress")
            ? "AWS::EC2::SecurityGroupIngress"
            : "AWS::EC2::SecurityGroupEgress");
    rule.setLocation(at);
    rule.setScope(template.file());
    rule.setVariant(variant);
    rule.setGroup(group);
    rule.setDirection(direction);
    rule.setProtocol(Value.unknown(at, why));
    rule.setFromPort(Value.unknown(at, why));
    rule.setToPort(Value.unknown(at, why));
    rule.setPeerGroup(Value.unknown(at, why));
    return rule;
  }

  // --- alarms -------------------------------------------------------------------------------

  private Alarm alarm(String id, String type, Node.MapNode p, Location at) {
    Alarm a = init(new Alarm(), id, type, at);
    a.setNamespace(value(p, "Namespace", at));
    a.setMetricName(value(p, "MetricName", at));
    a.setStatistic(value(p, "Statistic", at));
    a.setExtendedStatistic(value(p, "ExtendedStatistic", at));
    a.setDimensions(dimensions(p.get("Dimensions")));
    a.setActions(values(p.get("AlarmActions")));
    a.setActionsEnabled(
        valueOr(p, "ActionsEnabled", true, at, "CloudWatch default: actions enabled"));
    if (resolver.isUnknownList(p.get("Metrics"))) {
      // metric math computed at deploy time may watch anything
      AlarmMetric metric = new AlarmMetric();
      Location ml = p.get("Metrics").location();
      metric.setNamespace(Value.unknown(ml, "metrics computed at deploy time"));
      metric.setMetricName(Value.unknown(ml, "metrics computed at deploy time"));
      metric.setExpression(Value.unknown(ml, "metrics computed at deploy time"));
      unknownDimensions(metric.getDimensions(), ml);
      a.getMetrics().add(metric);
    }
    for (Node m : resolver.items(p.get("Metrics"))) {
      if (!(resolver.structural(m) instanceof Node.MapNode mm)) continue;
      AlarmMetric metric = new AlarmMetric();
      metric.setId(mm.get("Id") instanceof Node.Scalar s ? s.text() : "");
      metric.setExpression(value(mm, "Expression", mm.location()));
      if (resolver.structural(mm.get("MetricStat")) instanceof Node.MapNode stat
          && resolver.structural(stat.get("Metric")) instanceof Node.MapNode metricNode) {
        metric.setNamespace(value(metricNode, "Namespace", metricNode.location()));
        metric.setMetricName(value(metricNode, "MetricName", metricNode.location()));
        metric.setDimensions(dimensions(metricNode.get("Dimensions")));
      } else {
        metric.setNamespace(Value.unknown(mm.location(), "no MetricStat"));
        metric.setMetricName(Value.unknown(mm.location(), "no MetricStat"));
      }
      a.getMetrics().add(metric);
    }
    return a;
  }

  private Map<String, Value<Object>> dimensions(Node node) {
    Map<String, Value<Object>> out = new LinkedHashMap<>();
    if (resolver.isUnknownList(node)) {
      // dimensions computed at deploy time may name any load balancer and target group
      unknownDimensions(out, node.location());
      return out;
    }
    for (Node d : resolver.items(node)) {
      if (resolver.structural(d) instanceof Node.MapNode dm) {
        Value<Object> name = resolver.value(dm.get("Name"));
        Value<Object> v = resolver.value(dm.get("Value"));
        if (name != null && name.isKnown()) {
          out.put(name.text(), nullToUnknown(v, dm.location(), "no Value"));
        } else {
          unknownDimensions(out, dm.location());
        }
      } else if (resolver.isUnknownMap(d)) {
        unknownDimensions(out, d.location());
      }
    }
    return out;
  }

  private static void unknownDimensions(Map<String, Value<Object>> out, Location at) {
    out.putIfAbsent("LoadBalancer", Value.unknown(at, "dimension computed at deploy time"));
    out.putIfAbsent("TargetGroup", Value.unknown(at, "dimension computed at deploy time"));
  }

  // --- compute ------------------------------------------------------------------------------

  private LambdaFunction lambda(String id, String type, Node.MapNode p, Location at) {
    LambdaFunction f = init(new LambdaFunction(), id, type, at);
    Node.MapNode globals =
        type.equals("AWS::Serverless::Function") ? template.samFunctionGlobals() : null;
    f.setHandler(withGlobal(p, globals, "Handler", at));
    f.setRuntime(withGlobal(p, globals, "Runtime", at));
    Value<Object> timeout = withGlobal(p, globals, "Timeout", at);
    boolean written =
        p.get("Timeout") != null || (globals != null && globals.get("Timeout") != null);
    Value<Object> lambdaDefault = Value.byDefault(3, at, "Lambda default timeout 3s");
    f.setTimeout((written ? timeout : lambdaDefault).in(Unit.SECONDS));
    Value<Object> code = withGlobal(p, globals, "CodeUri", at);
    f.setCodeLocation(code);
    if (resolver.structural(p.get("Code")) instanceof Node.MapNode c) {
      f.setInlineCode(value(c, "ZipFile", c.location()));
    } else {
      f.setInlineCode(Value.unknown(at, "no inline code"));
    }
    return f;
  }

  private Value<Object> withGlobal(Node.MapNode p, Node.MapNode globals, String key, Location at) {
    if (p.get(key) != null || globals == null) return value(p, key, at);
    return value(globals, key, at);
  }

  private EcsService ecsService(String id, String type, Node.MapNode p, Location at) {
    EcsService s = init(new EcsService(), id, type, at);
    s.setTaskDefinition(value(p, "TaskDefinition", at));
    for (Node lbNode : resolver.items(p.get("LoadBalancers"))) {
      if (!(resolver.structural(lbNode) instanceof Node.MapNode m)) continue;
      EcsLoadBalancer lb = new EcsLoadBalancer();
      lb.setTargetGroup(value(m, "TargetGroupArn", m.location()));
      lb.setContainerName(value(m, "ContainerName", m.location()));
      lb.setContainerPort(value(m, "ContainerPort", m.location()));
      s.getLoadBalancers().add(lb);
    }
    if (resolver.structural(p.get("NetworkConfiguration")) instanceof Node.MapNode nc
        && resolver.structural(nc.get("AwsvpcConfiguration")) instanceof Node.MapNode vpc) {
      s.setSecurityGroups(values(vpc.get("SecurityGroups")));
    }
    s.setHealthCheckGracePeriod(value(p, "HealthCheckGracePeriodSeconds", at).in(Unit.SECONDS));
    return s;
  }

  private TaskDefinition taskDefinition(String id, String type, Node.MapNode p, Location at) {
    TaskDefinition t = init(new TaskDefinition(), id, type, at);
    t.setNetworkMode(valueOr(p, "NetworkMode", "bridge", at, "ECS default network mode bridge"));
    for (Node c : resolver.items(p.get("ContainerDefinitions"))) {
      if (!(resolver.structural(c) instanceof Node.MapNode cm)) continue;
      Container container = new Container();
      container.setName(value(cm, "Name", cm.location()));
      container.setImage(value(cm, "Image", cm.location()));
      for (Node pm : resolver.items(cm.get("PortMappings"))) {
        if (!(resolver.structural(pm) instanceof Node.MapNode pmm)) continue;
        PortMapping mapping = new PortMapping();
        mapping.setContainerPort(value(pmm, "ContainerPort", pmm.location()));
        mapping.setHostPort(value(pmm, "HostPort", pmm.location()));
        container.getPortMappings().add(mapping);
      }
      for (Node e : resolver.items(cm.get("Environment"))) {
        if (resolver.structural(e) instanceof Node.MapNode em) {
          Value<Object> name = resolver.value(em.get("Name"));
          if (name != null && name.isKnown())
            container.getEnvironment().put(name.text(), value(em, "Value", em.location()));
        }
      }
      container.getCommand().addAll(values(cm.get("EntryPoint")));
      container.getCommand().addAll(values(cm.get("Command")));
      t.getContainers().add(container);
    }
    return t;
  }

  private AutoScalingGroup autoScalingGroup(String id, String type, Node.MapNode p, Location at) {
    AutoScalingGroup g = init(new AutoScalingGroup(), id, type, at);
    g.setTargetGroups(values(p.get("TargetGroupARNs")));
    Node spec =
        p.get("LaunchTemplate") != null
            ? p.get("LaunchTemplate")
            : p.get("LaunchTemplateSpecification");
    if (spec == null
        && resolver.structural(p.get("MixedInstancesPolicy")) instanceof Node.MapNode mixed
        && resolver.structural(mixed.get("LaunchTemplate")) instanceof Node.MapNode lt) {
      spec = lt.get("LaunchTemplateSpecification");
    }
    if (spec != null) {
      if (resolver.structural(spec) instanceof Node.MapNode m) {
        Value<Object> named = resolver.value(m.get("LaunchTemplateId"));
        if (named == null) named = resolver.value(m.get("LaunchTemplateName"));
        g.setLaunchTemplate(nullToUnknown(named, m.location(), "no LaunchTemplateId"));
      } else {
        g.setLaunchTemplate(
            Value.unknown(spec.location(), "launch template computed at deploy time"));
      }
    } else if (p.get("LaunchConfigurationName") != null) {
      g.setLaunchTemplate(value(p, "LaunchConfigurationName", at));
    } else if (p.get("InstanceId") != null) {
      g.setLaunchTemplate(
          Value.unknown(
              p.get("InstanceId").location(), "instances configured like an existing instance"));
    }
    return g;
  }

  /** An EC2 instance: SecurityGroupIds, SecurityGroups and its network interfaces' GroupSet. */
  private Instance instance(String id, String type, Node.MapNode p, Location at) {
    Instance i = init(new Instance(), id, type, at);
    i.getSecurityGroups().addAll(values(p.get("SecurityGroupIds")));
    i.getSecurityGroups().addAll(values(p.get("SecurityGroups")));
    i.getSecurityGroups().addAll(interfaceGroups(p.get("NetworkInterfaces"), "GroupSet"));
    if (p.get("LaunchTemplate") != null && i.getSecurityGroups().isEmpty()) {
      i.getSecurityGroups()
          .add(Value.unknown(p.get("LaunchTemplate").location(), "groups from a launch template"));
    }
    return i;
  }

  /**
   * A launch template ({@code LaunchTemplateData.SecurityGroupIds}, {@code SecurityGroups}, {@code
   * NetworkInterfaces[].Groups}) or launch configuration ({@code SecurityGroups}).
   */
  private LaunchTemplate launchTemplate(String id, String type, Node.MapNode p, Location at) {
    LaunchTemplate t = init(new LaunchTemplate(), id, type, at);
    if (type.equals("AWS::AutoScaling::LaunchConfiguration")) {
      t.getSecurityGroups().addAll(values(p.get("SecurityGroups")));
      return t;
    }
    Node data = p.get("LaunchTemplateData");
    if (resolver.structural(data) instanceof Node.MapNode d) {
      t.getSecurityGroups().addAll(values(d.get("SecurityGroupIds")));
      t.getSecurityGroups().addAll(values(d.get("SecurityGroups")));
      t.getSecurityGroups().addAll(interfaceGroups(d.get("NetworkInterfaces"), "Groups"));
    } else if (data != null) {
      t.getSecurityGroups()
          .add(Value.unknown(data.location(), "launch template data computed at deploy time"));
    }
    return t;
  }

  /**
   * The groups of a list of network interfaces; an unknown value when the list or an item cannot be
   * read.
   */
  private List<Value<Object>> interfaceGroups(Node interfaces, String key) {
    List<Value<Object>> out = new ArrayList<>();
    if (interfaces == null) return out;
    if (resolver.isUnknownList(interfaces))
      out.add(Value.unknown(interfaces.location(), "network interfaces computed at deploy time"));
    for (Node item : resolver.items(interfaces)) {
      if (resolver.structural(item) instanceof Node.MapNode ni) {
        out.addAll(values(ni.get(key)));
      } else if (resolver.isUnknownMap(item)) {
        out.add(Value.unknown(item.location(), "network interface computed at deploy time"));
      }
    }
    return out;
  }

  // --- value helpers ------------------------------------------------------------------------

  /**
   * Where a property's key is written (where a missing setting would be added), else the fallback.
   */
  private static Location keyLocation(Node.MapNode p, String key, Location fallback) {
    Node.Entry e = p.entries().get(key);
    return e != null ? e.keyLocation() : fallback;
  }

  /** A property's value; unknown (with the resource's location) when the property is absent. */
  private Value<Object> value(Node.MapNode p, String key, Location at) {
    return nullToUnknown(
        resolver.value(p.get(key)),
        p.get(key) != null ? p.get(key).location() : at,
        key + " is not set");
  }

  @SuppressWarnings("unchecked")
  private Value<String> text(Node.MapNode p, String key, Location at) {
    Value<Object> v = value(p, key, at);
    return (Value<String>) (Value<?>) (v.isKnown() ? Value.of(v.text(), v.origin()) : v);
  }

  @SuppressWarnings("unchecked")
  private Value<String> textOr(
      Node.MapNode p, String key, String fallback, Location at, String note) {
    Value<Object> v = valueOr(p, key, fallback, at, note);
    return (Value<String>) (Value<?>) (v.isKnown() ? Value.of(v.text(), v.origin()) : v);
  }

  /** A property's value, or the platform default when the property is absent (not when unknown). */
  private Value<Object> valueOr(
      Node.MapNode p, String key, Object fallback, Location at, String note) {
    Node n = p.get(key);
    Value<Object> v = resolver.value(n);
    if (v != null) return v;
    return Value.byDefault(fallback, at, note);
  }

  private static Value<Object> nullToUnknown(Value<Object> v, Location at, String why) {
    return v != null ? v : Value.unknown(at, why);
  }

  private List<Value<Object>> values(Node node) {
    List<Value<Object>> out = new ArrayList<>();
    if (node == null) return out;
    if (!resolver.isList(node)) {
      // a list parameter, an import, a branch not expanded: what the list holds is not known here
      if (resolver.isUnknownList(node))
        out.add(Value.unknown(node.location(), "list computed at deploy time"));
      return out;
    }
    for (Node item : resolver.items(node)) {
      Value<Object> v = resolver.value(item);
      if (v != null) out.add(v);
    }
    return out;
  }

  /**
   * An attribute list read under one variant: the attributes found by key, and why the others are
   * not known to take their defaults (null when the list is fully readable).
   */
  private record Attributes(Map<String, Value<Object>> known, String unreadable, Location at) {}

  /**
   * {@code [{Key: k, Value: v}, …]} attribute lists (load balancer and target group attributes).
   * When the list or any item's key cannot be resolved, an attribute not found may be the one set,
   * so it is unknown rather than its default.
   */
  private Attributes keyValues(Node node, Location at) {
    Map<String, Value<Object>> out = new LinkedHashMap<>();
    String unreadable = null;
    if (resolver.isUnknownList(node)) {
      unreadable = "attributes computed at deploy time";
      at = node.location();
    }
    for (Node item : resolver.items(node)) {
      if (resolver.structural(item) instanceof Node.MapNode m) {
        Node keyNode = m.get("Key");
        Value<Object> key = resolver.value(keyNode);
        Value<Object> v = resolver.value(m.get("Value"));
        if (key != null && key.isKnown() && !key.isRef()) {
          if (v != null) out.put(key.text().toLowerCase(Locale.ROOT), v);
        } else if (key != null && unreadable == null) {
          unreadable = "an attribute's Key is known only at deploy time";
          at = keyNode.location();
        }
      } else if (resolver.isUnknownMap(item) && unreadable == null) {
        unreadable = "an attribute computed at deploy time";
        at = item.location();
      }
    }
    return new Attributes(out, unreadable, at);
  }

  private static Value<Object> attr(
      Attributes attrs, String key, Object fallback, Location at, String note) {
    Value<Object> v = attrs.known().get(key);
    if (v != null) return v;
    if (attrs.unreadable() != null) return Value.unknown(attrs.at(), attrs.unreadable());
    return Value.byDefault(fallback, at, note);
  }
}
