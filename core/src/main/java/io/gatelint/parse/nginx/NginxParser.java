package io.gatelint.parse.nginx;

import io.gatelint.model.Model;
import io.gatelint.parse.InputParser;
import io.gatelint.parse.ParseContext;
import io.gatelint.source.FileHead;
import io.gatelint.source.SourceFile;
import io.gatelint.source.SourceKind;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads nginx configuration: every given file is lexed and parsed by hand (the grammar is small and
 * no Java library keeps lines or survives Lua blocks), the main files' includes are spliced in, and
 * each {@code server} and {@code upstream} of the {@code http} context becomes a {@link
 * io.gatelint.model.ProxyServer} or {@link io.gatelint.model.Upstream} with its effective settings.
 * A file nginx would reject becomes a problem (GL000) at its line and column; the other files are
 * read as usual.
 */
public final class NginxParser implements InputParser {

  /**
   * A line that opens an {@code http}, {@code events}, {@code server}, {@code stream} or {@code
   * upstream NAME} block. nginx accepts a directive name in quotes ({@code "http" {}), so the block
   * names may be quoted; the brace may follow on a later line.
   */
  private static final Pattern TOP_LEVEL_BLOCK =
      Pattern.compile(
          "(?m)^\\s*(?:[\"']?(?:http|events|server|stream)[\"']?|upstream\\s+[^\\s{]+)\\s*\\{");

  /** YAML and JSON names: such a file is a template or nothing, never nginx configuration. */
  private static final Set<String> TEMPLATE_EXTENSIONS = Set.of("yaml", "yml", "json");

  /** Program sources and documentation: never nginx configuration, and not worth scanning. */
  private static final Set<String> NOT_NGINX =
      Set.of(
          "js",
          "mjs",
          "cjs",
          "ts",
          "mts",
          "cts",
          "tsx",
          "jsx",
          "md",
          "markdown",
          "snap",
          "html",
          "py",
          "java",
          "go",
          "rb");

  /** True when the text looks like nginx configuration: see {@link #TOP_LEVEL_BLOCK}. */
  public static boolean looksLikeNginx(String content) {
    return content != null && TOP_LEVEL_BLOCK.matcher(content).find();
  }

  /**
   * The one nginx detector: any file name but a YAML or JSON one, with a top-level block. A {@code
   * .template} file that is not a CloudFormation template (asked first) is nginx configuration when
   * it holds such a block: the official nginx image runs {@code /etc/nginx/templates/*.template}
   * through envsubst, and the {@code ${VAR}} it substitutes reads as a value unknown at lint time.
   */
  @Override
  public SourceKind sniff(FileHead head) {
    return !TEMPLATE_EXTENSIONS.contains(head.extension())
            && !NOT_NGINX.contains(head.extension())
            && looksLikeNginx(head.text())
        ? SourceKind.NGINX
        : null;
  }

  @Override
  public Set<SourceKind> kinds() {
    return Set.of(SourceKind.NGINX);
  }

  @Override
  public void parse(List<SourceFile> files, ParseContext context, Model model) {
    read(files, context, model);
  }

  /**
   * Parses as {@link #parse} does and returns what was read, for callers that want the trees and
   * notes.
   */
  NginxTreeReader.Result read(List<SourceFile> files, ParseContext context, Model model) {
    Map<Path, String> given = new LinkedHashMap<>();
    for (SourceFile f : files) {
      if (f.kind() == SourceKind.NGINX) given.put(f.path(), f.relativePath());
    }
    NginxTreeReader.Result result = new NginxTreeReader(context, given).read();
    model.getProblems().addAll(result.problems());
    for (NginxTreeReader.Tree tree : result.trees()) NginxModelBuilder.build(tree, model);
    return result;
  }
}
