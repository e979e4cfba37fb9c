/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.nginx;

import io.gatelint.model.Location;
import io.gatelint.model.Model;
import io.gatelint.model.Origin;
import io.gatelint.model.Value;
import io.gatelint.parse.InputParser;
import io.gatelint.parse.ParseContext;
import io.gatelint.parse.ProjectFileText;
import io.gatelint.parse.runtime.RuntimeImages;
import io.gatelint.source.FileHead;
import io.gatelint.source.SourceFile;
import io.gatelint.source.SourceKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
   *
   * <p>Every repetition is possessive and the indentation is horizontal white space only: a
   * {@code ^\s*} would rescan the rest of a file of blank lines from each of its lines (quadratic
   * time; 64 KiB of newlines took minutes). A line start matches at every line anyway, so what the
   * pattern accepts is unchanged.
   */
  private static final Pattern TOP_LEVEL_BLOCK =
      Pattern.compile(
          "(?m)^[ \\t\\x0B\\f\\r]*+(?:[\"']?(?:http|events|server|stream)[\"']?|upstream\\s++[^\\s{]++)\\s*+\\{");

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

  /**
   * nginx configuration, and the project files beside it: a Dockerfile says which nginx version
   * runs the configuration ({@link RuntimeImages}).
   */
  @Override
  public Set<SourceKind> kinds() {
    return Set.of(SourceKind.NGINX, SourceKind.NODE_PROJECT);
  }

  /**
   * Each given file is read and parsed on its own; then each main file becomes a tree with its
   * includes, in isolation too, from the files that were read.
   */
  @Override
  public Batch open(List<SourceFile> files, ParseContext context) {
    return new NginxBatch(files, context);
  }

  /**
   * Parses as {@link #parse} does and returns what was read, for callers that want the trees and
   * notes.
   */
  NginxTreeReader.Result read(List<SourceFile> files, ParseContext context, Model model) {
    int before = model.getProblems().size();
    NginxBatch batch = new NginxBatch(files, context);
    for (SourceFile f : files) batch.read(f, model);
    for (Step step : batch.linked()) step.read().accept(model);
    return new NginxTreeReader.Result(
        List.copyOf(batch.trees),
        List.copyOf(model.getProblems().subList(before, model.getProblems().size())),
        batch.reader.notes());
  }

  private static final class NginxBatch implements Batch {
    final NginxTreeReader reader;
    final List<NginxTreeReader.Tree> trees = new ArrayList<>();
    private final Map<Path, SourceFile> given = new LinkedHashMap<>();
    private final RuntimeImages images = new RuntimeImages();
    private final ParseContext context;

    NginxBatch(List<SourceFile> files, ParseContext context) {
      this.context = context;
      Map<Path, String> names = new LinkedHashMap<>();
      for (SourceFile f : files) {
        if (f.path().getFileName() != null
            && RuntimeImages.isDockerfile(f.path().getFileName().toString())) {
          readDockerfile(f, context, images);
        }
        if (f.kind() != SourceKind.NGINX) continue;
        names.put(f.path(), f.relativePath());
        given.put(f.path().toAbsolutePath().normalize(), f);
      }
      reader = new NginxTreeReader(context, names);
    }

    @Override
    public void read(SourceFile file, Model into) {
      if (file.kind() == SourceKind.NGINX) reader.preload(file.path());
    }

    @Override
    public List<Step> linked() {
      List<Step> steps = new ArrayList<>();
      for (boolean firstPass : new boolean[] {true, false}) {
        for (Path main : reader.mainOrder()) {
          steps.add(
              new Step(
                  given.get(main),
                  into -> {
                    int mark = reader.problemCount();
                    NginxTreeReader.Tree tree = reader.expandIfMain(main, firstPass);
                    into.getProblems().addAll(reader.problemsSince(mark));
                    if (tree == null) return;
                    NginxModelBuilder.build(tree, into, version(tree.mainFile(), context, images));
                    trees.add(tree);
                  }));
        }
      }
      return steps;
    }
  }

  /**
   * The nginx version running a configuration: the config's {@code nginxVersion}, else the nearest
   * Dockerfile at or above the main file whose last stage is an nginx image; unknown otherwise.
   */
  static Value<Object> version(String mainFile, ParseContext context, RuntimeImages images) {
    Location file = Location.file(mainFile);
    if (context.nginxVersion().isPresent()) {
      String v = context.nginxVersion().get();
      return Value.of(
          v, Origin.parameter(file, "nginxVersion " + v + " from the gatelint configuration"));
    }
    Optional<RuntimeImages.RuntimeImage> image =
        images.nearest(
            RuntimeImages.folderOf(mainFile), i -> i.runtime() == RuntimeImages.Runtime.NGINX);
    if (image.isPresent() && image.get().version() != null) {
      RuntimeImages.RuntimeImage i = image.get();
      return Value.of(i.version(), new Origin(Origin.Kind.EXPLICIT, i.at(), i.note()));
    }
    return Value.unknown(
        file,
        image.map(i -> i.note()).orElse("no Dockerfile FROM nginx and no nginxVersion configured"));
  }

  /**
   * The Dockerfile's text comes from the run's shared reads: the Node parser reads the same file
   * for the Node version, and reports it when unreadable; here it only leaves the version unknown.
   */
  private static void readDockerfile(SourceFile f, ParseContext context, RuntimeImages images) {
    if (context.projectFiles().read(f.path()) instanceof ProjectFileText.Text t) {
      images.read(f.relativePath(), t.text());
    }
  }
}
