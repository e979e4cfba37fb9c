package io.gatelint;

import io.gatelint.config.Config;
import java.nio.file.Path;
import java.util.List;

/**
 * What to lint: the paths, the root that findings' paths are relative to, the configuration, and
 * extra rule directories (from {@code --rules}).
 */
public record LintRequest(List<Path> paths, Path root, Config config, List<Path> ruleDirs) {

  public LintRequest {
    paths = List.copyOf(paths);
    ruleDirs = List.copyOf(ruleDirs);
  }

  public static LintRequest of(Path root) {
    return new LintRequest(List.of(root), root, Config.empty(), List.of());
  }
}
