package io.gatelint.parse.tfplan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatelint.model.Alarm;
import io.gatelint.model.AlarmMetric;
import io.gatelint.model.AutoScalingGroup;
import io.gatelint.model.Container;
import io.gatelint.model.EcsLoadBalancer;
import io.gatelint.model.EcsService;
import io.gatelint.model.HealthCheck;
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
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Maps the resources of one plan onto the model, Terraform provider defaults applied. */
final class PlanModelBuilder {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String scope;
  private final Model model;
  private final List<TargetGroup> targetGroups = new ArrayList<>();
  private final List<ResourceView> attachments = new ArrayList<>();
  private final List<ResourceView> asgAttachments = new ArrayList<>();
  private final List<AutoScalingGroup> autoScalingGroups = new ArrayList<>();

  PlanModelBuilder(String scope, Model model) {
    this.scope = scope;
    this.model = model;
  }

  void add(ResourceView view) {
    switch (view.type()) {
      case "aws_lb", "aws_alb" -> model.getLoadBalancers().add(loadBalancer(view));
      case "aws_lb_listener", "aws_alb_listener" -> model.getListeners().add(listener(view));
      case "aws_lb_listener_rule", "aws_alb_listener_rule" ->
          model.getListenerRules().add(listenerRule(view));
      case "aws_lb_target_group", "aws_alb_target_group" -> {
        TargetGroup tg = targetGroup(view);
        targetGroups.add(tg);
        model.getTargetGroups().add(tg);
      }
      case "aws_lb_target_group_attachment", "aws_alb_target_group_attachment" ->
          attachments.add(view);
      case "aws_security_group" -> model.getSecurityGroups().add(securityGroup(view));
      case "aws_security_group_rule",
          "aws_vpc_security_group_ingress_rule",
          "aws_vpc_security_group_egress_rule" ->
          model.getSecurityGroupRules().addAll(standaloneRules(view));
      case "aws_cloudwatch_metric_alarm" -> model.getAlarms().add(alarm(view));
      case "aws_lambda_function" -> model.getLambdaFunctions().add(lambda(view));
      case "aws_ecs_service" -> model.getEcsServices().add(ecsService(view));
      case "aws_ecs_task_definition" -> model.getTaskDefinitions().add(taskDefinition(view));
      case "aws_autoscaling_group" -> {
        AutoScalingGroup asg = autoScalingGroup(view);
        autoScalingGroups.add(asg);
        model.getAutoScalingGroups().add(asg);
      }
      case "aws_autoscaling_attachment" -> asgAttachments.add(view);
      case "aws_instance" -> model.getInstances().add(instance(view));
      case "aws_launch_template", "aws_launch_configuration" ->
          model.getLaunchTemplates().add(launchTemplate(view));
      default -> {}
    }
  }

  /** Adds attachments to the target groups they name, once every resource of the plan is read. */
  void finish() {
    for (ResourceView view : attachments) {
      Value<Object> group = view.link("target_group_arn");
      if (group == null || !group.isRef()) continue;
      Ref ref = group.ref();
      for (TargetGroup tg : targetGroups) {
        if (!tg.getId().equals(ref.target())) continue;
        Target target = new Target();
        target.setTarget(view.link("target_id"));
        target.setPort(view.value("port"));
        tg.getTargets().add(target);
      }
    }
    for (ResourceView view : asgAttachments) {
      Value<Object> asgName = view.link("autoscaling_group_name");
      Value<Object> group = view.link("lb_target_group_arn");
      if (group == null) group = view.link("alb_target_group_arn");
      if (asgName == null || !asgName.isRef() || group == null) continue;
      for (AutoScalingGroup asg : autoScalingGroups) {
        if (asg.getId().equals(asgName.ref().target())) asg.getTargetGroups().add(group);
      }
    }
  }

  private <R extends Resource> R init(R resource, ResourceView view) {
    resource.setId(view.address());
    resource.setSourceType(view.type());
    resource.setScope(scope);
    resource.setLocation(view.location());
    return resource;
  }

