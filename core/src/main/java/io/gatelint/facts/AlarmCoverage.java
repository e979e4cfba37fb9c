/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.facts;

import io.gatelint.model.Alarm;
import io.gatelint.model.AlarmMetric;
import io.gatelint.model.LoadBalancer;
import io.gatelint.model.Model;
import io.gatelint.model.Ref;
import io.gatelint.model.Resource;
import io.gatelint.model.TargetGroup;
import io.gatelint.model.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which load balancers and target groups the {@code AWS/ApplicationELB} alarms watch, and which
 * alarm dimensions can never match (rules GL040–GL044).
 *
 * <p>A dimension links to a resource when it is a full-name reference ({@code !GetAtt
 * X.LoadBalancerFullName}, {@code !GetAtt X.TargetGroupFullName}, Terraform {@code arn_suffix}) or
 * a literal {@code app/NAME/ID} / {@code targetgroup/NAME/ID} whose NAME is the resource's name. It
 * dangles when it is an ARN (a {@code !Ref} of either resource, Terraform {@code .arn}/{@code
 * .id}), a name or id reference, a literal ARN or a literal of another form. Anything else —
 * unknown, a reference outside the model, a literal naming a resource whose name is unknown —
 * counts as possibly watching, so no coverage rule fires on what cannot be seen.
 */
public final class AlarmCoverage {

  static final String NAMESPACE = "AWS/ApplicationELB";

  /** the metrics of AWS/ApplicationELB, as CloudWatch spells them (names are case-sensitive) */
  static final Set<String> METRICS =
      Set.of(
          "ActiveConnectionCount",
          "AnomalousHostCount",
          "ClientTLSNegotiationErrorCount",
          "ConsumedLCUs",
          "DesyncMitigationMode_NonCompliant_Request_Count",
          "DroppedInvalidHeaderRequestCount",
          "ForwardedInvalidHeaderRequestCount",
          "GrpcRequestCount",
          "HTTP_Fixed_Response_Count",
          "HTTP_Redirect_Count",
          "HTTP_Redirect_Url_Limit_Exceeded_Count",
          "HTTPCode_ELB_3XX_Count",
          "HTTPCode_ELB_4XX_Count",
          "HTTPCode_ELB_5XX_Count",
          "HTTPCode_ELB_500_Count",
          "HTTPCode_ELB_502_Count",
          "HTTPCode_ELB_503_Count",
          "HTTPCode_ELB_504_Count",
          "HTTPCode_Target_2XX_Count",
          "HTTPCode_Target_3XX_Count",
          "HTTPCode_Target_4XX_Count",
          "HTTPCode_Target_5XX_Count",
          "HealthyHostCount",
          "HealthyStateDNS",
          "HealthyStateRouting",
          "IPv6ProcessedBytes",
          "IPv6RequestCount",
          "LambdaInternalError",
          "LambdaTargetProcessedBytes",
          "LambdaUserError",
          "NewConnectionCount",
          "NonStickyRequestCount",
          "ProcessedBytes",
          "RejectedConnectionCount",
          "RequestCount",
          "RequestCountPerTarget",
          "RuleEvaluations",
          "TargetConnectionErrorCount",
          "TargetResponseTime",
          "TargetTLSNegotiationErrorCount",
          "UnHealthyHostCount",
          "UnhealthyRoutingRequestCount",
          "UnhealthyStateDNS",
          "UnhealthyStateRouting",
          "MitigatedHostCount",
          "PeakLCUs");

  /** metrics published only per target group, with the load balancer: never TargetGroup alone */
  static final Set<String> HOST_COUNTS = Set.of("UnHealthyHostCount", "HealthyHostCount");

  private static final Pattern LB_FULL_NAME = Pattern.compile("app/([^/]+)/[^/]+");
  private static final Pattern TG_FULL_NAME = Pattern.compile("targetgroup/([^/]+)/[^/]+");

  private final Model model;
  private final Forwarding forwarding;
  private final Map<Alarm, List<Watch>> watches = new IdentityHashMap<>();
  private final List<TargetGroup> healthChecked;
  private final List<AlarmReference> references = new ArrayList<>();

