/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse;

import io.gatelint.parse.cfn.CloudFormationParser;
import io.gatelint.parse.nginx.NginxParser;
import io.gatelint.parse.node.NodeParser;
import io.gatelint.parse.tfplan.TerraformPlanParser;
import java.util.List;

/**
 * The input formats gatelint reads, each registered once: its parser, which is also its detector.
 * Discovery asks the detectors in this order and the linter runs the parsers in it. Plans come
 * before templates because a plan can embed a template body ({@code aws_cloudformation_stack}), and
 * templates before nginx because a YAML file is never nginx configuration.
 */
public final class InputFormats {

  private InputFormats() {}

  /** A fresh parser per format, in detection order. */
  public static List<InputParser> all() {
    return List.of(
        new TerraformPlanParser(), new CloudFormationParser(), new NginxParser(), new NodeParser());
  }
}
