/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.cfn;

import io.gatelint.model.Location;
import io.gatelint.model.Model;
import io.gatelint.model.Problem;
import io.gatelint.parse.FileBudget;
import io.gatelint.parse.InlineDirectives;
import io.gatelint.parse.InputParser;
import io.gatelint.parse.ParseContext;
import io.gatelint.parse.TextFiles;
import io.gatelint.source.FileHead;
import io.gatelint.source.SourceFile;
import io.gatelint.source.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads CloudFormation and SAM templates, YAML or JSON, into the model.
 *
 * <p>A resource whose properties use {@code Fn::If} is read once per combination of the outcomes of
 * the conditions it consults (up to {@value #MAX_EXPANDED_CONDITIONS} conditions; beyond that the
 * remaining ones are unknown), so a rule fires if any reachable branch violates it. Combinations
 * that cannot happen — against the resource's own {@code Condition} or the conditions' definitions
 * — are not read (see {@link Conditions}).
 */
public final class CloudFormationParser implements InputParser {

  static final int MAX_EXPANDED_CONDITIONS = 4;

  /** Any mention of a resource type, quoted or not: what makes a skipped file worth listing. */
  private static final Pattern LOOSE_AWS_TYPE =
      Pattern.compile("[\"']?Type[\"']?\\s*:\\s*[\"']?(?:AWS|Custom)::");

  private static final Pattern JSON_RESOURCES = Pattern.compile("\"Resources\"\\s*:\\s*\\{");
  private static final Pattern JSON_AWS_TYPE =
      Pattern.compile("\"Type\"\\s*:\\s*\"(?:AWS|Custom)::");

  /** A mapping key at the start of a line: {@code Name:}, quoted or not. */
  private static final Pattern YAML_KEY =
      Pattern.compile("(?:\"[^\"]*\"|'[^']*'|[^\\s#\\-\\[{][^:#]*?)\\s*:(?:\\s|$)");

  private static final Pattern YAML_VERSION =
      Pattern.compile("(?m)^[\"']?AWSTemplateFormatVersion[\"']?\\s*:");

  /** {@code Resources:} at column 0, its entries on the following lines or in a flow mapping. */
  private static final Pattern YAML_RESOURCES =
      Pattern.compile("(?m)^[\"']?Resources[\"']?\\s*:[ \\t]*(\\{.*)?(?:#.*)?$");

  private static final Pattern YAML_AWS_TYPE =
      Pattern.compile("(?m)^\\s+[\"']?Type[\"']?\\s*:\\s*[\"']?(?:AWS|Custom)::");

  private static final Set<String> DOCUMENT_EXTENSIONS =
      Set.of("md", "markdown", "mdx", "rst", "adoc", "asciidoc", "txt", "html", "htm", "ipynb");
  private static final Set<String> SOURCE_EXTENSIONS =
      Set.of(
          "js", "mjs", "cjs", "ts", "mts", "cts", "tsx", "jsx", "py", "java", "go", "rb", "kt",
          "cs", "sh", "tf", "rego", "guard");
  private static final Set<String> TEMPLATE_EXTENSIONS = Set.of("yaml", "yml", "json", "template");

  @Override
  public Set<SourceKind> kinds() {
    return Set.of(SourceKind.CLOUDFORMATION);
  }

  /**
   * A template: a top-level mapping with an {@code AWSTemplateFormatVersion}, or a top-level {@code
   * Resources} mapping with a {@code Type: AWS::…} or {@code Custom::…} entry. What quotes a
   * template without being one is not: documentation and Jest snapshots (by extension), a
   * Serverless Framework service (its {@code resources.Resources} is nested, and {@code
   * serverless.yml} is its name), a CodeDeploy AppSpec ({@code Resources} is a list) and cfn-guard
   * test files (a top-level list of cases). A YAML or JSON file the user named is read as a
   * template whatever it holds, so that what is wrong with it is reported. Plans are asked about
   * first: a plan can embed a template.
   */
  @Override
  public SourceKind sniff(FileHead head) {
    if (notATemplate(head) == null && declaresTemplate(head.text())) {
      return SourceKind.CLOUDFORMATION;
    }
    return head.named() && TEMPLATE_EXTENSIONS.contains(head.extension())
        ? SourceKind.CLOUDFORMATION
        : null;
  }

  /**
   * Each template stands alone: a read shares nothing with another (a reader, resolver and model
   * builder per file), so the templates may be read on several threads.
   */
  @Override
  public Batch open(List<SourceFile> files, ParseContext context) {
    return new Batch() {
      @Override
      public void read(SourceFile file, Model into) {
        parseFile(file, context, into);
      }

      @Override
      public boolean independent() {
        return true;
      }
    };
  }

  @Override
  public String skipReason(FileHead head) {
    String text = head.text();
    if (!(text.contains("Resources") && LOOSE_AWS_TYPE.matcher(text).find())
        && !text.contains("AWSTemplateFormatVersion")) {
      return null;
    }
    // program sources are the Node detector's to explain (CDK code quotes resource types)
    if (SOURCE_EXTENSIONS.contains(head.extension())) return null;
    String why = notATemplate(head);
    if (why != null) return "mentions CloudFormation resources, but " + why;
    return "mentions CloudFormation resources, but has no top-level AWSTemplateFormatVersion or"
        + " Resources mapping of AWS:: types";
  }

  /** Why a file is not a template whatever it quotes (by its name), or null. */
  private static String notATemplate(FileHead head) {
    String ext = head.extension();
    String lower = head.lowerName();
    if (DOCUMENT_EXTENSIONS.contains(ext)) return "is documentation (." + ext + ")";
    if (ext.equals("snap")) return "is a Jest snapshot (.snap)";
    if (SOURCE_EXTENSIONS.contains(ext)) return "is program source (." + ext + ")";
    if (lower.matches("serverless(\\.[a-z0-9-]+)?\\.(ya?ml|json)")) {
      return "is a Serverless Framework service file";
    }
    if (lower.matches("appspec\\.(ya?ml|json)")) return "is a CodeDeploy AppSpec file";
    return null;
  }

  /** Whether the text is a top-level mapping that declares a template: see {@link #sniff}. */
  public static boolean declaresTemplate(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String body = t.stripLeading();
    if (body.startsWith("{")) {
      // JSON: the keys are quoted; Resources must hold a mapping
      return body.contains("\"AWSTemplateFormatVersion\"")
          || (JSON_RESOURCES.matcher(body).find() && JSON_AWS_TYPE.matcher(body).find());
    }
    String first = firstYamlLine(t);
    if (first == null || first.startsWith("-") || first.startsWith("[")) return false;
    if (!YAML_KEY.matcher(first).lookingAt()) return false;
    if (YAML_VERSION.matcher(t).find()) return true;
    java.util.regex.Matcher m = YAML_RESOURCES.matcher(t);
    if (!m.find()) return false;
    if (m.group(1) == null) {
      // the next significant line holds the first entry: a mapping key, indented, not a list item
      String next = firstYamlLine(t.substring(m.end()));
      if (next == null || next.startsWith("-") || !YAML_KEY.matcher(next).lookingAt()) return false;
      return YAML_AWS_TYPE.matcher(t).find();
    }
    return LOOSE_AWS_TYPE.matcher(t).find();
  }

  /** The first line that is not blank, a comment, a directive or a document marker, stripped. */
  private static String firstYamlLine(String text) {
    for (String line : (Iterable<String>) text.lines()::iterator) {
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#") || s.startsWith("%") || s.equals("---")) continue;
      return s;
    }
    return null;
  }

  private void parseFile(SourceFile file, ParseContext context, Model model) {
    String name = file.relativePath();
    String text;
    try {
      String tooLarge =
          FileBudget.tooLarge(Files.size(file.path()), FileBudget.MAX_TEXT_BYTES, "a template");
      if (tooLarge != null) {
        model.getProblems().add(new Problem(Location.file(name), tooLarge));
        return;
      }
      text = TextFiles.read(file.path());
    } catch (IOException e) {
      model.getProblems().add(new Problem(Location.file(name), "cannot read: " + e.getMessage()));
      return;
    }
    // the reader's YAML events keep no comments: the directives come from the text in hand
    context.directives().read(name, InlineDirectives.scan(name, text));
    List<Problem> problems = new ArrayList<>();
    TemplateReader reader = new TemplateReader(name, problems);
    Node root;
    try {
      root = looksLikeJson(name, text) ? reader.readJson(text) : reader.readYaml(text);
    } catch (TemplateReader.ReadException e) {
      model.getProblems().add(new Problem(e.location, e.getMessage()));
      return;
    }
    model.getProblems().addAll(problems);
    if (!Template.isTemplate(root)) {
      model
          .getProblems()
          .add(
              new Problem(
                  root.location(),
                  "not a CloudFormation template: no AWSTemplateFormatVersion and no Resources of AWS:: types"));
      return;
    }
    Node declared = ((Node.MapNode) root).get("Resources");
    if (declared == null || (declared instanceof Node.Scalar s && s.value() == null)) {
      // a stub, or a template whose resources are still to be written: nothing to check
      return;
    }
    if (!(declared instanceof Node.MapNode resources)) {
      model
          .getProblems()
          .add(
              new Problem(
                  declared.location(),
                  "Resources is not a mapping of logical ids to resources; CloudFormation rejects the template"));
      return;
    }
    Template template = new Template(name, (Node.MapNode) root);
    StackInterface.record(template, context.parameters(), model.getStackReferences());
    boolean languageExtensions = hasTransform((Node.MapNode) root, "AWS::LanguageExtensions");
    for (Map.Entry<String, Node.Entry> e : resources.entries().entrySet()) {
      FileBudget.check();
      if (e.getKey().startsWith("Fn::ForEach::")) {
        // a loop of the language extensions transform: the resources it makes have names and
        // properties known only after the transform runs, so they are not linted (unknown)
        if (!languageExtensions) {
          model
              .getProblems()
              .add(
                  new Problem(
                      e.getValue().keyLocation(),
                      e.getKey()
                          + " needs Transform AWS::LanguageExtensions; without it CloudFormation rejects the template"));
        }
        continue;
      }
      if (!(e.getValue().value() instanceof Node.MapNode resource)) {
        model
            .getProblems()
            .add(
                new Problem(
                    e.getValue().keyLocation(), "resource " + e.getKey() + " is not a mapping"));
        continue;
      }
      build(template, context, model, e.getKey(), resource, e.getValue().keyLocation());
    }
  }

  /**
   * One model object per reachable combination of the outcomes of the conditions the properties
   * consult. The resource's own {@code Condition} is true wherever it exists; a combination that
   * contradicts what a condition's definition evaluates to under it (a literal or config-file
   * {@code Fn::Equals}, {@code Fn::Not} of a condition taken true, …) cannot happen and is skipped.
   */
  private static void build(
      Template template,
      ParseContext context,
      Model model,
      String id,
      Node.MapNode resource,
      Location at) {
    List<String> used = new ArrayList<>(Resolver.conditionsUsed(resource.get("Properties")));
    List<String> expanded = used.subList(0, Math.min(used.size(), MAX_EXPANDED_CONDITIONS));
    String own =
        resource.get("Condition") instanceof Node.Scalar s && !s.text().isBlank()
            ? s.text().strip()
            : null;
    Conditions conditions = new Conditions(template, context.parameters());
    // a resource whose Condition the default deployment does not make true may not exist: rules
    // that count it (an alarm that watches a metric) must not rely on it
    String existsOnlyWhen =
        own != null && !Boolean.TRUE.equals(conditions.underDefaults(own)) ? own : "";
    int combinations = 1 << expanded.size();
    for (int bits = 0; bits < combinations; bits++) {
      FileBudget.check();
      Map<String, Boolean> outcome = new LinkedHashMap<>();
      StringBuilder variant = new StringBuilder();
      for (int i = 0; i < expanded.size(); i++) {
        boolean value = (bits & (1 << i)) == 0;
        outcome.put(expanded.get(i), value);
        if (variant.length() > 0) variant.append(", ");
        variant.append(expanded.get(i)).append(value ? "" : " false");
      }
      if (own != null && Boolean.FALSE.equals(outcome.putIfAbsent(own, true))) continue;
      if (!conditions.consistent(outcome)) continue;
      // conditions beyond the expanded ones take their outcome where this combination decides it
      for (String name : used.subList(expanded.size(), used.size())) {
        Boolean decided = conditions.outcome(name, outcome);
        if (decided != null) outcome.put(name, decided);
      }
      Resolver resolver =
          new Resolver(
              template, context.parameters(), outcome, model.getStackReferences()::addSymbol);
      new ModelBuilder(template, resolver, model, variant.toString(), existsOnlyWhen)
          .build(id, resource, at);
    }
  }

  /** Whether the template's Transform (one name or a list) names the given macro. */
  private static boolean hasTransform(Node.MapNode root, String name) {
    Node t = root.get("Transform");
    if (t instanceof Node.Scalar s) return name.equals(s.text().strip());
    if (t instanceof Node.ListNode l) {
      return l.items().stream()
          .anyMatch(i -> i instanceof Node.Scalar s && name.equals(s.text().strip()));
    }
    return false;
  }

  /**
   * JSON first for anything that opens with a brace and for .json files. A .template file is JSON
   * only when it opens with a brace: the extension is used for YAML templates too (for example
   * {@code Transform: …} or {@code Resources:} on the first line).
   */
  private static boolean looksLikeJson(String name, String text) {
    String t = text.stripLeading();
    return t.startsWith("{")
        || (name.endsWith(".json")
            && !t.isEmpty()
            && t.charAt(0) != '#'
            && !t.startsWith("AWSTemplateFormatVersion")
            && !t.startsWith("---"));
  }
}