  /**
   * Reads every alarm's metrics, resolves their dimensions and finds the health-checked target
   * groups, once; an alarm whose analysis fails is reported through {@code analysis} and counts as
   * watching nothing.
   */
  AlarmCoverage(
      Model model,
      Forwarding forwarding,
      Map<TargetGroup, String> placeholders,
      Analysis analysis) {
    this.model = model;
    this.forwarding = forwarding;
    for (Alarm a : model.getAlarms()) {
      List<Watch> read = analysis.of(a, () -> watchesOf(a), null);
      if (read == null) continue;
      List<AlarmReference> resolved = analysis.of(a, () -> referencesOf(a, read), null);
      if (resolved == null) continue;
      watches.put(a, read);
      references.addAll(resolved);
    }
    this.healthChecked = healthCheckedTargetGroups(model, forwarding, placeholders);
    for (Alarm a : model.getAlarms()) ordered.addAll(watches(a));
    for (int i = 0; i < ordered.size(); i++) {
      Watch w = ordered.get(i);
      byLoadBalancer.add(i, w.dimensions().get("LoadBalancer"), w.loadBalancer());
      byTargetGroup.add(i, w.dimensions().get("TargetGroup"), w.targetGroup());
    }
  }

  /** Every alarm's watches, alarm by alarm in model order: the order {@link #candidates} keeps. */
  private final List<Watch> ordered = new ArrayList<>();

  private final WatchIndex byLoadBalancer = new WatchIndex();
  private final WatchIndex byTargetGroup = new WatchIndex();

  /** A resource as a linked dimension names it: condition variants of one resource are one. */
  private record Named(Class<?> type, String scope, String id) {
    static Named of(Resource r) {
      return new Named(r.getClass(), r.getScope(), r.getId());
    }
  }

  /**
   * The watches whose LoadBalancer (or TargetGroup) dimension may name a given resource, as
   * positions in {@link #ordered}: a linked dimension names one resource, found by its name; an
   * unchecked one is asked about every resource; a dangling or absent one names none. Asking only
   * these, rather than every alarm for every resource, keeps coverage linear in the number of
   * stacks; {@link #candidates} still checks each one as before.
   */
  private static final class WatchIndex {
    private final Map<Named, List<Integer>> linked = new java.util.HashMap<>();
    private final List<Integer> unchecked = new ArrayList<>();

    void add(int position, Value<Object> dimension, AlarmReference ref) {
      if (dimension == null || ref == null) return;
      switch (ref.getStatus()) {
        case DANGLING -> {}
        case LINKED ->
            linked
                .computeIfAbsent(Named.of(ref.getResource()), k -> new ArrayList<>())
                .add(position);
        case UNCHECKED -> unchecked.add(position);
      }
    }

    /** The positions that may name the resource, ascending. */
    List<Integer> of(Resource r) {
      List<Integer> mine = linked.getOrDefault(Named.of(r), List.of());
      if (mine.isEmpty()) return unchecked;
      List<Integer> out = new ArrayList<>(mine.size() + unchecked.size());
      out.addAll(mine);
      out.addAll(unchecked);
      java.util.Collections.sort(out);
      return out;
    }
  }

  /**
   * One metric an alarm reads: the alarm's own metric, or a MetricStat of its metric math, with its
   * LoadBalancer and TargetGroup dimensions resolved (null when absent).
   */
  private record Watch(
      Alarm alarm,
      Value<Object> namespace,
      Value<Object> metricName,
      Map<String, Value<Object>> dimensions,
      AlarmReference loadBalancer,
      AlarmReference targetGroup) {}

  private List<Watch> watchesOf(Alarm a) {
    List<Watch> out = new ArrayList<>();
    if (a.getMetrics().isEmpty()) {
      out.add(watch(a, a.getNamespace(), a.getMetricName(), a.getDimensions()));
    }
    for (AlarmMetric m : a.getMetrics()) {
      boolean expression = m.getExpression() != null && m.getExpression().isKnown();
      if (m.getMetricName() == null || (m.getMetricName().isUnknown() && expression))
        continue; // math, not a metric
      out.add(watch(a, m.getNamespace(), m.getMetricName(), m.getDimensions()));
    }
    return out;
  }

