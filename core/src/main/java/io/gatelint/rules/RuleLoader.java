/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.rules;

import io.gatelint.facts.Facts;
import io.gatelint.finding.ProjectSite;
import io.gatelint.finding.RuleInfo;
import io.gatelint.finding.Severity;
import io.gatelint.finding.Suggestions;
import io.gatelint.model.Model;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads one rule file, checks every field and expression, and compiles the expressions (at once, or
 * on first use for the built-in rules: {@link Expression}). Every expression passes the {@link
 * ExpressionGuard} when the file is read, before MVEL sees it; a file that fails any check raises a
 * {@link RuleFileException} naming the file, the line and what is wrong.
 *
 * <p>Optional fields: {@code related} (other locations a finding names), {@code resource} (the
 * resource a finding is about, for configuration ignores), and {@code errorWhen} (an expression
 * that raises a finding to error where it holds, for a rule whose severity depends on the object),
 * {@code onlyWhen} (the condition outcomes, beyond the object's own variant, a finding holds
 * under), {@code fix} (a template with the same placeholders as {@code message} that computes the
 * fix from the finding's values, where the generic remediation would mislead), {@code let} (named
 * sub-expressions), {@code since} (the version the rule appeared in) and {@code examples} (a bad
 * and a good snippet per input format). {@code when} is one expression or a list of them that must
 * all hold.
 *
 * <p>A {@code let} name stands for its expression, in parentheses, wherever it appears outside a
 * string literal in {@code when}, {@code at}, {@code message}, {@code related}, {@code resource},
 * {@code errorWhen}, {@code onlyWhen}, {@code fix} and later {@code let} entries: it reads exactly
 * as the expression written out, so {@code &&} still stops before a null hop is read.
 */
public final class RuleLoader {

  /**
   * For the built-in rules alone: MVEL compiles each expression on its first run rather than here,
   * and the expression guard is not run (the build's tests run it, and compile every expression, on
   * every built-in rule; custom rules are always guarded and compiled here).
   */
  private final boolean lazy;

  /** A loader that compiles every expression as it reads it. */
  public RuleLoader() {
    this(false);
  }

  /**
   * {@code lazy}: expressions are compiled on their first run and not guarded, for the built-in
   * rules, which the build's tests guard and compile in full ({@code CatalogueTest}).
   */
  RuleLoader(boolean lazy) {
    this.lazy = lazy;
  }

  static final List<String> REQUIRED =
      List.of(
          "id",
          "name",
          "severity",
          "category",
          "title",
          "description",
          "remediation",
          "helpUri",
          "facts",
          "for",
          "when",
          "at",
          "message");
  private static final Pattern ID = Pattern.compile("[A-Z]{2,5}\\d{3,4}");
  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern FOR =
      Pattern.compile("\\s*([a-z][A-Za-z0-9]*)\\s+in\\s+(.+)", Pattern.DOTALL);
  private static final Pattern LEADING_WORD = Pattern.compile("\\s*([a-z][A-Za-z0-9]*)\\s");
  private static final Pattern SINCE = Pattern.compile("\\d+\\.\\d+\\.\\d+");
  private static final Pattern LET_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

  /** The input formats an example may be written in. */
  static final List<String> EXAMPLE_FORMATS =
      List.of("cloudformation", "terraform", "nginx", "node");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");
  private static final Set<String> FUNCTIONS = functionNames();

  /** The inputs every expression may name: the frozen model and the facts derived from it. */
  private static final Map<String, Class<?>> INPUTS =
      Map.of("model", Model.class, "facts", Facts.class);

  /**
   * Paths that were read from the model before the facts stage computed them, with where they are
   * now: a rule written against the old path gets a load error naming the new one, not a bare "not
   * an accessor".
   */
  private static final Map<String, String> MOVED =
      Map.of(
          "networkPaths", "facts.networkPaths",
          "getNetworkPaths", "facts.networkPaths",
          "alarmCoverage", "facts.alarmCoverage",
          "getAlarmCoverage", "facts.alarmCoverage",
          "upstreamRoutes", "facts.upstreamRoutes",
          "getUpstreamRoutes", "facts.upstreamRoutes",
          "loadBalancersOf", "facts.loadBalancersOf");

