package io.gatelint.suppress;

import io.gatelint.finding.Finding;
import io.gatelint.model.Ignore;
import io.gatelint.model.Location;
import io.gatelint.model.Resource;
import io.gatelint.parse.TextFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies inline suppressions — {@code # gatelint-disable-next-line GL010 -- reason} in YAML and
 * nginx, {@code // gatelint-disable-next-line GL011 -- reason} in JavaScript and TypeScript — to
 * the findings on the following line. Suppressed findings are kept, marked, so SARIF can report
 * them as suppressed.
 */
public final class Suppressions {

  private static final Pattern DIRECTIVE =
      Pattern.compile(
          "^(?:#|//)\\s*gatelint-disable-next-line\\s+([A-Z]{2,5}\\d{3,4}(?:\\s*,\\s*[A-Z]{2,5}\\d{3,4})*)\\s*(?:--\\s*(.*))?$");

  private final Path root;
  private final Map<String, List<String>> lines = new HashMap<>();

  public Suppressions(Path root) {
    this.root = root;
  }

  /** A directive written without a reason: it still applies, and is reported. */
  public record MissingReason(Location location, String rules) {}

  private final List<MissingReason> missingReasons = new ArrayList<>();

  public List<MissingReason> missingReasons() {
    return missingReasons;
  }

  /**
   * Applies the suppressions resources declare on themselves (CloudFormation {@code Metadata}) to
   * the findings about those resources in the same file.
   */
  public List<Finding> applyResourceIgnores(List<Finding> findings, List<Resource> resources) {
    Map<String, List<Ignore>> byResource = new HashMap<>();
    for (Resource r : resources) {
      if (!r.getIgnores().isEmpty())
        byResource.put(r.getLocation().file() + "\u0000" + r.getId(), r.getIgnores());
    }
    if (byResource.isEmpty()) return findings;
    java.util.Set<Location> reported = new java.util.HashSet<>();
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      Finding result = f;
      for (Ignore ignore :
          byResource.getOrDefault(f.location().file() + "\u0000" + f.resource(), List.of())) {
        if (!ignore.rule().equals(f.ruleId()) || f.isSuppressed()) continue;
        if (ignore.reason().isEmpty() && reported.add(ignore.location())) {
          missingReasons.add(new MissingReason(ignore.location(), ignore.rule()));
        }
        result =
            f.suppressed(new Finding.Suppression("metadata", ignore.location(), ignore.reason()));
      }
      out.add(result);
    }
    return out;
  }

  public List<Finding> apply(List<Finding> findings) {
    List<Finding> out = new ArrayList<>();
    java.util.Set<Location> reported = new java.util.HashSet<>();
    for (Finding f : findings) {
      Location at = f.location();
      if (at.line() <= 1) {
        out.add(f);
        continue;
      }
      List<String> text = lines(at.file());
      String above = at.line() - 2 < text.size() ? text.get(at.line() - 2) : "";
      // only a line that is nothing but the directive: a trailing comment is about its own line
      Matcher m = DIRECTIVE.matcher(above.strip());
      if (m.find() && List.of(m.group(1).split("\\s*,\\s*")).contains(f.ruleId())) {
        String reason = m.group(2) == null ? "" : m.group(2).strip();
        Location where = Location.of(at.file(), at.line() - 1, 1);
        if (reason.isEmpty() && reported.add(where))
          missingReasons.add(new MissingReason(where, m.group(1)));
        out.add(f.suppressed(new Finding.Suppression("inline", where, reason)));
      } else {
        out.add(f);
      }
    }
    return out;
  }

  private List<String> lines(String file) {
    return lines.computeIfAbsent(
        file,
        f -> {
          try {
            return TextFiles.decode(TextFiles.readBytes(root.resolve(f))).lines().toList();
          } catch (IOException | RuntimeException e) {
            return List.of();
          }
        });
  }
}