  private Watch watch(
      Alarm a,
      Value<Object> namespace,
      Value<Object> metricName,
      Map<String, Value<Object>> dimensions) {
    return new Watch(
        a,
        namespace,
        metricName,
        dimensions,
        dimension(dimensions.get("LoadBalancer"), true),
        dimension(dimensions.get("TargetGroup"), false));
  }

  private AlarmReference dimension(Value<Object> value, boolean loadBalancer) {
    if (value == null) return null;
    return classify(
        null,
        loadBalancer ? "LoadBalancer dimension" : "TargetGroup dimension",
        value,
        null,
        loadBalancer);
  }

  private List<Watch> watches(Alarm a) {
    return watches.getOrDefault(a, List.of());
  }

  // --- coverage -------------------------------------------------------------------------------

  /** Target groups behind an application load balancer whose health check is not turned off. */
  public List<TargetGroup> getHealthCheckedTargetGroups() {
    return healthChecked;
  }

  private static List<TargetGroup> healthCheckedTargetGroups(
      Model model, Forwarding forwarding, Map<TargetGroup, String> placeholders) {
    List<TargetGroup> out = new ArrayList<>();
    // identity sets beside the lists: a list's contains made both loops quadratic
    Set<TargetGroup> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (LoadBalancer lb : model.getApplicationLoadBalancers()) {
      for (TargetGroup tg : forwarding.targetGroupsBehind(lb)) {
        if (healthChecked(tg) && seen.add(tg)) out.add(tg);
      }
    }
    out.addAll(behindUnknownLoadBalancer(model, forwarding, placeholders, seen));
    return List.copyOf(out);
  }

  private static boolean healthChecked(TargetGroup tg) {
    Value<Object> enabled = tg.getHealthCheck() == null ? null : tg.getHealthCheck().getEnabled();
    return !(enabled != null && enabled.isKnown() && enabled.isBoolean() && !enabled.bool());
  }

  /**
   * Target groups whose load balancer is not in the tree (a listener rule of a service stack on
   * another stack's listener, a group handed on through an output): they serve traffic all the
   * same, so they need the alarm. A placeholder is left out (nothing registers with it), and so is
   * a group of a network or gateway load balancer (its protocol is not HTTP, HTTPS or unknown),
   * whose metrics are not in AWS/ApplicationELB.
   */
  private static List<TargetGroup> behindUnknownLoadBalancer(
      Model model,
      Forwarding forwarding,
      Map<TargetGroup, String> placeholders,
      Set<TargetGroup> behindKnown) {
    List<TargetGroup> out = new ArrayList<>();
    Set<TargetGroup> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (TargetGroup tg : model.getTargetGroups()) {
      if (!forwarding.loadBalancersOf(tg).isEmpty() || behindKnown.contains(tg)) continue;
      if (placeholders.containsKey(tg) || !healthChecked(tg) || !applicationProtocol(tg)) continue;
      if (seen.add(tg)) out.add(tg);
    }
    return out;
  }

  private static boolean applicationProtocol(TargetGroup tg) {
    Value<Object> p = tg.getProtocol();
    if (p == null || p.isUnknown() || p.isRef()) return true;
    String text = p.text().trim().toUpperCase(java.util.Locale.ROOT);
    return text.equals("HTTP") || text.equals("HTTPS");
  }

  /**
   * The alarms that watch (or may watch) one of the comma-separated metrics for the resource: for a
   * load balancer, by its LoadBalancer dimension; for a target group, by its TargetGroup dimension
   * together with a LoadBalancer dimension of a load balancer in front of it. An alarm whose own
   * {@code Condition} the default deployment does not make true is left out: it may not exist
   * ({@link #onlyWhen} names the conditions).
   */
  public List<Alarm> watching(Resource resource, String metrics) {
    List<Alarm> out = new ArrayList<>();
    for (Alarm a : candidates(resource, metrics)) {
      if (a.getExistsOnlyWhen().isEmpty()) out.add(a);
    }
    return out;
  }

  /**
   * Where no alarm that surely exists watches the metrics for the resource but alarms that exist
   * only under a condition do: those conditions taken false, as a variant ({@code IsLBAlarmEnabled
   * false}), so the finding says it holds only then. Empty otherwise.
   */
  public String onlyWhen(Resource resource, String metrics) {
    List<Alarm> all = candidates(resource, metrics);
    List<String> absent = new ArrayList<>();
    for (Alarm a : all) {
      if (a.getExistsOnlyWhen().isEmpty()) return "";
      String c = a.getExistsOnlyWhen() + " false";
      if (!absent.contains(c)) absent.add(c);
    }
    return String.join(", ", absent);
  }

