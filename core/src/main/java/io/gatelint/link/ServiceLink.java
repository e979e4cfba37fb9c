/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.link;

/**
 * An explicit link the user configured: the target group (logical id or address) is answered by the
 * nginx configuration file and/or the Node entrypoint, both paths relative to the linted root.
 * Empty strings mean "not given".
 */
public record ServiceLink(String targetGroup, String proxy, String app) {

  public ServiceLink {
    targetGroup = targetGroup == null ? "" : targetGroup;
    proxy = proxy == null ? "" : proxy;
    app = app == null ? "" : app;
  }
}