  private LoadBalancer loadBalancer(ResourceView v) {
    LoadBalancer lb = init(new LoadBalancer(), v);
    lb.setName(text(v.value("name")));
    lb.setType(text(v.valueOr("application", "load_balancer_type")));
    Value<Object> internal = v.valueOr(false, "internal");
    lb.setScheme(
        internal.isUnknown()
            ? Value.unknown(internal.origin())
            : Value.of(internal.bool() ? "internal" : "internet-facing", internal.origin()));
    lb.setIdleTimeout(seconds(v.valueOr(60, "idle_timeout")));
    lb.setClientKeepAlive(seconds(v.valueOr(3600, "client_keep_alive")));
    lb.setAccessLogsEnabled(
        v.value(
            new Object[] {"access_logs", 0, "enabled"},
            false,
            "Terraform default: access logs off even when bucket is set"));
    lb.setAccessLogsBucket(v.value("access_logs", 0, "bucket"));
    lb.setDropInvalidHeaderFields(v.valueOr(false, "drop_invalid_header_fields"));
    lb.setDesyncMitigationMode(v.valueOr("defensive", "desync_mitigation_mode"));
    lb.getSecurityGroups().addAll(v.links("security_groups"));
    if (v.hasConfig() && v.configAt("security_groups").written()) {
      lb.setSecurityGroupsDeclared(Value.explicit(true, v.at("security_groups")));
    } else if (v.size("security_groups") > 0 && !v.hasConfig()) {
      lb.setSecurityGroupsDeclared(Value.explicit(true, v.at("security_groups")));
    } else if (v.hasConfig()) {
      lb.setSecurityGroupsDeclared(
          Value.byDefault(
              false,
              v.location(),
              "Terraform: no security_groups, the VPC's default security group applies"));
    } else if (v.unknown("security_groups")) {
      lb.setSecurityGroupsDeclared(Value.unknown(v.at("security_groups"), "known after apply"));
    } else {
      lb.setSecurityGroupsDeclared(Value.explicit(false, v.at("security_groups")));
    }
    return lb;
  }

  private Listener listener(ResourceView v) {
    Listener listener = init(new Listener(), v);
    listener.setLoadBalancer(v.link("load_balancer_arn"));
    listener.setPort(v.value("port"));
    listener.setProtocol(v.value("protocol"));
    listener.getForwards().addAll(forwards(v, "default_action"));
    return listener;
  }

  private ListenerRule listenerRule(ResourceView v) {
    ListenerRule rule = init(new ListenerRule(), v);
    rule.setListener(v.link("listener_arn"));
    rule.setPriority(v.value("priority"));
    rule.getForwards().addAll(forwards(v, "action"));
    return rule;
  }

  /**
   * Target groups the actions forward to: {@code forward { target_group { arn } }}, else {@code
   * target_group_arn}.
   */
  private static List<Value<Object>> forwards(ResourceView v, String actions) {
    List<Value<Object>> out = new ArrayList<>();
    for (int i = 0; i < v.size(actions); i++) {
      int forwardBlocks = v.size(actions, i, "forward");
      boolean viaForward = false;
      for (int j = 0; j < forwardBlocks; j++) {
        for (int k = 0; k < v.size(actions, i, "forward", j, "target_group"); k++) {
          Value<Object> arn = v.link(actions, i, "forward", j, "target_group", k, "arn");
          if (arn != null) {
            out.add(arn);
            viaForward = true;
          }
        }
      }
      if (!viaForward) {
        Value<Object> arn = v.link(actions, i, "target_group_arn");
        if (arn != null && (arn.isRef() || arn.isUnknown() || !arn.text().isEmpty())) out.add(arn);
      }
    }
    return out;
  }