  private List<Alarm> candidates(Resource resource, String metrics) {
    Set<String> wanted = metricSet(metrics);
    List<Alarm> out = new ArrayList<>();
    List<Integer> positions =
        resource instanceof LoadBalancer
            ? byLoadBalancer.of(resource)
            : resource instanceof TargetGroup ? byTargetGroup.of(resource) : List.of();
    for (int position : positions) {
      Watch w = ordered.get(position);
      Alarm a = w.alarm();
      if (!mayBe(w.namespace(), Set.of(NAMESPACE)) || !mayBe(w.metricName(), wanted)) continue;
      boolean watches;
      if (resource instanceof LoadBalancer lb) {
        watches = mayName(w.dimensions().get("LoadBalancer"), w.loadBalancer(), true, List.of(lb));
      } else if (resource instanceof TargetGroup tg) {
        watches =
            mayName(w.dimensions().get("TargetGroup"), w.targetGroup(), false, List.of(tg))
                && w.dimensions().containsKey("LoadBalancer")
                && mayNameLoadBalancerOf(tg, w);
      } else {
        watches = false;
      }
      if (watches && !out.contains(a)) out.add(a);
    }
    return out;
  }

  /**
   * Whether the watch's LoadBalancer dimension may name a load balancer in front of the target
   * group; when none is in the tree (another stack's), any dimension that does not dangle may.
   */
  private boolean mayNameLoadBalancerOf(TargetGroup tg, Watch w) {
    List<LoadBalancer> inFront = forwarding.loadBalancersOf(tg);
    if (inFront.isEmpty()) return w.loadBalancer().getStatus() != AlarmReference.Status.DANGLING;
    return mayName(w.dimensions().get("LoadBalancer"), w.loadBalancer(), true, inFront);
  }

  /**
   * The load balancer's own 5xx counts. {@code HTTPCode_ELB_5XX_Count} "does not include any
   * response codes generated by the targets", and {@code HTTPCode_Target_5XX_Count} never includes
   * what the load balancer answers itself — the keep-alive race's 502, refused connections, Lambda
   * timeouts, idle-timeout 504s (ALB guide, CloudWatch metrics; Troubleshoot: "The following HTTP
   * errors are generated by the load balancer … increments the HTTPCode_ELB_5XX_Count metric").
   */
  static final String LOAD_BALANCER_5XX =
      "HTTPCode_ELB_5XX_Count,HTTPCode_ELB_502_Count,HTTPCode_ELB_504_Count";

  /** The alarms that watch (or may watch) the load balancer's own 5xx counts: GL040. */
  public List<Alarm> watchingLoadBalancer5xx(LoadBalancer lb) {
    return watching(lb, LOAD_BALANCER_5XX);
  }

  /**
   * The ids of the alarms that watch the load balancer's {@code HTTPCode_Target_5XX_Count} when no
   * alarm watches its own 5xx counts, comma-separated; empty otherwise. Such an alarm is not enough
   * for GL040, and the message says why.
   */
  public String target5xxOnlyAlarms(LoadBalancer lb) {
    if (!watchingLoadBalancer5xx(lb).isEmpty()) return "";
    List<String> names = new ArrayList<>();
    for (Alarm a : watching(lb, "HTTPCode_Target_5XX_Count")) {
      // an alarm of another template or plan is named with where it is
      String name =
          a.getScope().equals(lb.getScope()) || a.getLocation() == null
              ? a.getId()
              : a.getId() + " (" + a.getLocation().display() + ")";
      if (!names.contains(name)) names.add(name);
    }
    return String.join(", ", names);
  }

  /** True when the alarm reads one of the comma-separated AWS/ApplicationELB metrics, as spelt. */
  public boolean reads(Alarm alarm, String metrics) {
    Set<String> wanted = metricSet(metrics);
    for (Watch w : watches(alarm)) {
      if (isText(w.namespace(), NAMESPACE)
          && w.metricName() != null
          && w.metricName().isKnown()
          && wanted.contains(w.metricName().text().trim())) {
        return true;
      }
    }
    return false;
  }

