/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.source;

/** What a file holds, decided by its content first and its name second. */
public enum SourceKind {
  /** a CloudFormation or SAM template, YAML or JSON, including CDK synth output */
  CLOUDFORMATION,
  /** {@code terraform show -json} output */
  TERRAFORM_PLAN,
  /** a {@code .tf} file, used to point findings at the block a developer edits */
  TERRAFORM_SOURCE,
  /**
   * nginx configuration (a file with http, server, upstream or events blocks, or included by one)
   */
  NGINX,
  /** JavaScript or TypeScript source */
  NODE_SOURCE,
  /**
   * package.json, .nvmrc, .node-version, Dockerfile: where Node versions and entrypoints are
   * declared
   */
  NODE_PROJECT,
  /** a file that looked like an input but cannot be read (empty, binary, not UTF-8) */
  UNREADABLE,
  /** anything else: skipped */
  OTHER
}
