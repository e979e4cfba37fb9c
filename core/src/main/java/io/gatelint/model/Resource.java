/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/** A resource of the model, whatever format declared it. */
public abstract class Resource {

  /** {@code AWS::…::LoadBalancer ApiLoadBalancer}: how messages name the resource. */
  public String getLabel() {
    return variant.isEmpty() ? id : id + " [" + variant + "]";
  }

  /** logical id (CloudFormation) or address (Terraform) or file-derived name (nginx, Node) */
  private String id = "";

  /** the type as written: AWS::ElasticLoadBalancingV2::LoadBalancer, aws_lb, nginx server, … */
  private String sourceType = "";

  /**
   * the template, plan or configuration tree the resource belongs to (the path of the template or
   * plan as findings show it); references resolve inside one namespace
   */
  private String scope = "";

  /**
   * suppressions written on the resource itself; null until one is added, as most resources have
   * none and a plan can hold hundreds of thousands of resources
   */
  private List<Ignore> ignores;

  /** where the resource is declared */
  private Location location;

  /**
   * for CloudFormation resources with Fn::If, which condition branches this copy takes (empty
   * otherwise)
   */
  private String variant = "";

  /**
   * the condition a CloudFormation resource's own {@code Condition} names when it is not true under
   * the parameter defaults (false there, or not decided by them): the resource exists only when
   * that condition is true; empty for a resource that exists in the default deployment
   */
  private String existsOnlyWhen = "";

  /** The suppressions written on the resource: a list to read and to add to. */
  public List<Ignore> getIgnores() {
    return ignores != null ? ignores : new IgnoresToCome();
  }

  /** The empty list of a resource without suppressions, made a list of its own by an addition. */
  private final class IgnoresToCome extends AbstractList<Ignore> {
    @Override
    public Ignore get(int index) {
      if (ignores == null) throw new IndexOutOfBoundsException(index);
      return ignores.get(index);
    }

    @Override
    public int size() {
      return ignores == null ? 0 : ignores.size();
    }

    @Override
    public void add(int index, Ignore ignore) {
      if (ignores == null) ignores = new ArrayList<>();
      ignores.add(index, ignore);
    }

    @Override
    public Ignore set(int index, Ignore ignore) {
      if (ignores == null) throw new IndexOutOfBoundsException(index);
      return ignores.set(index, ignore);
    }

    @Override
    public Ignore remove(int index) {
      if (ignores == null) throw new IndexOutOfBoundsException(index);
      return ignores.remove(index);
    }
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public String getSourceType() {
    return sourceType;
  }

  public void setSourceType(String sourceType) {
    this.sourceType = sourceType;
  }

  public Location getLocation() {
    return location != null ? location : heldLocation();
  }

  /**
   * Where the resource is declared when no location was set: a subclass that keeps its location
   * compactly makes it here, on each read. Null by default.
   */
  protected Location heldLocation() {
    return null;
  }

  public void setLocation(Location location) {
    this.location = location;
  }

  public String getVariant() {
    return variant;
  }

  public void setVariant(String variant) {
    this.variant = variant;
  }

  /**
   * Reads a variant label as a condition a person can check: {@code IsProd, UseTls false} → {@code
   * IsProd is true and UseTls is false}. One wording for findings and chains alike.
   */
  public static String describeVariant(String variant) {
    java.util.List<String> parts = new java.util.ArrayList<>();
    for (String part : variant.split(",\\s*")) {
      parts.add(
          part.endsWith(" false")
              ? part.substring(0, part.length() - 6) + " is false"
              : part + " is true");
    }
    return String.join(" and ", parts);
  }

  public String getExistsOnlyWhen() {
    return existsOnlyWhen;
  }

  public void setExistsOnlyWhen(String existsOnlyWhen) {
    this.existsOnlyWhen = existsOnlyWhen;
  }

  /**
   * A resource's identity across condition variants: its id in its file's namespace (the key {@link
   * Model#resolve} finds resources by). Static, so that rules do not see it.
   */
  public static String variantKey(Resource r) {
    return r.getScope() + "\u0000" + r.getId();
  }
}