  private static final Pattern MODEL_MEMBER =
      Pattern.compile("(?<![\\w.])model\\s*\\.\\s*([A-Za-z_][A-Za-z0-9_]*)");

  /**
   * The accessor names, found by reflection over the model on first need: a run that reads only the
   * built-in rules never needs them (see {@link #lazy}).
   */
  private static final class Members {
    static final Set<String> ALL = RuleVocabulary.members();
  }

  /** MVEL's keywords and operators spelt as words, and names the JVM gives meaning to. */
  private static final Set<String> RESERVED =
      Set.of(
          "class",
          "new",
          "in",
          "is",
          "with",
          "def",
          "function",
          "contains",
          "isdef",
          "foreach",
          "for",
          "if",
          "else",
          "while",
          "do",
          "until",
          "return",
          "import",
          "import_static",
          "assert",
          "null",
          "nil",
          "true",
          "false",
          "empty",
          "soundslike",
          "strsim",
          "instanceof",
          "convertable_to",
          "var",
          "switch",
          "this",
          "proto",
          "declaringClass",
          "getClass",
          "classLoader",
          "getClassLoader");

  /** Loads and compiles a rule file's text; {@code file} is the name used in messages. */
  /** The largest rule file read; the built-in ones are a few KB. */
  static final int MAX_FILE_BYTES = 1024 * 1024;

