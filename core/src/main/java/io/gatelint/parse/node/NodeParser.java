/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.node;

import io.gatelint.model.AppServer;
import io.gatelint.model.Location;
import io.gatelint.model.Model;
import io.gatelint.model.Problem;
import io.gatelint.model.Value;
import io.gatelint.parse.FileBudget;
import io.gatelint.parse.InlineDirective;
import io.gatelint.parse.InlineDirectives;
import io.gatelint.parse.InputParser;
import io.gatelint.parse.ParseContext;
import io.gatelint.source.FileHead;
import io.gatelint.source.ServerCandidate;
import io.gatelint.source.SourceFile;
import io.gatelint.source.SourceKind;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSLanguage;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSTree;
import org.treesitter.TreeSitterJavascript;
import org.treesitter.TreeSitterTsx;
import org.treesitter.TreeSitterTypescript;

/**
 * Reads Node.js sources (JavaScript and TypeScript, CommonJS and ES modules) with tree-sitter into
 * {@link AppServer}s and {@link io.gatelint.model.LambdaHandler}s, and the project files beside
 * them (package.json, .nvmrc, .node-version, Dockerfile) for the Node major that decides defaults.
 *
 * <p>Which sources are read: every source given, except type declarations ({@code *.d.ts}), tests
 * ({@code *.test.*}, {@code *.spec.*}, {@code __tests__/}) and build output ({@code dist/}, {@code
 * build/}, {@code out/}) when a {@code src/} folder beside it holds the sources it was built from.
 * A file counts by what it holds — servers it creates, handlers it exports — so entrypoints named
 * by package.json {@code main}/{@code scripts.start} or a Dockerfile {@code CMD} need no special
 * treatment: they are read like every other source.
 */
public final class NodeParser implements InputParser {

  private enum Grammar {
    JAVASCRIPT,
    TYPESCRIPT,
    TSX
  }

  private static final Set<String> SOURCE_EXTENSIONS =
      Set.of("js", "mjs", "cjs", "ts", "mts", "cts", "tsx", "jsx");

  @Override
  public Set<SourceKind> kinds() {
    return Set.of(SourceKind.NODE_SOURCE, SourceKind.NODE_PROJECT);
  }

  /**
   * The project files that declare versions and entrypoints are known by their names; sources are
   * asked about by {@link #sniff}, which looks at what they hold.
   */
  @Override
  public SourceKind byName(FileHead head) {
    String lower = head.lowerName();
    if (lower.equals("package.json")
        || lower.equals(".nvmrc")
        || lower.equals(".node-version")
        || lower.equals("dockerfile")
        || lower.startsWith("dockerfile.")
        || lower.endsWith(".dockerfile")) {
      return SourceKind.NODE_PROJECT;
    }
    return null;
  }

  /**
   * A source ({@code .js}, {@code .ts}, … but not a type declaration {@code *.d.ts}) that could
   * hold a server or a Lambda handler: see {@link ServerCandidate}. A source the user named is
   * always read.
   */
  @Override
  public SourceKind sniff(FileHead head) {
    if (!isSource(head)) return null;
    return head.named() || ServerCandidate.whyNot(head) == null ? SourceKind.NODE_SOURCE : null;
  }

  @Override
  public String skipReason(FileHead head) {
    return isSource(head) ? ServerCandidate.whyNot(head) : null;
  }

  private static boolean isSource(FileHead head) {
    return SOURCE_EXTENSIONS.contains(head.extension()) && !head.lowerName().endsWith(".d.ts");
  }

