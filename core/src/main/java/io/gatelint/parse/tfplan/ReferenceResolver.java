/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatelint.parse.tfplan.PlanDocument.ConfigModule;
import io.gatelint.parse.tfplan.PlanDocument.ConfigResource;
import io.gatelint.parse.tfplan.PlanDocument.ModuleCall;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns {@code configuration} {@code references} into the addresses of the resources they name.
 * References inside a module are relative to it: in {@code module.api}, {@code aws_lb.this.arn}
 * names {@code module.api.aws_lb.this}. {@code var.x} is followed to the module call's argument in
 * the calling module, {@code module.x.out} to the called module's output.
 */
final class ReferenceResolver {

  private static final Set<String> NOT_RESOURCES =
      Set.of("data", "local", "each", "count", "path", "terraform", "self", "ephemeral");
  private static final int MAX_HOPS = 16;

  /** A module instance: its configuration, its address prefix, and where it is called from. */
  record Frame(ConfigModule module, String prefix, Frame parent, String callName, String source) {}

  /** A resource a reference names, with the attribute taken ({@code arn_suffix}, or empty). */
  record Target(String address, String type, String attribute) {}

  private final ConfigModule root;

  /**
   * Planned instance addresses with an index ({@code count}, {@code for_each}) by address without
   * indexes. An address without one is found in {@link #planned} alone: a reference that is not
   * such an address exactly names no instance of it, so a plan of resources without {@code count}
   * costs this index nothing.
   */
  private final Map<String, List<String>> instances = new HashMap<>();

  private final Set<String> planned;

  /** {@code plannedAddresses} is held, not copied: the plan stage does not change it meanwhile. */
  ReferenceResolver(ConfigModule root, Set<String> plannedAddresses) {
    this.root = root;
    this.planned = plannedAddresses;
    for (String address : plannedAddresses) {
      if (address.indexOf('[') >= 0)
        Addresses.addInstance(instances, Addresses.strip(address), address);
    }
  }

  /**
   * The configuration of a planned resource and the module instance it is in; null without
   * configuration.
   */
  Frame frameOf(String address) {
    if (root == null) return null;
    List<String> steps = Addresses.steps(address);
    Frame frame = new Frame(root, "", null, "", "");
    int i = 0;
    while (i + 1 < steps.size() && steps.get(i).equals("module")) {
      String step = steps.get(i + 1);
      ModuleCall call = frame.module().calls.get(Addresses.name(step));
      if (call == null) return null;
      frame =
          new Frame(
              call.module(),
              Addresses.join(frame.prefix(), "module." + step),
              frame,
              Addresses.name(step),
              call.source());
      i += 2;
    }
    return frame;
  }

  /** The configuration block of a planned resource, or null. */
  ConfigResource configOf(String address, Frame frame) {
    if (frame == null) return null;
    List<String> steps = Addresses.steps(address);
    if (steps.size() < 2) return null;
    String local =
        Addresses.name(steps.get(steps.size() - 2))
            + "."
            + Addresses.name(steps.get(steps.size() - 1));
    return frame.module().resources.get(local);
  }

  /** The resources an expression references, in the order written, each once. */
  List<Target> targets(JsonNode expression, Frame frame) {
    Map<String, Target> found = new LinkedHashMap<>();
    collect(expression, frame, found, 0);
    // "aws_lb.api[0].arn" also lists "aws_lb.api": keep the indexed one
    List<Target> result = new ArrayList<>();
    for (Target t : found.values()) {
      boolean shadowed =
          Addresses.index(last(t.address())) == null
              && found.values().stream()
                  .anyMatch(
                      o ->
                          o != t
                              && Addresses.index(last(o.address())) != null
                              && Addresses.strip(o.address()).equals(Addresses.strip(t.address()))
                              && o.address().startsWith(t.address()));
      if (!shadowed) result.add(t);
    }
    return result;
  }

  /**
   * The planned instances a target names: the exact address, the one instance of a counted
   * resource, or the instance with the referrer's own index ({@code count.index}); all candidates
   * when that does not decide; the address as written when nothing planned matches.
   */
  List<String> instancesOf(Target target, String referrer) {
    if (planned.contains(target.address())) return List.of(target.address());
    List<String> candidates =
        instances.getOrDefault(Addresses.strip(target.address()), List.of()).stream()
            .filter(a -> Addresses.matches(target.address(), a))
            .toList();
    if (candidates.isEmpty()) return List.of(target.address());
    if (candidates.size() == 1) return candidates;
    String ownIndex = Addresses.index(last(referrer));
    if (ownIndex != null) {
      List<String> same =
          candidates.stream().filter(a -> ownIndex.equals(Addresses.index(last(a)))).toList();
      if (same.size() == 1) return same;
    }
    String ownModule = Addresses.modulePrefix(referrer);
    if (!ownModule.isEmpty()) {
      List<String> same = candidates.stream().filter(a -> a.startsWith(ownModule + ".")).toList();
      if (same.size() == 1) return same;
    }
    return candidates;
  }

  private void collect(JsonNode expression, Frame frame, Map<String, Target> found, int hops) {
    if (expression == null || frame == null || hops > MAX_HOPS) return;
    JsonNode refs = expression.get("references");
    if (refs == null || !refs.isArray()) return;
    for (JsonNode ref : refs) {
      if (!ref.isTextual()) continue;
      List<String> steps = Addresses.steps(ref.asText());
      String head = steps.get(0);
      if (head.equals("var") && steps.size() >= 2) {
        Frame parent = frame.parent();
        if (parent == null) continue;
        ModuleCall call = parent.module().calls.get(frame.callName());
        JsonNode args = call == null ? null : call.expressions();
        if (args != null) collect(args.get(Addresses.name(steps.get(1))), parent, found, hops + 1);
      } else if (head.equals("module") && steps.size() >= 3) {
        String step = steps.get(1);
        ModuleCall call = frame.module().calls.get(Addresses.name(step));
        if (call == null) continue;
        Frame child =
            new Frame(
                call.module(),
                Addresses.join(frame.prefix(), "module." + step),
                frame,
                Addresses.name(step),
                call.source());
        collect(call.module().outputs.get(Addresses.name(steps.get(2))), child, found, hops + 1);
      } else if (!NOT_RESOURCES.contains(head)
          && head.indexOf('_') > 0
          && steps.size() >= 2
          && !head.equals("module")
          && !head.equals("var")) {
        String address = Addresses.join(frame.prefix(), head + "." + steps.get(1));
        String attribute = steps.size() >= 3 ? Addresses.name(steps.get(2)) : "";
        Target existing = found.get(address);
        if (existing == null || (existing.attribute().isEmpty() && !attribute.isEmpty())) {
          found.put(address, new Target(address, head, attribute));
        }
      }
    }
  }

  private static String last(String address) {
    List<String> steps = Addresses.steps(address);
    return steps.get(steps.size() - 1);
  }
}
