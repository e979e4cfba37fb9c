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

  private static final Pattern AWS_TYPE = Pattern.compile("[\"']?Type[\"']?\\s*:\\s*[\"']?AWS::");
  private static final Set<String> TEMPLATE_EXTENSIONS = Set.of("yaml", "yml", "json", "template");

  @Override
  public Set<SourceKind> kinds() {
    return Set.of(SourceKind.CLOUDFORMATION);
  }

  /**
   * A template: an {@code AWSTemplateFormatVersion}, or {@code Resources} with a {@code Type:
   * AWS::…}; a YAML or JSON file the user named is read as one whatever it holds, so that what is
   * wrong with it is reported. Plans are asked about first: a plan can embed a template.
   */
  @Override
  public SourceKind sniff(FileHead head) {
    String text = head.text();
    if (text.contains("AWSTemplateFormatVersion")
        || (text.contains("Resources") && AWS_TYPE.matcher(text).find())) {
      return SourceKind.CLOUDFORMATION;
    }
    return head.named() && TEMPLATE_EXTENSIONS.contains(head.extension())
        ? SourceKind.CLOUDFORMATION
        : null;
  }

  /** Each template stands alone: a batch reads one file at a time. */
  @Override
  public Batch open(List<SourceFile> files, ParseContext context) {
    return (file, into) -> parseFile(file, context, into);
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
      new ModelBuilder(template, resolver, model, variant.toString()).build(id, resource, at);
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
