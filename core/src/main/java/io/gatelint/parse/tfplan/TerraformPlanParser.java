/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import io.gatelint.model.Location;
import io.gatelint.model.Model;
import io.gatelint.model.Problem;
import io.gatelint.model.Resource;
import io.gatelint.model.ResourceKind;
import io.gatelint.parse.FileBudget;
import io.gatelint.parse.InputParser;
import io.gatelint.parse.ParseContext;
import io.gatelint.parse.tfplan.PlanDocument.ConfigResource;
import io.gatelint.parse.tfplan.PlanDocument.PlannedResource;
import io.gatelint.source.FileHead;
import io.gatelint.source.SourceFile;
import io.gatelint.source.SourceKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads {@code terraform show -json} plans into the model. The {@code .tf} files of the linted tree
 * come too: a value is then located at its line in the {@code resource} block of the root module
 * (the plan's folder) or of a local module ({@code source = "./modules/alb"}), keeping the plan's
 * JSON Pointer. A plan that cannot be read becomes a {@link Problem} and adds nothing.
 */
public final class TerraformPlanParser implements InputParser {

  @Override
  public Set<SourceKind> kinds() {
    return Set.of(SourceKind.TERRAFORM_PLAN, SourceKind.TERRAFORM_SOURCE);
  }

  /** A {@code .tf} file is known by its name: it only locates values of a plan. */
  @Override
  public SourceKind byName(FileHead head) {
    return head.extension().equals("tf") ? SourceKind.TERRAFORM_SOURCE : null;
  }

  /**
   * {@code terraform show -json} output: a {@code format_version} with planned values or resource
   * changes, or — when those lie beyond the head of a large {@code .json} file — the version alone.
   */
  @Override
  public SourceKind sniff(FileHead head) {
    String text = head.text();
    boolean plan =
        text.contains("\"format_version\"")
            && (text.contains("\"planned_values\"")
                || text.contains("\"resource_changes\"")
                || (head.extension().equals("json") && head.truncated()));
    return plan ? SourceKind.TERRAFORM_PLAN : null;
  }

  /**
   * The {@code .tf} files are read one by one, each in isolation; then each plan, with the {@code
   * .tf} files that were read, so that a source that cannot be read costs the plans only its lines.
   */
  @Override
  public Batch open(List<SourceFile> files, ParseContext context) {
    TfSources sources = new TfSources();
    return new Batch() {
      @Override
      public void read(SourceFile file, Model into) {
        if (file.kind() == SourceKind.TERRAFORM_SOURCE) sources.read(file, into);
      }

      @Override
      public List<Step> linked() {
        List<Step> steps = new ArrayList<>();
        for (SourceFile file : files) {
          if (file.kind() != SourceKind.TERRAFORM_PLAN) continue;
          String scope =
              file.relativePath() == null || file.relativePath().isEmpty()
                  ? context.relativize(file.path())
                  : file.relativePath();
          // a plan is JSON, which has no comments: suppressions need not read its text again
          // for directives (they are written in the .tf sources)
          context.directives().read(scope, List.of());
          steps.add(new Step(file, into -> parsePlan(file.path(), scope, sources, into)));
        }
        return steps;
      }
    };
  }

  private static void parsePlan(Path path, String scope, TfSources sources, Model model) {
    parsePlan(path, scope, sources, model, resource -> {});
  }

  /**
   * Reads the plan in two passes — first what mapping needs across resources, then the planned
   * resources one by one, each mapped and dropped as it is read — and adds its resources, or its
   * problem, to the model. {@code onRead} sees each planned resource as the reader hands it over.
   */
  static void parsePlan(
      Path path, String scope, TfSources sources, Model model, Consumer<PlannedResource> onRead) {
    parsePlan(path, scope, sources, model, onRead, true);
  }

  /** {@code compactRules}: see {@link PlanModelBuilder#PlanModelBuilder(Model, boolean)}. */
  static void parsePlan(
      Path path,
      String scope,
      TfSources sources,
      Model model,
      Consumer<PlannedResource> onRead,
      boolean compactRules) {
    PlanReader reader = new PlanReader(path);
    PlanDocument doc;
    try {
      doc = reader.readIndexes();
    } catch (PlanReader.PlanSyntaxException | IOException e) {
      model.getProblems().add(unreadable(scope, e));
      return;
    }
    Model read = new Model();
    try {
      // the second pass reads the planned values of a file the first found valid
      build(reader, doc, path, scope, sources, read, onRead, compactRules);
    } catch (PlanReader.PlanSyntaxException | IOException e) {
      model.getProblems().add(unreadable(scope, e));
      return;
    } catch (FileBudget.Exceeded e) {
      throw e;
    } catch (RuntimeException e) {
      model
          .getProblems()
          .add(
              new Problem(
                  Location.file(scope),
                  "internal error reading the plan, its resources are not linted: " + e));
      return;
    }
    for (ResourceKind<?> kind : ResourceKind.all()) addAll(model, read, kind);
    model.getStackReferences().addAll(read.getStackReferences());
    model.getProblems().addAll(read.getProblems());
  }

  /** The plan's GL000 when either pass cannot read it: at the syntax error, else the file. */
  private static Problem unreadable(String scope, Exception e) {
    return e instanceof PlanReader.PlanSyntaxException s
        ? new Problem(Location.of(scope, s.line, s.column), s.getMessage())
        : new Problem(Location.file(scope), "cannot read the plan: " + e.getMessage());
  }

  private static <R extends Resource> void addAll(Model into, Model from, ResourceKind<R> kind) {
    into.resources(kind).addAll(from.resources(kind));
  }

  private static void build(
      PlanReader reader,
      PlanDocument doc,
      Path path,
      String scope,
      TfSources sources,
      Model model,
      Consumer<PlannedResource> onRead,
      boolean compactRules)
      throws IOException, PlanReader.PlanSyntaxException {
    // The resources to map, in document order: the planned ones less those only deleted. The
    // values come in the second pass, each resource mapped as it is read and then dropped, so
    // memory holds the model, the cross-resource sections and one resource's values.
    doc.plannedAddresses.removeDeletedOnly();
    Set<String> liveAddresses = doc.plannedAddresses.live();
    ReferenceResolver resolver = new ReferenceResolver(doc.configuration, liveAddresses);
    Path rootDir = path.toAbsolutePath().normalize().getParent();
    PlanModelBuilder builder = new PlanModelBuilder(model, compactRules);
    Map<String, ResourceView.Variable> rootVariables = rootVariables(doc, rootDir, sources);
    PlanExpressions expressions =
        new PlanExpressions(
            sources::blocksIn, doc.variables, doc.configuration, rootDir, liveAddresses);
    Map<Path, Set<String>> instancesByDir = moduleInstancesByDir(liveAddresses, resolver, rootDir);
    reader.streamPlanned(
        resource -> {
          onRead.accept(resource);
          if (!liveAddresses.contains(resource.address())) return;
          FileBudget.check();
          ReferenceResolver.Frame frame = resolver.frameOf(resource.address());
          ConfigResource config = resolver.configOf(resource.address(), frame);
          Path moduleDir =
              frame != null
                  ? moduleDir(frame, rootDir)
                  : Addresses.modulePrefix(resource.address()).isEmpty() ? rootDir : null;
          TfSources.Found found =
              sources.resourceBlock(
                  moduleDir, resource.type(), Addresses.steps(resource.address()));
          builder.add(
              new ResourceView(
                      resource,
                      doc.plannedAddresses.takeChange(resource.address()),
                      config,
                      frame,
                      resolver,
                      found == null ? null : found.block(),
                      found == null ? null : found.file(),
                      scope,
                      Addresses.modulePrefix(resource.address()).isEmpty()
                          ? rootVariables
                          : Map.of())
                  .withExpressions(expressions)
                  .atModuleCall(
                      found == null ? null : callSite(frame, rootDir, sources, instancesByDir)));
        });
    builder.finish();
    PlanOutputs.record(doc.configuration, resolver, scope, model.getStackReferences());
  }

  /**
   * The root module's variables: planned value, declared default, and the default's line in the
   * sources.
   */
  private static Map<String, ResourceView.Variable> rootVariables(
      PlanDocument doc, Path rootDir, TfSources sources) {
    Map<String, ResourceView.Variable> out = new HashMap<>();
    Map<String, com.fasterxml.jackson.databind.JsonNode> defaults =
        doc.configuration == null ? Map.of() : doc.configuration.variableDefaults;
    doc.variables.forEach(
        (name, value) ->
            out.put(
                name,
                new ResourceView.Variable(
                    name, value, defaults.get(name), sources.variableDefault(rootDir, name))));
    return out;
  }

  /**
   * The module instances whose {@code .tf} files are in each folder: two calls of one module, or
   * the instances of a counted or for-each call, share the lines of the module's files.
   */
  private static Map<Path, Set<String>> moduleInstancesByDir(
      Set<String> addresses, ReferenceResolver resolver, Path rootDir) {
    Map<Path, Set<String>> out = new HashMap<>();
    for (String address : addresses) {
      for (ReferenceResolver.Frame f = resolver.frameOf(address);
          f != null && f.parent() != null;
          f = f.parent()) {
        Path dir = moduleDir(f, rootDir);
        if (dir != null) out.computeIfAbsent(dir, k -> new HashSet<>()).add(f.prefix());
      }
    }
    return out;
  }

  /**
   * Where a resource of a module instance is located when the lines of its module are shared by
   * several instances: the {@code module} block calling this instance, going up while the caller's
   * lines are shared too; null when the resource's own line tells its instance apart.
   */
  private static TfSources.Found callSite(
      ReferenceResolver.Frame frame,
      Path rootDir,
      TfSources sources,
      Map<Path, Set<String>> instancesByDir) {
    TfSources.Found site = null;
    for (ReferenceResolver.Frame f = frame; f != null && f.parent() != null; f = f.parent()) {
      Path dir = moduleDir(f, rootDir);
      if (dir == null || instancesByDir.getOrDefault(dir, Set.of()).size() < 2) break;
      TfSources.Found call = sources.moduleBlock(moduleDir(f.parent(), rootDir), f.callName());
      if (call == null) break;
      site = call;
    }
    return site;
  }

  /**
   * The folder of a module instance: local sources resolve against the caller's folder; others have
   * none.
   */
  private static Path moduleDir(ReferenceResolver.Frame frame, Path rootDir) {
    if (frame.parent() == null) return rootDir;
    Path parent = moduleDir(frame.parent(), rootDir);
    String source = frame.source();
    if (parent == null || source == null || !(source.startsWith("./") || source.startsWith("../")))
      return null;
    return parent.resolve(source).normalize();
  }

  /** The {@code .tf} files of the linted tree that could be read, by folder. */
  static final class TfSources {
    record Found(TfBlock block, String file) {}

    /** A {@code .tf} file is a few kilobytes; a larger one is generated or not Terraform. */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    private record Scanned(SourceFile file, List<TfBlock> blocks) {}

    private final Map<Path, List<Scanned>> byDir = new HashMap<>();

    /**
     * Scans one file; one that is too large or unreadable is a problem and locates nothing. Only a
     * completed scan is kept.
     */
    void read(SourceFile f, Model into) {
      List<TfBlock> blocks;
      try {
        String tooLarge =
            FileBudget.tooLarge(Files.size(f.path()), MAX_BYTES, "a Terraform source");
        if (tooLarge != null) {
          into.getProblems().add(new Problem(Location.file(f.relativePath()), tooLarge));
          return;
        }
        blocks = HclScanner.scan(new String(Files.readAllBytes(f.path()), StandardCharsets.UTF_8));
      } catch (IOException e) {
        return;
      }
      Path dir = f.path().toAbsolutePath().normalize().getParent();
      byDir.computeIfAbsent(dir, k -> new ArrayList<>()).add(new Scanned(f, blocks));
    }

    Found resourceBlock(Path dir, String type, List<String> addressSteps) {
      if (dir == null) return null;
      String name = Addresses.name(addressSteps.get(addressSteps.size() - 1));
      for (Scanned f : byDir.getOrDefault(dir, List.of())) {
        for (TfBlock block : f.blocks()) {
          if (block.type.equals("resource") && block.labels.equals(List.of(type, name))) {
            return new Found(block, f.file().relativePath());
          }
        }
      }
      return null;
    }

    /** The {@code module "name"} block of a folder's files; null when not found. */
    Found moduleBlock(Path dir, String name) {
      if (dir == null) return null;
      for (Scanned f : byDir.getOrDefault(dir, List.of())) {
        for (TfBlock block : f.blocks()) {
          if (block.type.equals("module") && block.labels.equals(List.of(name))) {
            return new Found(block, f.file().relativePath());
          }
        }
      }
      return null;
    }

    /**
     * Where {@code default} is written in {@code variable "name"} of the folder's files; null when
     * not found.
     */
    Location variableDefault(Path dir, String name) {
      if (dir == null) return null;
      for (Scanned f : byDir.getOrDefault(dir, List.of())) {
        for (TfBlock block : f.blocks()) {
          if (!block.type.equals("variable") || !block.labels.equals(List.of(name))) continue;
          TfBlock.TfAttribute dflt = block.attributes.get("default");
          return dflt == null
              ? null
              : Location.of(f.file().relativePath(), dflt.line(), dflt.column());
        }
      }
      return null;
    }

    /** The top-level blocks of every .tf file of a folder. */
    List<TfBlock> blocksIn(Path dir) {
      List<TfBlock> out = new ArrayList<>();
      for (Scanned f : byDir.getOrDefault(dir, List.of())) out.addAll(f.blocks());
      return out;
    }
  }
}