  /**
   * The project files are read first, for the Node versions they declare; then each selected source
   * on its own.
   */
  @Override
  public Batch open(List<SourceFile> files, ParseContext context) {
    List<SourceFile> projectFiles = new ArrayList<>();
    List<SourceFile> sources = new ArrayList<>();
    for (SourceFile f : files) {
      if (f.kind() == SourceKind.NODE_PROJECT) projectFiles.add(f);
      else if (f.kind() == SourceKind.NODE_SOURCE) sources.add(f);
    }
    List<Problem> hintProblems = new ArrayList<>();
    NodeVersionHints hints =
        new NodeVersionHints(
            projectFiles, context.nodeVersion(), hintProblems::add, context.projectFiles());
    return new Batch() {
      @Override
      public void read(SourceFile f, Model into) {
        if (f.kind() != SourceKind.NODE_SOURCE || !selected(f, sources)) return;
        readSource(f, hints, into, context.directives());
      }

      @Override
      public List<Step> linked() {
        // the problems of the project files, reported once the sources that consult them are read;
        // the Dockerfiles, read here once, are the linker's evidence for what a container runs
        if (hintProblems.isEmpty() && hints.builds().isEmpty()) return List.of();
        return List.of(
            new Step(
                files.get(0),
                into -> {
                  into.getProblems().addAll(hintProblems);
                  into.getDockerBuilds().addAll(hints.builds());
                }));
      }
    };
  }

  /** One source, with a parser of its grammar that is closed when it is read. */
  private void readSource(
      SourceFile f, NodeVersionHints hints, Model model, InlineDirectives directives) {
    Map<Grammar, TSParser> parsers = new EnumMap<>(Grammar.class);
    try {
      read(f, parsers, hints, model, directives);
    } catch (LinkageError e) {
      model
          .getProblems()
          .add(
              new Problem(
                  Location.file(f.relativePath()),
                  "cannot load the tree-sitter native library for this platform ("
                      + System.getProperty("os.name")
                      + " "
                      + System.getProperty("os.arch")
                      + "): "
                      + e));
    } finally {
      for (TSParser p : parsers.values()) p.close();
    }
  }

  /**
   * The inline suppressions among the file's comments: a {@code //} or {@code /* *}{@code /}
   * comment that is all there is on its line, or a trailing {@code gatelint-disable-line}. Taken
   * from the syntax tree, so text inside strings and templates is never one.
   */
  private static List<InlineDirective> directives(JsFile file, String text) {
    List<InlineDirective> out = new ArrayList<>();
    if (!text.contains(InlineDirective.MARK)) return out;
    List<String> lines = text.lines().toList();
    for (TSNode comment : file.comments()) {
      int line = comment.getStartPoint().getRow() + 1;
      String written = file.text(comment);
      if (line > lines.size()) continue;
      boolean alone = lines.get(line - 1).strip().equals(written.strip());
      InlineDirective.ofComment(file.relativePath(), line, written, alone).ifPresent(out::add);
    }
    return out;
  }

  /** Whether a source is read: see the class comment. */
  static boolean selected(SourceFile f, List<SourceFile> all) {
    String path = f.relativePath();
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (name.matches(".*\\.d\\.[mc]?ts$")) return false;
    if (name.matches(".*\\.(test|spec)\\.[^.]+$")) return false;
    String[] segments = path.split("/");
    for (int i = 0; i < segments.length - 1; i++) {
      String s = segments[i];
      if (s.equals("__tests__")) return false;
      if (s.equals("dist") || s.equals("build") || s.equals("out")) {
        String base = String.join("/", java.util.Arrays.copyOfRange(segments, 0, i));
        String src = base.isEmpty() ? "src/" : base + "/src/";
        if (all.stream().anyMatch(o -> o.relativePath().startsWith(src))) return false;
      }
    }
    return true;
  }

  private static Grammar grammarOf(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    if (p.endsWith(".tsx")) return Grammar.TSX;
    if (p.endsWith(".ts") || p.endsWith(".mts") || p.endsWith(".cts")) return Grammar.TYPESCRIPT;
    return Grammar.JAVASCRIPT;
  }

  private static TSLanguage language(Grammar g) {
    return switch (g) {
      case JAVASCRIPT -> new TreeSitterJavascript();
      case TYPESCRIPT -> new TreeSitterTypescript();
      case TSX -> new TreeSitterTsx();
    };
  }

