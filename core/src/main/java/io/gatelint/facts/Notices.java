/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.facts;

import io.gatelint.model.Chain;
import io.gatelint.model.LoadBalancer;
import io.gatelint.model.Model;
import io.gatelint.model.Notice;
import io.gatelint.model.Resource;
import io.gatelint.model.TargetGroup;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When the cross-layer rules could not run, and why: derived once from the linked model, its facts
 * and what discovery found. A changed-files check ({@code gatelint lint nginx.conf app/server.js})
 * or a Terraform folder without a plan otherwise ends with "0 error(s)" and no word that the chain
 * from load balancer to process was never judged.
 */
public final class Notices {

  public static final String NOTHING_READ = "nothing-read";
  public static final String INCLUDE_MATCHES_NOTHING = "include-matches-nothing";
  public static final String TERRAFORM_WITHOUT_PLAN = "terraform-without-plan";
  public static final String NO_LOAD_BALANCER = "no-load-balancer";
  public static final String NO_TARGET_GROUP = "no-target-group";
  public static final String NO_BACKEND_REACHED = "no-backend-reached";

  /** How many names a notice lists before it says how many more there are. */
  private static final int LISTED = 3;

  private Notices() {}

  /**
   * What discovery found, as the notices need it (facts do not see how files were found).
   *
   * @param paths the linted paths, as findings show them
   * @param inputs how many files were taken as templates, plans, nginx configuration or Node
   *     sources (an unreadable one included: it is reported as GL000)
   * @param terraformSources the {@code .tf} files found
   * @param terraformPlans how many Terraform plan JSON files were found
   * @param unmatchedIncludes the configuration's {@code include} patterns that match no input
   */
  public record Inputs(
      List<String> paths,
      int inputs,
      List<String> terraformSources,
      int terraformPlans,
      List<String> unmatchedIncludes) {

    public Inputs {
      paths = List.copyOf(paths);
      terraformSources = List.copyOf(terraformSources);
      unmatchedIncludes = List.copyOf(unmatchedIncludes);
    }
  }

  /** The notices of a run, in a fixed order: inputs first, then the chain. */
  public static List<Notice> of(Model model, Facts facts, Inputs inputs) {
    List<Notice> out = new ArrayList<>();
    for (String pattern : inputs.unmatchedIncludes()) {
      out.add(
          new Notice(
              INCLUDE_MATCHES_NOTHING,
              "the include pattern '"
                  + pattern
                  + "' in gatelint.yml matches no file gatelint reads",
              "correct or remove the pattern: it matches paths relative to the root (the working"
                  + " directory or --root), and '**/' matches one folder or more, so"
                  + " 'infra/**/*.yaml' does not match 'infra/a.yaml' but 'infra/**' does"));
    }
    boolean terraformWithoutPlan =
        !inputs.terraformSources().isEmpty() && inputs.terraformPlans() == 0;
    if (inputs.inputs() == 0 && !terraformWithoutPlan) {
      out.add(
          new Notice(
              NOTHING_READ,
              "nothing was linted: "
                  + listed(inputs.paths())
                  + " holds no CloudFormation template, Terraform plan JSON, nginx configuration or"
                  + " Node.js source",
              "lint the repository root (gatelint lint .), where the templates or plans and the"
                  + " application code are"));
    }
    if (terraformWithoutPlan) {
      Set<String> folders = new LinkedHashSet<>();
      for (String f : inputs.terraformSources()) {
        int slash = f.lastIndexOf('/');
        folders.add(slash < 0 ? "." : f.substring(0, slash));
      }
      out.add(
          new Notice(
              TERRAFORM_WITHOUT_PLAN,
              inputs.terraformSources().size()
                  + " Terraform file(s) (.tf) in "
                  + listed(new ArrayList<>(folders))
                  + " but no plan JSON: Terraform resources are read from the plan, so these were"
                  + " not linted",
              "in the root module run 'terraform plan -out plan && terraform show -json plan >"
                  + " plan.json' and lint again with plan.json in the linted paths"));
    }
    int proxies = model.getProxyServers().size();
    int apps = model.getAppServers().size();
    if (proxies + apps > 0
        && model.getLoadBalancers().isEmpty()
        && model.getTargetGroups().isEmpty()) {
      out.add(
          new Notice(
              NO_LOAD_BALANCER,
              "the linted files hold "
                  + backends(proxies, apps)
                  + " but no load balancer or target group: the cross-layer rules (load balancer"
                  + " → nginx → Node.js) could not run",
              "lint the repository root, or name the folder of the CloudFormation templates or"
                  + " Terraform plan JSON beside these files"));
    }
    List<String> unreached = new ArrayList<>();
    List<String> withoutGroups = new ArrayList<>();
    unreached(model, facts, unreached, withoutGroups);
    if (!withoutGroups.isEmpty()) {
      out.add(
          new Notice(
              NO_TARGET_GROUP,
              withoutGroups.size()
                  + " load balancer(s) forward to no target group in the linted files: "
                  + listed(withoutGroups)
                  + "; the chain rules did not run for them",
              "lint the templates or plans that define their listeners and target groups together"
                  + " with them (the repository root)"));
    }
    if (!unreached.isEmpty() && proxies + apps == 0) {
      out.add(
          new Notice(
              NO_BACKEND_REACHED,
              unreached.size()
                  + " load balancer(s) forward to target groups, but the linted files hold no nginx"
                  + " server or Node.js server: "
                  + listed(unreached)
                  + "; the chain rules did not run for them",
              "lint the templates or plans together with the application's nginx configuration"
                  + " and Node.js code (the repository root, or both folders)"));
    } else if (!unreached.isEmpty()) {
      out.add(
          new Notice(
              NO_BACKEND_REACHED,
              unreached.size()
                  + " load balancer(s) forward only to target groups that no nginx or Node.js server"
                  + " in the linted files could be linked to: "
                  + listed(unreached)
                  + "; the chain rules did not run for them",
              "if a target group's backend is in this repository, name it in gatelint.yml"
                  + " services: (targetGroup, proxy, app); --explain-links says why each target"
                  + " group was left unlinked"));
    }
    return List.copyOf(out);
  }