  /**
   * A custom rule file's text: a regular file (a symbolic link to a device or a FIFO would be read
   * without end or block) of at most {@link #MAX_FILE_BYTES}, in UTF-8.
   */
  static String read(java.nio.file.Path file) {
    try {
      var attrs =
          java.nio.file.Files.readAttributes(
              file, java.nio.file.attribute.BasicFileAttributes.class);
      if (!attrs.isRegularFile())
        throw new RuleFileException(file.toString(), 0, "not a regular file: not read");
      byte[] bytes;
      try (var in = java.nio.file.Files.newInputStream(file)) {
        bytes = in.readNBytes(MAX_FILE_BYTES + 1);
      }
      if (bytes.length > MAX_FILE_BYTES)
        throw new RuleFileException(file.toString(), 0, "larger than 1 MB: not read");
      return java.nio.charset.StandardCharsets.UTF_8
          .newDecoder()
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (java.io.IOException e) {
      throw new RuleFileException(file.toString(), 0, "cannot read: " + e.getMessage());
    }
  }

  /** Loads a built-in rule: every field required, {@code helpUri} and {@code facts} included. */
  public Rule load(String file, String text) {
    return load(file, text, true);
  }

  /**
   * Loads a custom rule: as a built-in one, but {@code helpUri} and {@code facts} may be left out
   * (an in-house policy may have no public page); when present they are checked the same way.
   */
  public Rule loadCustom(String file, String text) {
    return load(file, text, false);
  }

  /** The fields a rule file must have; built-in rules also their sources. */
  static List<String> required(boolean builtin) {
    return builtin
        ? REQUIRED
        : REQUIRED.stream().filter(k -> !k.equals("helpUri") && !k.equals("facts")).toList();
  }

  /**
   * Checks every field and expression before giving up, so that one run lists every problem of the
   * file, each with its line.
   */
  private Rule load(String file, String text, boolean builtin) {
    Map<String, Field> fields = fields(file, text);
    Problems problems = new Problems();
    for (String key : required(builtin)) {
      if (!fields.containsKey(key)) {
        String near = Suggestions.nearest(key, fields.keySet());
        problems.add(
            new RuleFileException(
                file,
                near == null ? 1 : line(fields.get(near).key),
                "missing field '"
                    + key
                    + "'"
                    + (near == null || REQUIRED.contains(near)
                        ? ""
                        : " ('" + near + "' here looks like a misspelling of it)")));
      }
    }
    String id =
        problems.attempt(
            () -> {
              String v = scalar(file, required(fields, "id"));
              if (!ID.matcher(v).matches())
                throw error(file, fields.get("id"), "id '" + v + "' is not like GL020");
              return v;
            });
    String name =
        problems.attempt(
            () -> {
              String v = scalar(file, required(fields, "name"));
              if (!NAME.matcher(v).matches())
                throw error(file, fields.get("name"), "name '" + v + "' is not kebab-case");
              return v;
            });
    Severity severity =
        problems.attempt(
            () -> {
              String v = scalar(file, required(fields, "severity"));
              try {
                return Severity.parse(v);
              } catch (IllegalArgumentException e) {
                throw error(file, fields.get("severity"), e.getMessage());
              }
            });
    String category = problems.attempt(() -> scalar(file, required(fields, "category")));
    String title = problems.attempt(() -> scalar(file, required(fields, "title")));
    String description =
        problems.attempt(() -> scalar(file, required(fields, "description")).strip());
    String remediation =
        problems.attempt(() -> scalar(file, required(fields, "remediation")).strip());
    String helpUri =
        fields.containsKey("helpUri")
            ? problems.attempt(() -> ProjectSite.helpUri(scalar(file, fields.get("helpUri"))))
            : null;
    List<RuleInfo.Fact> facts =
        fields.containsKey("facts")
            ? problems.attempt(() -> facts(file, fields.get("facts")))
            : List.of();
    String since = problems.attempt(() -> since(file, fields.get("since")));
    List<RuleInfo.Example> examples =
        problems.attempt(() -> examples(file, fields.get("examples")));

    Field forField = fields.get("for");
    Map<String, Class<?>> inputs = new LinkedHashMap<>(INPUTS);
    String variable = null;
    Expression select = null;
    Matcher fm =
        forField == null ? null : problems.attempt(() -> FOR.matcher(scalar(file, forField)));
    if (fm != null && !fm.matches()) {
      problems.add(error(file, forField, "'for' must read 'VARIABLE in EXPRESSION'"));
      // still declare the variable it seems to name, so 'when' and 'at' are checked on their own
      // merits rather than each reported for a variable the broken 'for' failed to declare
      Matcher word = LEADING_WORD.matcher(((ScalarNode) forField.value).getValue());
      if (word.lookingAt()) inputs.put(word.group(1), Object.class);
    } else if (fm != null) {
      variable = fm.group(1);
      if (INPUTS.containsKey(variable)
          || RESERVED.contains(variable)
          || (!lazy && Members.ALL.contains(variable))
          || FUNCTIONS.contains(variable)) {
        problems.add(
            error(
                file,
                forField,
                "the loop variable cannot be called '"
                    + variable
                    + "': that name is a keyword, an input, a function or a model accessor"));
      }
      String selectText = fm.group(2).strip();
      select = problems.attempt(() -> compile(file, forField, selectText, INPUTS));
      inputs.put(variable, elementType(selectText));
    }

    String loopVariable = variable;
    Map<String, String> found =
        problems.attempt(() -> lets(file, fields.get("let"), loopVariable, inputs));
    Map<String, String> lets = found == null ? Map.of() : found;
    List<Expression> when = new ArrayList<>();
    List<String> whenText = new ArrayList<>();
    Field whenField = fields.get("when");
    List<Field> whenEntries = new ArrayList<>();
    if (whenField != null && whenField.value instanceof SequenceNode seq) {
      if (seq.getValue().isEmpty()) problems.add(error(file, whenField, "'when' is an empty list"));
      for (Node entry : seq.getValue()) whenEntries.add(new Field(whenField.key, entry));
    } else if (whenField != null) {
      whenEntries.add(whenField);
    }
    for (Field f : whenEntries) {
      problems.attempt(
          () -> {
            String entryText = scalar(file, f);
            when.add(compile(file, f, expand(entryText, lets), inputs));
            whenText.add(entryText.strip());
            return null;
          });
    }
    Expression at = problems.attempt(() -> expression(file, fields, "at", inputs, lets, true));
    Rule.Message message =
        fields.containsKey("message")
            ? problems.attempt(
                () ->
                    message(
                        file,
                        fields.get("message"),
                        scalar(file, fields.get("message")),
                        inputs,
                        lets))
            : null;
    List<Rule.RelatedSpec> related = new ArrayList<>();
    Field relatedField = fields.get("related");
    if (relatedField != null) {
      if (!(relatedField.value instanceof SequenceNode seq)) {
        problems.add(error(file, relatedField, "'related' must be a list"));
      } else {
        for (Node item : seq.getValue()) {
          Rule.RelatedSpec spec =
              problems.attempt(
                  () -> {
                    Map<String, Field> rf = mapping(file, item);
                    if (!rf.containsKey("at") || !rf.containsKey("message")) {
                      throw new RuleFileException(
                          file, line(item), "each 'related' entry needs 'at' and 'message'");
                    }
                    return new Rule.RelatedSpec(
                        compile(
                            file, rf.get("at"), expand(scalar(file, rf.get("at")), lets), inputs),
                        message(
                            file,
                            rf.get("message"),
                            scalar(file, rf.get("message")),
                            inputs,
                            lets));
                  });
          if (spec != null) related.add(spec);
        }
      }
    }
    Expression resource =
        problems.attempt(() -> expression(file, fields, "resource", inputs, lets, false));
    Expression errorWhen =
        problems.attempt(() -> expression(file, fields, "errorWhen", inputs, lets, false));
    Expression onlyWhen =
        problems.attempt(() -> expression(file, fields, "onlyWhen", inputs, lets, false));
    Rule.Message fix =
        problems.attempt(
            () ->
                fields.containsKey("fix")
                    ? message(
                        file, fields.get("fix"), scalar(file, fields.get("fix")), inputs, lets)
                    : null);
    problems.throwIfAny();
    RuleInfo info =
        new RuleInfo(
            id,
            name,
            severity,
            category,
            title,
            description,
            remediation,
            helpUri,
            facts,
            since,
            examples);
    return new Rule(
        info,
        file,
        variable,
        select,
        List.copyOf(when),
        List.copyOf(whenText),
        at,
        message,
        related,
        resource,
        errorWhen,
        onlyWhen,
        fix);
  }

  /** A field's compiled expression; null when an optional field is absent. */
  private Expression expression(
      String file,
      Map<String, Field> fields,
      String key,
      Map<String, Class<?>> inputs,
      Map<String, String> lets,
      boolean needed) {
    Field f = fields.get(key);
    if (f == null) {
      if (needed) throw new RuleFileException(file, 1, "missing field '" + key + "'");
      return null;
    }
    return compile(file, f, expand(scalar(file, f), lets), inputs);
  }

  /**
   * A required field; when absent the missing-field problem is already recorded, so this one is
   * dropped as a duplicate.
   */
  private static Field required(Map<String, Field> fields, String key) {
    Field f = fields.get(key);
    if (f == null) throw new Missing();
    return f;
  }

  /** A field whose absence was already reported. */
  private static final class Missing extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Missing() {
      super(null, null, false, false);
    }
  }

