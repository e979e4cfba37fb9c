package io.gatelint.parse.nginx;

import io.gatelint.model.Model;
import io.gatelint.parse.InputParser;
import io.gatelint.parse.ParseContext;
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

  private static final Pattern TOP_LEVEL_BLOCK =
      Pattern.compile(
          "(?m)^[ \\t]*(?:[\"']?(?:http|server|events)[\"']?|upstream[ \\t]+[^\\s{};#]+)\\s*\\{");

  /**
   * True when the text looks like nginx configuration: a line that starts an {@code http}, {@code
   * server}, {@code events} or {@code upstream NAME} block. Used by source classification.
   */
  public static boolean looksLikeNginx(String content) {
    return content != null && TOP_LEVEL_BLOCK.matcher(content).find();
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