  private void read(
      SourceFile f,
      Map<Grammar, TSParser> parsers,
      NodeVersionHints hints,
      Model model,
      InlineDirectives directives) {
    String rel = f.relativePath();
    byte[] bytes;
    try {
      long size = Files.size(f.path());
      String tooLarge =
          FileBudget.tooLarge(size, FileBudget.MAX_SERVER_SOURCE_BYTES, "a server or handler");
      if (tooLarge != null) {
        problem(model, Location.file(rel), tooLarge);
        return;
      }
      bytes = Files.readAllBytes(f.path());
    } catch (IOException e) {
      problem(model, Location.file(rel), "cannot read file: " + e.getMessage());
      return;
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      problem(model, Location.file(rel), "not a text file (invalid UTF-8); skipped");
      return;
    }
    if (text.indexOf('\0') >= 0) {
      problem(model, Location.file(rel), "not a text file (contains NUL bytes); skipped");
      return;
    }
    Grammar grammar = grammarOf(rel);
    TSParser parser =
        parsers.computeIfAbsent(
            grammar,
            g -> {
              TSParser p = new TSParser();
              p.setLanguage(language(g));
              return p;
            });
    TSTree tree = parser.parseString(null, text);
    JsFile file = new JsFile(rel, bytes, tree);
    directives.read(rel, directives(file, text));
    Optional<TSNode> error = file.firstSyntaxError();
    if (error.isPresent()) {
      TSNode e = error.get();
      String what = grammar == Grammar.JAVASCRIPT ? "JavaScript" : "TypeScript";
      String message;
      Location at;
      if (e.isMissing()) {
        // tree-sitter places a missing token right after the previous one; the user's mistake is
        // at the token the parser met instead, as node itself would report it
        TSNode next = nextToken(e);
        at = file.location(next != null ? next : e);
        message =
            what
                + " syntax error: missing `"
                + e.getType()
                + "`"
                + (next != null
                    ? " before `" + file.snippet(next) + "`"
                    : " at the end of the file");
      } else {
        at = file.location(e);
        message = what + " syntax error: unexpected `" + firstToken(file, e) + "`";
      }
      problem(model, at, message + "; the file was not analysed");
      return;
    }

    JsSymbols symbols = new JsSymbols(file);
    ConstantFolder folder = new ConstantFolder(file, symbols);
    String dir = NodeVersionHints.folderOf(rel);
    String projectDir = Optional.ofNullable(hints.projectDir(dir)).orElse(dir);
    ServerScanner servers = new ServerScanner(file, symbols, folder);
    List<ServerObject> found = servers.scan();
    // a server a Bun or Deno image runs is not a Node server: none of Node's defaults apply
    if (!found.isEmpty() && hints.otherRuntime(dir).isPresent()) found = List.of();
    if (!found.isEmpty()) {
      Value<Object> major = hints.majorFor(dir, Location.file(rel));
      for (ServerObject s : found) {
        model.getAppServers().add(servers.toAppServer(s, major, projectDir));
      }
    }
    model.getLambdaHandlers().addAll(new HandlerScanner(file, symbols, folder).scan());
  }

  /** The first token that starts after the node ends, or null at the end of the file. */
  private static TSNode nextToken(TSNode node) {
    TSNode n = node;
    while (n != null && !n.isNull()) {
      TSNode sibling = n.getNextSibling();
      while (sibling != null && !sibling.isNull()) {
        TSNode leaf = sibling;
        while (leaf.getChildCount() > 0) leaf = leaf.getChild(0);
        if (leaf.getEndByte() > leaf.getStartByte() && !leaf.isMissing()) return leaf;
        sibling = sibling.getNextSibling();
      }
      TSNode parent = n.getParent();
      n = parent == null || parent.isNull() ? null : parent;
    }
    return null;
  }

  private static String firstToken(JsFile file, TSNode error) {
    TSNode n = error;
    while (n.getChildCount() > 0) n = n.getChild(0);
    String t = file.snippet(n);
    return t.isEmpty() ? file.snippet(error) : t;
  }

  private static void problem(Model model, Location at, String message) {
    model.getProblems().add(new Problem(at, message));
  }
}