  /** The problems of one file, gathered check by check. */
  private static final class Problems {
    private final List<RuleFileException.Problem> list = new ArrayList<>();

    void add(RuleFileException e) {
      for (RuleFileException.Problem p : e.problems()) {
        // a missing 'when' or 'at' is reported once, by the required-field check
        if (!list.contains(p)) list.add(p);
      }
    }

    <T> T attempt(java.util.function.Supplier<T> check) {
      try {
        return check.get();
      } catch (RuleFileException e) {
        add(e);
      } catch (Missing e) {
        // already reported
      }
      return null;
    }

    void throwIfAny() {
      if (!list.isEmpty()) throw new RuleFileException(list);
    }
  }

  /**
   * The {@code let} entries, in order, each already expanded with the ones before it. A name may
   * not hide an input, the loop variable, a function, an accessor or a keyword: the expression
   * would read differently from what it says.
   */
  private Map<String, String> lets(
      String file, Field f, String variable, Map<String, Class<?>> inputs) {
    Map<String, String> out = new LinkedHashMap<>();
    if (f == null) return out;
    if (!(f.value instanceof MappingNode))
      throw error(file, f, "'let' must map names to expressions");
    for (Map.Entry<String, Field> e : mapping(file, f.value).entrySet()) {
      String name = e.getKey();
      Field entry = e.getValue();
      if (!LET_NAME.matcher(name).matches()
          || name.equals(variable)
          || inputs.containsKey(name)
          || RESERVED.contains(name)
          || FUNCTIONS.contains(name)) {
        throw new RuleFileException(
            file,
            line(entry.key),
            "'let' name '"
                + name
                + "' must be camelCase and not a keyword, an input, the loop variable or a"
                + " function");
      }
      String expanded = expand(scalar(file, entry), out);
      compile(file, entry, expanded, inputs);
      out.put(name, expanded);
    }
    return out;
  }