  private TargetGroup targetGroup(ResourceView v) {
    TargetGroup tg = init(new TargetGroup(), v);
    tg.setName(text(v.value("name")));
    tg.setTargetType(v.valueOr("instance", "target_type"));
    tg.setProtocol(v.value("protocol"));
    tg.setProtocolVersion(v.value("protocol_version"));
    tg.setPort(v.value("port"));
    tg.setDeregistrationDelay(seconds(v.valueOr(300, "deregistration_delay")));
    HealthCheck hc = tg.getHealthCheck();
    Object[] h = {"health_check", 0};
    hc.setEnabled(v.value(ResourceView.append(h, "enabled"), true, ResourceView.TERRAFORM_DEFAULT));
    hc.setPath(v.value(ResourceView.append(h, "path"), "/", ResourceView.TERRAFORM_DEFAULT));
    hc.setPort(
        v.value(ResourceView.append(h, "port"), "traffic-port", ResourceView.TERRAFORM_DEFAULT));
    hc.setProtocol(
        v.value(ResourceView.append(h, "protocol"), "HTTP", ResourceView.TERRAFORM_DEFAULT));
    hc.setInterval(
        seconds(v.value(ResourceView.append(h, "interval"), 30, ResourceView.TERRAFORM_DEFAULT)));
    Value<Object> timeout = v.value(ResourceView.append(h, "timeout"));
    if (timeout == null) {
      timeout =
          Value.unknown(
              v.at(ResourceView.append(h, "timeout")),
              "Terraform: computed by the provider when not set");
    }
    hc.setTimeout(seconds(timeout));
    hc.setHealthyThreshold(
        v.value(ResourceView.append(h, "healthy_threshold"), 3, ResourceView.TERRAFORM_DEFAULT));
    hc.setUnhealthyThreshold(
        v.value(ResourceView.append(h, "unhealthy_threshold"), 3, ResourceView.TERRAFORM_DEFAULT));
    String protocol = hc.getProtocol().isKnown() ? hc.getProtocol().text().toUpperCase() : "";
    boolean http = protocol.equals("HTTP") || protocol.equals("HTTPS");
    hc.setMatcher(
        v.value(
            ResourceView.append(h, "matcher"),
            http ? "200" : null,
            ResourceView.TERRAFORM_DEFAULT));
    return tg;
  }

  private SecurityGroup securityGroup(ResourceView v) {
    SecurityGroup sg = init(new SecurityGroup(), v);
    sg.setGroupName(text(v.value("name")));
    sg.setDefaultEgressKept(false);
    Value<Object> self =
        Value.explicit(new Ref(scope, v.address(), Ref.Attribute.ID, "id"), v.location());
    for (String direction : List.of("ingress", "egress")) {
      TfBlock[] written = writtenBlocks(v, direction);
      Value<Object> onlyGroup = onlyUnknownGroups(v, direction);
      for (int i = 0; i < v.size(direction); i++) {
        Object[] base = {direction, i};
        Object[] groupsPath = ResourceView.append(base, "security_groups");
        TfBlock block = written[i];
        List<Value<Object>> groups = null;
        if (block != null && block.attributes.containsKey("security_groups")) {
          TfBlock.TfAttribute attribute = block.attributes.get("security_groups");
          groups =
              v.groupsWritten(
                  attribute.text(), v.written(attribute.line(), attribute.column(), groupsPath));
          // a group the source names in a way not followed (a data source) but the plan knows: the
          // plan's ids
          if (groups != null
              && !v.unknown(groupsPath)
              && groups.stream().anyMatch(Value::isUnknown)) groups = null;
        }
        if (groups == null && onlyGroup != null && v.unknown(groupsPath))
          groups = List.of(onlyGroup);
        List<SecurityGroupRule> rules = peerRules(v, base, groups);
        for (SecurityGroupRule rule : rules) {
          rule.setId(v.address());
          rule.setSourceType(v.type() + " " + direction);
          rule.setScope(scope);
          rule.setLocation(block != null ? v.written(block.line, block.column, base) : v.at(base));
          rule.setGroup(self);
          rule.setDirection(direction);
          rule.setProtocol(v.value(ResourceView.append(base, "protocol")));
          rule.setFromPort(v.value(ResourceView.append(base, "from_port")));
          rule.setToPort(v.value(ResourceView.append(base, "to_port")));
        }
        sg.getRules().addAll(rules);
      }
    }
    sg.setEgressDeclared(egressDeclared(v));
    return sg;
  }

