/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.suppress;

import io.gatelint.config.Config;
import io.gatelint.finding.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 3: the configuration file's per-rule settings — a disabled rule's findings are dropped, a
 * severity override replaces the rule's — and its {@code ignore} entries, by rule and optionally
 * resource, which mark a finding suppressed ("config").
 */
public final class ConfigSettings {

  private final Config config;

  public ConfigSettings(Config config) {
    this.config = config;
  }

  public List<Finding> apply(List<Finding> findings) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      Config.RuleSetting setting = config.rules().get(f.ruleId());
      if (setting != null && !setting.enabled()) continue;
      if (setting != null && setting.severity().isPresent())
        f = f.withSeverity(setting.severity().get());
      for (Config.Ignore ignore : config.ignore()) {
        if (ignore.rule().equals(f.ruleId())
            && !f.isSuppressed()
            && (ignore.resource().isEmpty() || ignore.resource().equals(f.resource()))) {
          f = f.suppressed(new Finding.Suppression("config", f.location(), ignore.reason()));
        }
      }
      out.add(f);
    }
    return out;
  }
}