  /**
   * The expression with every {@code let} name, outside string literals and not after a dot,
   * replaced by its expression in parentheses.
   */
  static String expand(String expression, Map<String, String> lets) {
    if (lets.isEmpty()) return expression;
    StringBuilder b = new StringBuilder();
    int n = expression.length();
    int i = 0;
    char previous = ' ';
    while (i < n) {
      char c = expression.charAt(i);
      if (c == '\'' || c == '"') {
        int j = i + 1;
        while (j < n && expression.charAt(j) != c) j += expression.charAt(j) == '\\' ? 2 : 1;
        j = Math.min(j + 1, n);
        b.append(expression, i, j);
        i = j;
        previous = c;
        continue;
      }
      if (Character.isLetter(c) || c == '_') {
        int j = i;
        while (j < n
            && (Character.isLetterOrDigit(expression.charAt(j)) || expression.charAt(j) == '_')) {
          j++;
        }
        String word = expression.substring(i, j);
        String replacement = previous == '.' ? null : lets.get(word);
        b.append(replacement == null ? word : "(" + replacement + ")");
        i = j;
        previous = 'a';
        continue;
      }
      b.append(c);
      if (!Character.isWhitespace(c)) previous = c;
      i++;
    }
    return b.toString();
  }

  /** The examples: each names a known format and has a non-empty bad and good snippet. */
  private static List<RuleInfo.Example> examples(String file, Field f) {
    if (f == null) return List.of();
    if (!(f.value instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
      throw error(file, f, "'examples' must list entries with 'format', 'bad' and 'good'");
    }
    List<RuleInfo.Example> out = new ArrayList<>();
    for (Node item : seq.getValue()) {
      Map<String, Field> m = mapping(file, item);
      for (String k : List.of("format", "bad", "good")) {
        if (!m.containsKey(k))
          throw new RuleFileException(file, line(item), "an example needs '" + k + "'");
      }
      String format = scalar(file, m.get("format"));
      if (!EXAMPLE_FORMATS.contains(format)) {
        throw error(
            file,
            m.get("format"),
            "example format '" + format + "' is not one of " + String.join(", ", EXAMPLE_FORMATS));
      }
      out.add(
          new RuleInfo.Example(
              format, scalar(file, m.get("bad")).strip(), scalar(file, m.get("good")).strip()));
    }
    return out;
  }

  private record Field(Node key, Node value) {}

  private static Map<String, Field> fields(String file, String text) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10);
    options.setNestingDepthLimit(20);
    options.setAllowDuplicateKeys(false);
    options.setCodePointLimit(256 * 1024);
    Node root;
    try {
      // what Yaml.compose does, without building the Yaml object's constructor and representer,
      // which composing never uses: a measurable part of reading the 26 built-in rules per run
      root =
          new Composer(
                  new ParserImpl(new StreamReader(new java.io.StringReader(text)), options),
                  new Resolver(),
                  options)
              .getSingleNode();
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
      throw new RuleFileException(file, line, "invalid YAML: " + e.getProblem());
    } catch (YAMLException e) {
      throw new RuleFileException(file, 1, "invalid YAML: " + e.getMessage());
    }
    if (root == null) throw new RuleFileException(file, 1, "empty rule file");
    return mapping(file, root);
  }

  private static Map<String, Field> mapping(String file, Node node) {
    if (!(node instanceof MappingNode m))
      throw new RuleFileException(file, line(node), "expected a mapping");
    Map<String, Field> out = new LinkedHashMap<>();
    for (NodeTuple t : m.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k) {
        if (out.put(k.getValue(), new Field(k, t.getValueNode())) != null) {
          throw new RuleFileException(file, line(k), "duplicate field '" + k.getValue() + "'");
        }
      }
    }
    return out;
  }

  private static String scalar(String file, Field f) {
    if (!(f.value instanceof ScalarNode s)) {
      throw error(file, f, "'" + ((ScalarNode) f.key).getValue() + "' must be a single value");
    }
    if (s.getValue().isBlank())
      throw error(file, f, "'" + ((ScalarNode) f.key).getValue() + "' is empty");
    return s.getValue();
  }

  private static List<RuleInfo.Fact> facts(String file, Field f) {
    if (!(f.value instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
      throw error(file, f, "'facts' must list at least one fact with its source");
    }
    List<RuleInfo.Fact> out = new ArrayList<>();
    for (Node item : seq.getValue()) {
      Map<String, Field> m = mapping(file, item);
      for (String k : List.of("claim", "source", "url")) {
        if (!m.containsKey(k))
          throw new RuleFileException(file, line(item), "a fact needs '" + k + "'");
      }
      out.add(
          new RuleInfo.Fact(
              scalar(file, m.get("claim")).strip(),
              scalar(file, m.get("source")),
              scalar(file, m.get("url"))));
    }
    return out;
  }

  private static String since(String file, Field f) {
    if (f == null) return "";
    String since = scalar(file, f).strip();
    if (!SINCE.matcher(since).matches())
      throw error(file, f, "'since' must be a version like 0.1.0, not '" + since + "'");
    return since;
  }

  private Rule.Message message(
      String file, Field f, String text, Map<String, Class<?>> inputs, Map<String, String> lets) {
    List<String> literals = new ArrayList<>();
    List<Expression> expressions = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    int last = 0;
    while (m.find()) {
      literals.add(text.substring(last, m.start()));
      expressions.add(compile(file, f, expand(m.group(1), lets), inputs));
      last = m.end();
    }
    literals.add(text.substring(last));
    return new Rule.Message(literals, expressions);
  }

  private Expression compile(
      String file, Field f, String expression, Map<String, Class<?>> inputs) {
    int base = line(f.value);
    Matcher moved = MODEL_MEMBER.matcher(expression);
    while (moved.find()) {
      String now = MOVED.get(moved.group(1));
      if (now != null) {
        throw new RuleFileException(
            file,
            base
                + (int)
                    expression.substring(0, moved.start()).chars().filter(c -> c == '\n').count(),
            "'model." + moved.group(1) + "' moved to '" + now + "': derived views are facts now");
      }
    }
    // the built-in rules are the jar's own code, guarded in full by the build's tests
    // (CatalogueTest, ExpressionGuardTest); a run skips the reflection and the scan for them
    ExpressionGuard.Rejection r =
        lazy
            ? null
            : new ExpressionGuard(inputs.keySet(), FUNCTIONS, Members.ALL).check(expression);
    if (r != null) {
      int offset =
          f.value instanceof ScalarNode s
                  && s.getScalarStyle() != org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN
                  && (s.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.LITERAL
                      || s.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.FOLDED)
              ? 1
              : 0;
      throw new RuleFileException(
          file, base + offset + r.line(), "rejected token '" + r.token() + "': " + r.reason());
    }
    Expression compiled = new Expression(file, base, expression, inputs);
    // MVEL's compilation finds what the guard cannot (a dangling operator); a custom rule is
    // compiled here so that its errors are reported with its file and line before any linting
    if (!lazy) compiled.compiled();
    return compiled;
  }

  /**
   * The element type of {@code model.someList} or {@code facts.someList}, for typing the loop
   * variable; Object otherwise.
   */
  static Class<?> elementType(String selectText) {
    String[] path = selectText.split("\\.");
    if (path.length < 2 || !INPUTS.containsKey(path[0].trim())) return Object.class;
    Type t = INPUTS.get(path[0].trim());
    for (int i = 1; i < path.length; i++) {
      Class<?> c = t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) t;
      String prop = path[i].trim();
      Method getter = null;
      for (Method m : c.getMethods()) {
        if (m.getParameterCount() == 0
            && (m.getName()
                    .equals("get" + Character.toUpperCase(prop.charAt(0)) + prop.substring(1))
                || m.getName().equals(prop))) {
          getter = m;
        }
      }
      if (getter == null) return Object.class;
      t = getter.getGenericReturnType();
    }
    if (t instanceof ParameterizedType p
        && p.getActualTypeArguments().length == 1
        && p.getActualTypeArguments()[0] instanceof Class<?> e) {
      return e;
    }
    return Object.class;
  }

  private static Set<String> functionNames() {
    Set<String> names = new java.util.TreeSet<>();
    for (Method m : Functions.class.getMethods()) {
      if (m.getDeclaringClass() == Functions.class) names.add(m.getName());
    }
    return names;
  }

  private static RuleFileException error(String file, Field f, String message) {
    return new RuleFileException(file, line(f.value), message);
  }

  private static int line(Node n) {
    return n.getStartMark() == null ? 1 : n.getStartMark().getLine() + 1;
  }
}