  /**
   * For each planned rule of a direction, its block in the .tf source; none when the source is not
   * at hand, a {@code dynamic} block writes rules, or the rule cannot be told apart.
   */
  private static TfBlock[] writtenBlocks(ResourceView v, String direction) {
    TfBlock[] out = new TfBlock[v.size(direction)];
    if (v.block() == null || v.block().hasDynamic(direction)) return out;
    List<TfBlock> blocks = v.block().blocks(direction);
    List<JsonNode> planned = new ArrayList<>();
    for (int i = 0; i < out.length; i++) planned.add(v.planned(direction, i));
    int[] match = InlineBlocks.match(blocks, planned);
    for (int i = 0; i < out.length; i++) out[i] = match[i] < 0 ? null : blocks.get(match[i]);
    return out;
  }

  /**
   * Without the source: the security group a direction's one configuration expression references,
   * when it references exactly one and exactly one planned rule has groups known only after apply.
   */
  private static Value<Object> onlyUnknownGroups(ResourceView v, String direction) {
    int unknown = -1;
    for (int i = 0; i < v.size(direction); i++) {
      if (!v.unknown(direction, i, "security_groups")) continue;
      if (unknown >= 0) return null;
      unknown = i;
    }
    if (unknown < 0) return null;
    return v.onlyGroupReferenced(direction, v.at(direction, unknown, "security_groups"));
  }

  private static Value<Object> egressDeclared(ResourceView v) {
    if (v.hasConfig() && v.configAt("egress").written())
      return Value.explicit(true, v.at("egress"));
    if (v.block() != null && v.block().hasDynamic("egress"))
      return Value.explicit(true, v.at("egress"));
    if (v.size("egress") > 0) return Value.explicit(true, v.at("egress"));
    if (v.hasConfig()) return Value.explicit(false, v.location());
    if (v.unknown("egress")) {
      return Value.unknown(
          v.at("egress"), "egress known after apply and the plan has no configuration");
    }
    return Value.explicit(false, v.at("egress"));
  }

  /**
   * One rule per peer of a rule block or resource: each CIDR, IPv6 CIDR, prefix list and referenced
   * group; one rule without a peer when none is written.
   */
  private static List<SecurityGroupRule> peerRules(
      ResourceView v, Object[] base, String groupsArg, boolean groupList) {
    List<Value<Object>> groups =
        groupList
            ? v.links(ResourceView.append(base, groupsArg))
            : nonNull(v.link(ResourceView.append(base, groupsArg)));
    return peerRules(v, base, groups);
  }

  /**
   * {@link #peerRules(ResourceView, Object[], String, boolean)} with the groups given; planned when
   * null.
   */
  private static List<SecurityGroupRule> peerRules(
      ResourceView v, Object[] base, List<Value<Object>> groupsGiven) {
    List<Value<Object>> groups =
        groupsGiven != null ? groupsGiven : v.links(ResourceView.append(base, "security_groups"));
    List<SecurityGroupRule> rules = new ArrayList<>();
    BiConsumer<Value<Object>, BiConsumer<SecurityGroupRule, Value<Object>>> add =
        (value, setter) -> {
          SecurityGroupRule rule = new SecurityGroupRule();
          setter.accept(rule, value);
          rules.add(rule);
        };
    for (Value<Object> c : v.links(ResourceView.append(base, "cidr_blocks")))
      add.accept(c, SecurityGroupRule::setCidrIpv4);
    for (Value<Object> c : v.links(ResourceView.append(base, "ipv6_cidr_blocks"))) {
      add.accept(c, SecurityGroupRule::setCidrIpv6);
    }
    for (Value<Object> c : v.links(ResourceView.append(base, "prefix_list_ids"))) {
      add.accept(c, SecurityGroupRule::setPrefixList);
    }
    for (Value<Object> g : groups) add.accept(g, SecurityGroupRule::setPeerGroup);
    JsonNode self = v.planned(ResourceView.append(base, "self"));
    if (self != null && self.asBoolean(false)) {
      SecurityGroupRule rule = new SecurityGroupRule();
      rule.setSelf(true);
      rules.add(rule);
    }
    if (rules.isEmpty()) rules.add(new SecurityGroupRule());
    return rules;
  }

