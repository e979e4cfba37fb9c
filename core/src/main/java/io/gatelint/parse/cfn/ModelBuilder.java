/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.cfn;

import io.gatelint.model.Ignore;
import io.gatelint.model.Location;
import io.gatelint.model.Model;
import io.gatelint.model.Resource;
import io.gatelint.model.ResourceKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns one resource of a template, under one choice of condition outcomes, into model objects: the
 * resource kind registry names the kind of its type, and the mapper of that kind's family builds
 * it. Settings a template leaves out get the AWS default, with a note that says so; sources are the
 * CloudFormation resource reference and the ELBv2 API reference, as cited in the rule metadata.
 */
final class ModelBuilder {

  /** The mapper of each resource kind with CloudFormation types. */
  static final Map<ResourceKind<?>, Function<PropertyReader, ResourceMapper>> MAPPERS = mappers();

  private static Map<ResourceKind<?>, Function<PropertyReader, ResourceMapper>> mappers() {
    Map<ResourceKind<?>, Function<PropertyReader, ResourceMapper>> out = new HashMap<>();
    register(out, LoadBalancingMapper.KINDS, LoadBalancingMapper::new);
    register(out, TargetGroupMapper.KINDS, TargetGroupMapper::new);
    register(out, SecurityGroupMapper.KINDS, SecurityGroupMapper::new);
    register(out, AlarmMapper.KINDS, AlarmMapper::new);
    register(out, LambdaMapper.KINDS, LambdaMapper::new);
    register(out, EcsMapper.KINDS, EcsMapper::new);
    register(out, Ec2Mapper.KINDS, Ec2Mapper::new);
    return Map.copyOf(out);
  }

  private static void register(
      Map<ResourceKind<?>, Function<PropertyReader, ResourceMapper>> into,
      Set<ResourceKind<?>> kinds,
      Function<PropertyReader, ResourceMapper> mapper) {
    for (ResourceKind<?> kind : kinds) {
      if (into.put(kind, mapper) != null) throw new IllegalStateException(kind + " mapped twice");
    }
  }

  private final Template template;
  private final Resolver resolver;
  private final Model model;
  private final String variant;
  private final String existsOnlyWhen;

  ModelBuilder(
      Template template, Resolver resolver, Model model, String variant, String existsOnlyWhen) {
    this.template = template;
    this.resolver = resolver;
    this.model = model;
    this.variant = variant;
    this.existsOnlyWhen = existsOnlyWhen;
  }

  void build(String id, Node.MapNode resource, Location at) {
    String type = resource.get("Type") instanceof Node.Scalar t ? t.text() : "";
    ResourceKind<?> kind = ResourceKind.ofCloudFormationType(type);
    Function<PropertyReader, ResourceMapper> mapper = kind == null ? null : MAPPERS.get(kind);
    if (mapper == null) return;
    Node.MapNode props =
        resolver.structural(resource.get("Properties")) instanceof Node.MapNode p
            ? present(p)
            : new Node.MapNode(new LinkedHashMap<>(), at);
    PropertyReader read =
        new PropertyReader(template, resolver, variant, ignores(resource.get("Metadata")));
    add(kind, mapper.apply(read).map(kind, id, type, props, at));
  }

  private <R extends Resource> void add(ResourceKind<R> kind, Resource resource) {
    if (resource != null) resource.setExistsOnlyWhen(existsOnlyWhen);
    model.resources(kind).add(kind.modelClass().cast(resource));
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
}
