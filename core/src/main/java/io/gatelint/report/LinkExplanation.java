/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report;

import io.gatelint.LintResult;
import io.gatelint.model.Chain;
import io.gatelint.model.Route;

/**
 * The chains a run built and why, and what stayed unlinked: the text of {@code --explain-links}.
 */
public final class LinkExplanation {

  /** how the linker words a target group it judged a placeholder */
  private static final String PLACEHOLDER = "placeholder target group ";

  private LinkExplanation() {}

  public static String text(LintResult result) {
    StringBuilder b = new StringBuilder();
    b.append("Chains (").append(result.chains().size()).append("):\n");
    for (Chain c : result.chains()) {
      b.append("  ").append(PlainText.escape(c.describe())).append('\n');
      for (String e : c.getEvidence()) b.append("    - ").append(PlainText.escape(e)).append('\n');
      if (c.getAppServer() != null) {
        // an incomplete route table keeps the path rules silent: say what hides the routes
        for (Route r : c.getAppServer().getRoutes()) {
          if (!r.isAnyPath()) continue;
          b.append("    - routes of ")
              .append(PlainText.escape(c.getAppServer().getId()))
              .append(" may serve any path ")
              .append(PlainText.escape(r.getPath().text()))
              .append(": ")
              .append(PlainText.escape(r.getAnyPath()))
              .append(" (")
              .append(PlainText.escape(r.getPath().origin().location().display()))
              .append(")\n");
        }
      }
    }
    // placeholders are judged, not missing: their own section, so "Unlinked" lists what to fix
    java.util.List<String> placeholders =
        result.unlinked().stream().filter(u -> u.startsWith(PLACEHOLDER)).toList();
    java.util.List<String> unlinked =
        result.unlinked().stream().filter(u -> !u.startsWith(PLACEHOLDER)).toList();
    if (!placeholders.isEmpty()) {
      b.append("Placeholder target groups (").append(placeholders.size()).append("):\n");
      for (String p : placeholders) b.append("  - ").append(PlainText.escape(p)).append('\n');
    }
    if (!unlinked.isEmpty()) {
      b.append("Unlinked (").append(unlinked.size()).append("):\n");
      for (String u : unlinked) b.append("  - ").append(PlainText.escape(u)).append('\n');
    }
    return b.append('\n').toString();
  }
}