  private List<SecurityGroupRule> standaloneRules(ResourceView v) {
    Object[] base = {};
    List<SecurityGroupRule> rules;
    String direction;
    Value<Object> protocol;
    if (v.type().equals("aws_security_group_rule")) {
      rules = peerRules(v, base, "source_security_group_id", false);
      Value<Object> type = v.value("type");
      direction = type == null || type.isUnknown() ? "" : type.text();
      protocol = v.value("protocol");
    } else {
      rules = new ArrayList<>();
      direction = v.type().endsWith("ingress_rule") ? "ingress" : "egress";
      protocol = v.value("ip_protocol");
      SecurityGroupRule rule = new SecurityGroupRule();
      rule.setCidrIpv4(v.value("cidr_ipv4"));
      rule.setCidrIpv6(v.value("cidr_ipv6"));
      rule.setPrefixList(v.value("prefix_list_id"));
      rule.setPeerGroup(v.link("referenced_security_group_id"));
      rules.add(rule);
    }
    for (SecurityGroupRule rule : rules) {
      init(rule, v);
      rule.setGroup(v.link("security_group_id"));
      rule.setDirection(direction);
      rule.setProtocol(protocol);
      rule.setFromPort(v.value("from_port"));
      rule.setToPort(v.value("to_port"));
    }
    return rules;
  }

  private Alarm alarm(ResourceView v) {
    Alarm alarm = init(new Alarm(), v);
    alarm.setNamespace(v.value("namespace"));
    alarm.setMetricName(v.value("metric_name"));
    alarm.setStatistic(v.value("statistic"));
    alarm.setExtendedStatistic(v.value("extended_statistic"));
    dimensions(v, new Object[] {"dimensions"}, alarm.getDimensions());
    alarm.getActions().addAll(v.links("alarm_actions"));
    alarm.setActionsEnabled(v.valueOr(true, "actions_enabled"));
    for (int i = 0; i < v.size("metric_query"); i++) {
      Object[] q = {"metric_query", i};
      AlarmMetric metric = new AlarmMetric();
      JsonNode id = v.planned(ResourceView.append(q, "id"));
      metric.setId(id == null || id.isNull() ? "" : id.asText());
      metric.setExpression(v.value(ResourceView.append(q, "expression")));
      if (v.size(ResourceView.append(q, "metric")) > 0) {
        Object[] m = ResourceView.append(q, "metric", 0);
        metric.setNamespace(v.value(ResourceView.append(m, "namespace")));
        metric.setMetricName(v.value(ResourceView.append(m, "metric_name")));
        dimensions(v, ResourceView.append(m, "dimensions"), metric.getDimensions());
      }
      alarm.getMetrics().add(metric);
    }
    return alarm;
  }

  private static void dimensions(ResourceView v, Object[] path, Map<String, Value<Object>> into) {
    List<String> keys = v.keys(path);
    if (keys.isEmpty() && v.unknown(path) && v.block() != null && path.length == 1) {
      TfBlock.TfAttribute written = v.block().attributes.get((String) path[0]);
      if (written != null) keys = List.copyOf(written.keys().keySet());
    }
    if (keys.isEmpty() && v.unknown(path)) {
      // a map known only after apply, and no source to read its keys from: it may name any load
      // balancer and target group, so coverage rules must not count it as watching nothing
      for (String key : List.of("LoadBalancer", "TargetGroup")) {
        into.put(key, Value.unknown(v.at(path), "dimensions known after apply"));
      }
      return;
    }
    for (String key : keys) {
      Value<Object> value = v.link(ResourceView.append(path, key));
      if (value == null)
        value = Value.unknown(v.at(ResourceView.append(path, key)), "known after apply");
      into.put(key, value);
    }
  }

