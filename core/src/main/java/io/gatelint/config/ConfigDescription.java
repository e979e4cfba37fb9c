/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The effective configuration as text, one setting a line, each with where it came from: the file
 * and line that set it, or "default". For {@code gatelint lint --show-config}: a user whose exclude
 * does not seem to apply sees at once which file was read, if any.
 */
public final class ConfigDescription {

  private ConfigDescription() {}

  /**
   * @param folders the folders discovery looked in, for the line that says no file was found (empty
   *     when the file was named)
   */
  public static String text(Config cfg, List<Path> folders) {
    List<String> out = new ArrayList<>();
    if (cfg.file().isPresent()) {
      out.add("configuration: " + cfg.file().get());
    } else {
      out.add(
          "configuration: none found"
              + (folders.isEmpty()
                  ? ""
                  : " (looked for "
                      + String.join(", ", ConfigDiscovery.NAMES)
                      + " in "
                      + String.join(", ", folders.stream().map(Path::toString).toList())
                      + ")"));
    }
    out.add(line(cfg, "include", list(cfg.include(), "every file")));
    out.add(line(cfg, "exclude", list(cfg.exclude(), "nothing")));
    out.add(
        line(
            cfg,
            "failOn",
            cfg.failOn()
                .map(s -> s.label())
                .orElse(cfg.lines().containsKey("failOn") ? "never" : "error")));
    out.add(
        line(
            cfg,
            "nodeVersion",
            cfg.nodeVersion().isPresent()
                ? String.valueOf(cfg.nodeVersion().getAsInt())
                : "each server's own (package.json engines, Dockerfile), else the documented default"));
    out.add(
        line(
            cfg,
            "nginxVersion",
            cfg.nginxVersion().orElse("each config's own evidence, else current nginx defaults")));
    out.add(line(cfg, "baseline", cfg.baseline().orElse("none")));
    out.add(line(cfg, "ruleDirs", list(cfg.ruleDirs(), "none")));
    if (cfg.rules().isEmpty()) out.add(line(cfg, "rules", "every rule on, at its own severity"));
    for (Map.Entry<String, Config.RuleSetting> e : cfg.rules().entrySet()) {
      Config.RuleSetting r = e.getValue();
      String value = !r.enabled() ? "off" : r.severity().map(s -> s.label()).orElse("on");
      out.add(line(cfg, "rules." + e.getKey(), value));
    }
    cfg.parameters().forEach((k, v) -> out.add(line(cfg, "parameters." + k, v)));
    for (int i = 0; i < cfg.services().size(); i++) {
      Config.Service s = cfg.services().get(i);
      out.add(
          line(
              cfg,
              "services[" + i + "]",
              "target group "
                  + s.targetGroup()
                  + (s.proxy().isEmpty() ? "" : ", proxy " + s.proxy())
                  + (s.app().isEmpty() ? "" : ", app " + s.app())));
    }
    for (int i = 0; i < cfg.ignore().size(); i++) {
      Config.Ignore g = cfg.ignore().get(i);
      out.add(
          line(
              cfg,
              "ignore[" + i + "]",
              g.rule()
                  + (g.resource().isEmpty() ? "" : " on " + g.resource())
                  + g.until().map(d -> " until " + d).orElse("")
                  + ": "
                  + g.reason()));
    }
    return String.join("\n", out) + "\n";
  }

  private static String list(List<String> values, String none) {
    return values.isEmpty() ? none : "[" + String.join(", ", values) + "]";
  }

  private static String line(Config cfg, String key, String value) {
    Integer line = cfg.lines().get(key);
    String origin =
        line == null || cfg.file().isEmpty() ? "default" : cfg.file().get() + ":" + line;
    return key + ": " + value + "    (" + origin + ")";
  }
}
