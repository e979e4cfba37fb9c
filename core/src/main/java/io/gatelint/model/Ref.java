/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

/**
 * A reference from one resource to another, as written in the source: CloudFormation {@code
 * !Ref}/{@code !GetAtt}, or a Terraform {@code configuration} reference.
 *
 * @param scope the template or plan the reference is written in (its path as findings show it);
 *     logical ids and addresses are only unique inside one of these
 * @param target the logical id (CloudFormation) or address (Terraform) of the referenced resource
 * @param attribute what of the target is taken, normalised across formats
 * @param written the attribute as written ({@code Ref}, {@code LoadBalancerFullName}, {@code
 *     arn_suffix})
 */
public record Ref(String scope, String target, Attribute attribute, String written) {

  /** What a reference yields. CloudWatch dimensions need {@link #FULL_NAME}. */
  public enum Attribute {
    /** an ARN: CloudFormation {@code !Ref} of ELBv2 resources, Terraform {@code .arn} */
    ARN,
    /**
     * {@code app/NAME/ID} or {@code targetgroup/NAME/ID}: {@code LoadBalancerFullName}, {@code
     * arn_suffix}
     */
    FULL_NAME,
    /** a physical id: security group id, Terraform {@code .id} */
    ID,
    /** a short name: {@code LoadBalancerName}, {@code .name} */
    NAME,
    /** anything else ({@code DNSName}, {@code SecurityGroups}, …) */
    OTHER
  }

  @Override
  public String toString() {
    return target + "." + written;
  }
}