  private LambdaFunction lambda(ResourceView v) {
    LambdaFunction fn = init(new LambdaFunction(), v);
    fn.setHandler(v.value("handler"));
    fn.setRuntime(v.value("runtime"));
    fn.setTimeout(seconds(v.valueOr(3, "timeout")));
    fn.setCodeLocation(v.value("filename"));
    return fn;
  }

  private EcsService ecsService(ResourceView v) {
    EcsService service = init(new EcsService(), v);
    service.setTaskDefinition(v.link("task_definition"));
    for (int i = 0; i < v.size("load_balancer"); i++) {
      EcsLoadBalancer lb = new EcsLoadBalancer();
      lb.setTargetGroup(v.link("load_balancer", i, "target_group_arn"));
      lb.setContainerName(v.value("load_balancer", i, "container_name"));
      lb.setContainerPort(v.value("load_balancer", i, "container_port"));
      service.getLoadBalancers().add(lb);
    }
    if (v.size("network_configuration") > 0) {
      service.getSecurityGroups().addAll(v.links("network_configuration", 0, "security_groups"));
    }
    service.setHealthCheckGracePeriod(seconds(v.valueOr(0, "health_check_grace_period_seconds")));
    return service;
  }

  private TaskDefinition taskDefinition(ResourceView v) {
    TaskDefinition td = init(new TaskDefinition(), v);
    td.setNetworkMode(v.value("network_mode"));
    JsonNode definitions = v.planned("container_definitions");
    if (definitions == null || !definitions.isTextual()) return td;
    JsonNode containers;
    try {
      containers = JSON.readTree(definitions.textValue());
    } catch (java.io.IOException e) {
      return td;
    }
    if (containers == null || !containers.isArray()) return td;
    Location base = v.at("container_definitions");
    boolean sensitive = v.sensitive("container_definitions");
    for (int i = 0; i < containers.size(); i++) {
      JsonNode c = containers.get(i);
      String at = "#/" + i;
      Container container = new Container();
      container.setName(inner(c.get("name"), base, at + "/name", sensitive));
      container.setImage(inner(c.get("image"), base, at + "/image", sensitive));
      JsonNode mappings = c.get("portMappings");
      if (mappings != null && mappings.isArray()) {
        for (int j = 0; j < mappings.size(); j++) {
          PortMapping pm = new PortMapping();
          pm.setContainerPort(
              inner(
                  mappings.get(j).get("containerPort"),
                  base,
                  at + "/portMappings/" + j + "/containerPort",
                  sensitive));
          pm.setHostPort(
              inner(
                  mappings.get(j).get("hostPort"),
                  base,
                  at + "/portMappings/" + j + "/hostPort",
                  sensitive));
          container.getPortMappings().add(pm);
        }
      }
      JsonNode environment = c.get("environment");
      if (environment != null && environment.isArray()) {
        for (int j = 0; j < environment.size(); j++) {
          JsonNode name = environment.get(j).get("name");
          if (name == null || !name.isTextual()) continue;
          Value<Object> value =
              inner(
                  environment.get(j).get("value"),
                  base,
                  at + "/environment/" + j + "/value",
                  sensitive);
          if (value != null) container.getEnvironment().put(name.textValue(), value);
        }
      }
      for (String words : List.of("entryPoint", "command")) {
        JsonNode list = c.get(words);
        if (list == null || !list.isArray()) continue;
        for (int j = 0; j < list.size(); j++) {
          Value<Object> word = inner(list.get(j), base, at + "/" + words + "/" + j, sensitive);
          if (word != null) container.getCommand().add(word);
        }
      }
      td.getContainers().add(container);
    }
    return td;
  }

  /**
   * A value inside the container_definitions JSON string, located at the attribute with an inner
   * pointer.
   */
  private static Value<Object> inner(
      JsonNode node, Location base, String pointer, boolean sensitive) {
    if (node == null || node.isNull() || !node.isValueNode()) return null;
    Value<Object> v =
        Value.explicit(ResourceView.scalar(node), base.withPointer(base.pointer() + pointer));
    return sensitive ? v.asSensitive() : v;
  }