  /** The metric names read by the alarm among the comma-separated ones, for messages. */
  public String metricsRead(Alarm alarm) {
    List<String> names = new ArrayList<>();
    for (Watch w : watches(alarm)) {
      if (w.metricName() != null
          && w.metricName().isKnown()
          && !names.contains(w.metricName().text())) {
        names.add(w.metricName().text());
      }
    }
    return String.join(", ", names);
  }

  private static Set<String> metricSet(String metrics) {
    Set<String> out = new java.util.HashSet<>();
    for (String m : metrics.split(",")) if (!m.isBlank()) out.add(m.trim());
    return out;
  }

  private static boolean mayBe(Value<Object> v, Set<String> options) {
    return v == null || v.isUnknown() || v.isRef() || options.contains(v.text().trim());
  }

  private static boolean isText(Value<Object> v, String text) {
    return v != null && v.isKnown() && !v.isRef() && v.text().trim().equals(text);
  }

  /** Whether a dimension value may name one of the resources. */
  private static boolean mayName(
      Value<Object> dimension,
      AlarmReference ref,
      boolean loadBalancer,
      List<? extends Resource> resources) {
    if (dimension == null) return false;
    return switch (ref.getStatus()) {
      case DANGLING -> false;
      // condition variants of one resource (Fn::If) are one deployed resource
      case LINKED ->
          resources.stream()
              .anyMatch(
                  r ->
                      r.getId().equals(ref.getResource().getId())
                          && r.getScope().equals(ref.getResource().getScope())
                          && r.getClass() == ref.getResource().getClass());
      case UNCHECKED -> literalMayName(dimension, loadBalancer, resources);
    };
  }

  /** An unchecked literal {@code app/NAME/ID} names a resource whose name is NAME or unknown. */
  private static boolean literalMayName(
      Value<Object> dimension, boolean loadBalancer, List<? extends Resource> resources) {
    if (dimension.isUnknown() || dimension.isRef()) return true;
    String name = literalName(dimension.text().trim(), loadBalancer);
    if (name == null) return true;
    for (Resource r : resources) {
      Value<String> known = nameOf(r);
      if (known == null || known.isUnknown() || known.text().equals(name)) return true;
    }
    return false;
  }

  // --- dangling references --------------------------------------------------------------------

  /**
   * Every LoadBalancer/TargetGroup dimension and metric name of the AWS/ApplicationELB alarms,
   * resolved.
   */
  public List<AlarmReference> getReferences() {
    return List.copyOf(references);
  }

  private List<AlarmReference> referencesOf(Alarm a, List<Watch> read) {
    List<AlarmReference> out = new ArrayList<>();
    for (Watch w : read) {
      if (!isText(w.namespace(), NAMESPACE)) continue;
      Value<Object> metric = w.metricName();
      if (metric != null && metric.isKnown() && !metric.isRef()) {
        String name = metric.text().trim();
        String spelt =
            METRICS.stream().filter(m -> m.equalsIgnoreCase(name)).findFirst().orElse(null);
        if (spelt != null && !spelt.equals(name)) {
          out.add(
              new AlarmReference(
                  a,
                  "metric name",
                  metric,
                  metric,
                  AlarmReference.Status.DANGLING,
                  null,
                  "metric names are case-sensitive: AWS/ApplicationELB publishes "
                      + spelt
                      + ", not "
                      + name));
        }
      }
      for (Map.Entry<String, Value<Object>> d : w.dimensions().entrySet()) {
        boolean lb = d.getKey().equals("LoadBalancer");
        if (!lb && !d.getKey().equals("TargetGroup")) continue;
        AlarmReference ref = classify(a, d.getKey() + " dimension", d.getValue(), metric, lb);
        if (!lb
            && ref.getStatus() != AlarmReference.Status.DANGLING
            && metric != null
            && metric.isKnown()
            && HOST_COUNTS.contains(metric.text().trim())
            && !w.dimensions().containsKey("LoadBalancer")) {
          ref =
              new AlarmReference(
                  a,
                  ref.getPart(),
                  d.getValue(),
                  metric,
                  AlarmReference.Status.DANGLING,
                  ref.getResource(),
                  metric.text().trim()
                      + " is published per target group only together with its LoadBalancer dimension, never TargetGroup alone");
        }
        out.add(ref);
      }
    }
    return out;
  }