  /**
   * Each application load balancer (its condition variants as one) that no chain links to a
   * backend, as {@code id (file:line)}: into {@code unreached} when it forwards to a target group
   * that is not a placeholder, into {@code withoutGroups} when it forwards to no target group of
   * the tree. One that forwards only to placeholders has nothing to judge.
   */
  private static void unreached(
      Model model, Facts facts, List<String> unreached, List<String> withoutGroups) {
    Map<String, Boolean> reached = new LinkedHashMap<>();
    Map<String, Boolean> grouped = new LinkedHashMap<>();
    Map<String, String> label = new LinkedHashMap<>();
    // the load balancers and target groups of the chains that reach a backend, gathered once (a
    // scan of every chain for each load balancer was quadratic in a tree of many stacks)
    Set<Object> reaching = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Chain c : model.getChains()) {
      if (!reachesBackend(c)) continue;
      if (c.getLoadBalancer() != null) reaching.add(c.getLoadBalancer());
      if (c.getTargetGroup() != null) reaching.add(c.getTargetGroup());
    }
    // the chain rules judge what an application load balancer hands to nginx and Node.js
    for (LoadBalancer lb : model.getApplicationLoadBalancers()) {
      List<TargetGroup> behind = facts.targetGroupsBehind(lb);
      List<TargetGroup> groups = behind.stream().filter(tg -> !facts.isPlaceholder(tg)).toList();
      if (!behind.isEmpty() && groups.isEmpty()) continue;
      String key = Resource.variantKey(lb);
      boolean any = reaching.contains(lb) || groups.stream().anyMatch(reaching::contains);
      reached.merge(key, any, Boolean::logicalOr);
      grouped.merge(key, !groups.isEmpty(), Boolean::logicalOr);
      label.putIfAbsent(
          key,
          lb.getId() + (lb.getLocation() == null ? "" : " (" + lb.getLocation().display() + ")"));
    }
    reached.forEach(
        (key, any) -> {
          if (any) return;
          (grouped.get(key) ? unreached : withoutGroups).add(label.get(key));
        });
  }

  private static boolean reachesBackend(Chain c) {
    return c.getProxyServer() != null || c.getAppServer() != null || c.getLambdaFunction() != null;
  }

  private static String backends(int proxies, int apps) {
    List<String> parts = new ArrayList<>();
    if (proxies > 0) parts.add(proxies + " nginx server(s)");
    if (apps > 0) parts.add(apps + " Node.js server(s)");
    return String.join(" and ", parts);
  }

  /** The first few names, then how many more. */
  private static String listed(List<String> names) {
    if (names.size() <= LISTED) return String.join(", ", names);
    return String.join(", ", names.subList(0, LISTED))
        + " and "
        + (names.size() - LISTED)
        + " more";
  }
}