  private AutoScalingGroup autoScalingGroup(ResourceView v) {
    AutoScalingGroup asg = init(new AutoScalingGroup(), v);
    asg.getTargetGroups().addAll(v.links("target_group_arns"));
    Object[] mixed = {
      "mixed_instances_policy", 0, "launch_template", 0, "launch_template_specification", 0
    };
    if (v.size("launch_template") > 0) {
      asg.setLaunchTemplate(firstLink(v, new Object[] {"launch_template", 0}, "id", "name"));
    } else if (v.size(
            "mixed_instances_policy", 0, "launch_template", 0, "launch_template_specification")
        > 0) {
      asg.setLaunchTemplate(firstLink(v, mixed, "launch_template_id", "launch_template_name"));
    } else {
      Value<Object> lc = v.link("launch_configuration");
      if (lc != null && (lc.isRef() || lc.isUnknown() || !lc.text().isEmpty()))
        asg.setLaunchTemplate(lc);
    }
    return asg;
  }

  /**
   * What names the launch template: the first argument written as a reference or a literal, else
   * unknown (an id or name known only after apply, or none written).
   */
  private static Value<Object> firstLink(ResourceView v, Object[] block, String... keys) {
    for (String key : keys) {
      Value<Object> named = v.link(ResourceView.append(block, key));
      // a value the configuration does not write is the provider's (a launch template named by
      // name plans its id as the text "unknown")
      if (named != null
          && (named.isRef()
              || (named.isKnown() && !named.isDefault() && !named.text().isEmpty()))) {
        return named;
      }
    }
    return Value.unknown(v.at(block), "launch template id or name known only after apply");
  }

  /** {@code aws_instance}: {@code vpc_security_group_ids}, {@code security_groups}. */
  private Instance instance(ResourceView v) {
    Instance instance = init(new Instance(), v);
    instance.getSecurityGroups().addAll(v.links("vpc_security_group_ids"));
    instance.getSecurityGroups().addAll(v.links("security_groups"));
    if (v.size("network_interface") > 0) {
      // groups of separately declared network interfaces: not read
      instance
          .getSecurityGroups()
          .add(Value.unknown(v.at("network_interface"), "groups of attached network interfaces"));
    }
    return instance;
  }

  /**
   * {@code aws_launch_template} ({@code vpc_security_group_ids}, {@code security_group_names},
   * {@code network_interfaces.security_groups}) or {@code aws_launch_configuration} ({@code
   * security_groups}).
   */
  private LaunchTemplate launchTemplate(ResourceView v) {
    LaunchTemplate lt = init(new LaunchTemplate(), v);
    if (v.type().equals("aws_launch_configuration")) {
      lt.getSecurityGroups().addAll(v.links("security_groups"));
      return lt;
    }
    lt.getSecurityGroups().addAll(v.links("vpc_security_group_ids"));
    lt.getSecurityGroups().addAll(v.links("security_group_names"));
    for (int i = 0; i < v.size("network_interfaces"); i++) {
      lt.getSecurityGroups().addAll(v.links("network_interfaces", i, "security_groups"));
    }
    return lt;
  }

  private static List<Value<Object>> nonNull(Value<Object> v) {
    return v == null ? List.of() : List.of(v);
  }

  private static Value<Object> seconds(Value<Object> v) {
    return v == null ? null : v.in(Unit.SECONDS);
  }

  /** The value typed as text, keeping origin, unit and sensitivity. */
  @SuppressWarnings("unchecked")
  static Value<String> text(Value<Object> v) {
    if (v == null) return null;
    if (v.isUnknown() || v.raw() instanceof String) return (Value<String>) (Value<?>) v;
    Value<String> s = Value.of(v.text(), v.origin()).in(v.unit());
    return v.isSensitive() ? s.asSensitive() : s;
  }
}
