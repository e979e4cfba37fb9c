package io.gatelint.parse.tfplan;

import io.gatelint.model.HealthCheck;
import io.gatelint.model.Ref;
import io.gatelint.model.Resource;
import io.gatelint.model.ResourceKind;
import io.gatelint.model.Target;
import io.gatelint.model.TargetGroup;
import io.gatelint.model.Value;
import io.gatelint.model.defaults.ElbDefaults;
import io.gatelint.parse.Durations;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Target groups with their health checks, and the targets {@code aws_lb_target_group_attachment}
 * registers.
 */
final class TargetGroupMapper implements ResourceMapper {

  static final Set<ResourceKind<?>> KINDS = Set.of(ResourceKind.TARGET_GROUP);

  private final List<TargetGroup> targetGroups = new ArrayList<>();
  private final List<ResourceView> attachments = new ArrayList<>();

  @Override
  public Set<ResourceKind<?>> kinds() {
    return KINDS;
  }

  @Override
  public List<? extends Resource> map(ResourceKind<?> kind, ResourceView v) {
    if (ResourceKind.TARGET_GROUP.terraformAttachments().contains(v.type())) {
      attachments.add(v);
      return List.of();
    }
    TargetGroup tg = targetGroup(v);
    targetGroups.add(tg);
    return List.of(tg);
  }

  private TargetGroup targetGroup(ResourceView v) {
    TargetGroup tg = v.init(new TargetGroup());
    tg.setName(PlanValues.text(v.value("name")));
    tg.setTargetType(v.valueOr(ElbDefaults.TF_TARGET_TYPE, "target_type"));
    tg.setProtocol(v.value("protocol"));
    tg.setProtocolVersion(v.value("protocol_version"));
    tg.setPort(v.value("port"));
    tg.setDeregistrationDelay(
        Durations.seconds(v.valueOr(ElbDefaults.TF_DEREGISTRATION_DELAY, "deregistration_delay")));
    HealthCheck hc = tg.getHealthCheck();
    Object[] h = {"health_check", 0};
    hc.setEnabled(v.value(ResourceView.append(h, "enabled"), ElbDefaults.TF_HEALTH_CHECK_ENABLED));
    hc.setPath(v.value(ResourceView.append(h, "path"), ElbDefaults.TF_HEALTH_CHECK_PATH));
    hc.setPort(v.value(ResourceView.append(h, "port"), ElbDefaults.TF_HEALTH_CHECK_PORT));
    hc.setProtocol(
        v.value(ResourceView.append(h, "protocol"), ElbDefaults.TF_HEALTH_CHECK_PROTOCOL));
    hc.setInterval(
        Durations.seconds(
            v.value(ResourceView.append(h, "interval"), ElbDefaults.TF_HEALTH_CHECK_INTERVAL)));
    Value<Object> timeout = v.value(ResourceView.append(h, "timeout"));
    if (timeout == null) {
      timeout =
          Value.unknown(
              v.at(ResourceView.append(h, "timeout")),
              "Terraform: computed by the provider when not set");
    }
    hc.setTimeout(Durations.seconds(timeout));
    hc.setHealthyThreshold(
        v.value(ResourceView.append(h, "healthy_threshold"), ElbDefaults.TF_HEALTHY_THRESHOLD));
    hc.setUnhealthyThreshold(
        v.value(ResourceView.append(h, "unhealthy_threshold"), ElbDefaults.TF_UNHEALTHY_THRESHOLD));
    String protocol = hc.getProtocol().isKnown() ? hc.getProtocol().text().toUpperCase() : "";
    boolean http = protocol.equals("HTTP") || protocol.equals("HTTPS");
    hc.setMatcher(
        http
            ? v.value(ResourceView.append(h, "matcher"), ElbDefaults.TF_MATCHER)
            : v.value(ResourceView.append(h, "matcher")));
    return tg;
  }

  /** Adds attachments to the target groups they name, once every resource of the plan is read. */
  @Override
  public void finish() {
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
  }
}