  /** The dangling ones: GL044. */
  public List<AlarmReference> getDanglingReferences() {
    return references.stream().filter(AlarmReference::isDangling).toList();
  }

  private AlarmReference classify(
      Alarm alarm, String part, Value<Object> v, Value<Object> metric, boolean lbDim) {
    String form =
        lbDim
            ? "app/NAME/ID (LoadBalancerFullName, arn_suffix)"
            : "targetgroup/NAME/ID (TargetGroupFullName, arn_suffix)";
    Class<? extends Resource> kind = lbDim ? LoadBalancer.class : TargetGroup.class;
    Class<? extends Resource> other = lbDim ? TargetGroup.class : LoadBalancer.class;
    if (v == null || v.isUnknown()) {
      return new AlarmReference(
          alarm, part, v, metric, AlarmReference.Status.UNCHECKED, null, "unknown");
    }
    if (v.isRef()) {
      Ref ref = v.ref();
      List<? extends Resource> mine = model.resolve(v, kind);
      List<? extends Resource> others = model.resolve(v, other);
      if (ref.attribute() == Ref.Attribute.FULL_NAME) {
        if (!mine.isEmpty()) {
          return new AlarmReference(
              alarm,
              part,
              v,
              metric,
              AlarmReference.Status.LINKED,
              mine.get(0),
              "links to " + ref.target());
        }
        if (!others.isEmpty()) {
          return new AlarmReference(
              alarm,
              part,
              v,
              metric,
              AlarmReference.Status.DANGLING,
              others.get(0),
              AlarmReference.shown(v)
                  + " is the full name of a "
                  + (lbDim ? "target group" : "load balancer")
                  + ", the value must be "
                  + form);
        }
        return new AlarmReference(
            alarm, part, v, metric, AlarmReference.Status.UNCHECKED, null, "outside the model");
      }
      boolean named = !mine.isEmpty() || !others.isEmpty();
      if (ref.attribute() == Ref.Attribute.ARN
          || (named
              && (ref.attribute() == Ref.Attribute.ID || ref.attribute() == Ref.Attribute.NAME))) {
        String what =
            ref.attribute() == Ref.Attribute.ARN
                ? "an ARN"
                : ref.attribute() == Ref.Attribute.NAME ? "a name" : "an id";
        return new AlarmReference(
            alarm,
            part,
            v,
            metric,
            AlarmReference.Status.DANGLING,
            mine.isEmpty() ? null : mine.get(0),
            AlarmReference.shown(v) + " is " + what + "; the value must be " + form);
      }
      return new AlarmReference(
          alarm, part, v, metric, AlarmReference.Status.UNCHECKED, null, "cannot be checked");
    }
    String text = v.text().trim();
    if (text.startsWith("arn:")) {
      return new AlarmReference(
          alarm,
          part,
          v,
          metric,
          AlarmReference.Status.DANGLING,
          null,
          "an ARN; the value must be " + form + ", the ARN's final part");
    }
    String name = literalName(text, lbDim);
    if (name == null) {
      return new AlarmReference(
          alarm, part, v, metric, AlarmReference.Status.DANGLING, null, "not of the form " + form);
    }
    for (Resource r : lbDim ? model.getLoadBalancers() : model.getTargetGroups()) {
      Value<String> known = nameOf(r);
      if (known != null && known.isKnown() && known.text().equals(name)) {
        return new AlarmReference(
            alarm, part, v, metric, AlarmReference.Status.LINKED, r, "names " + r.getId());
      }
    }
    return new AlarmReference(
        alarm, part, v, metric, AlarmReference.Status.UNCHECKED, null, "a well-formed literal");
  }

  private static String literalName(String text, boolean lbDim) {
    Matcher m = (lbDim ? LB_FULL_NAME : TG_FULL_NAME).matcher(text);
    return m.matches() ? m.group(1) : null;
  }

  private static Value<String> nameOf(Resource r) {
    if (r instanceof LoadBalancer lb) return lb.getName();
    if (r instanceof TargetGroup tg) return tg.getName();
    return null;
  }
}
