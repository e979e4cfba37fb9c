/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.rules;

import io.gatelint.facts.Facts;
import io.gatelint.finding.ProjectSite;
import io.gatelint.finding.RuleInfo;
import io.gatelint.finding.Severity;
import io.gatelint.model.Model;
import java.io.Serializable;
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
import org.mvel2.MVEL;
import org.mvel2.ParserContext;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one rule file, checks every field and expression, and compiles the expressions. Every
 * expression passes the {@link ExpressionGuard} before MVEL sees it; a file that fails any check
 * raises a {@link RuleFileException} naming the file, the line and what is wrong.
 *
 * <p>Optional fields: {@code related} (other locations a finding names), {@code resource} (the
 * resource a finding is about, for configuration ignores), and {@code errorWhen} (an expression
 * that raises a finding to error where it holds, for a rule whose severity depends on the object),
 * and {@code onlyWhen} (the condition outcomes, beyond the object's own variant, a finding holds
 * under), {@code let} (named sub-expressions), {@code since} (the version the rule appeared in) and
 * {@code examples} (a bad and a good snippet per input format). {@code when} is one expression or a
 * list of them that must all hold.
 *
 * <p>A {@code let} name stands for its expression, in parentheses, wherever it appears outside a
 * string literal in {@code when}, {@code at}, {@code message}, {@code related}, {@code resource},
 * {@code errorWhen}, {@code onlyWhen} and later {@code let} entries: it reads exactly as the
 * expression written out, so {@code &&} still stops before a null hop is read.
 */
public final class RuleLoader {

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
  private static final Set<String> MEMBERS = RuleVocabulary.members();

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

  public Rule load(String file, String text) {
    Map<String, Field> fields = fields(file, text);
    for (String key : REQUIRED) {
      if (!fields.containsKey(key))
        throw new RuleFileException(file, 1, "missing field '" + key + "'");
    }
    String id = scalar(file, fields.get("id"));
    if (!ID.matcher(id).matches())
      throw error(file, fields.get("id"), "id '" + id + "' is not like GL020");
    String name = scalar(file, fields.get("name"));
    if (!NAME.matcher(name).matches())
      throw error(file, fields.get("name"), "name '" + name + "' is not kebab-case");
    Severity severity;
    try {
      severity = Severity.parse(scalar(file, fields.get("severity")));
    } catch (IllegalArgumentException e) {
      throw error(file, fields.get("severity"), e.getMessage());
    }
    List<RuleInfo.Fact> facts = facts(file, fields.get("facts"));
    RuleInfo info =
        new RuleInfo(
            id,
            name,
            severity,
            scalar(file, fields.get("category")),
            scalar(file, fields.get("title")),
            scalar(file, fields.get("description")).strip(),
            scalar(file, fields.get("remediation")).strip(),
            ProjectSite.helpUri(scalar(file, fields.get("helpUri"))),
            facts,
            since(file, fields.get("since")),
            examples(file, fields.get("examples")));

    Field forField = fields.get("for");
    Matcher fm = FOR.matcher(scalar(file, forField));
    if (!fm.matches()) throw error(file, forField, "'for' must read 'VARIABLE in EXPRESSION'");
    String variable = fm.group(1);
    if (INPUTS.containsKey(variable)
        || RESERVED.contains(variable)
        || MEMBERS.contains(variable)
        || FUNCTIONS.contains(variable)) {
      throw error(
          file,
          forField,
          "the loop variable cannot be called '"
              + variable
              + "': that name is a keyword, an input, a function or a model accessor");
    }
    String selectText = fm.group(2).strip();
    Serializable select = compile(file, forField, selectText, INPUTS);
    Class<?> elementType = elementType(selectText);
    Map<String, Class<?>> inputs = new LinkedHashMap<>(INPUTS);
    inputs.put(variable, elementType);

    Map<String, String> lets = lets(file, fields.get("let"), variable, inputs);
    List<Serializable> when = new ArrayList<>();
    List<String> whenText = new ArrayList<>();
    Field whenField = fields.get("when");
    if (whenField.value instanceof SequenceNode seq) {
      if (seq.getValue().isEmpty()) throw error(file, whenField, "'when' is an empty list");
      for (Node entry : seq.getValue()) {
        Field f = new Field(whenField.key, entry);
        String entryText = scalar(file, f);
        when.add(compile(file, f, expand(entryText, lets), inputs));
        whenText.add(entryText.strip());
      }
    } else {
      String whenSource = scalar(file, whenField);
      when.add(compile(file, whenField, expand(whenSource, lets), inputs));
      whenText.add(whenSource.strip());
    }
    Serializable at =
        compile(file, fields.get("at"), expand(scalar(file, fields.get("at")), lets), inputs);
    Rule.Message message =
        message(file, fields.get("message"), scalar(file, fields.get("message")), inputs, lets);
    List<Rule.RelatedSpec> related = new ArrayList<>();
    Field relatedField = fields.get("related");
    if (relatedField != null) {
      if (!(relatedField.value instanceof SequenceNode seq))
        throw error(file, relatedField, "'related' must be a list");
      for (Node item : seq.getValue()) {
        Map<String, Field> rf = mapping(file, item);
        if (!rf.containsKey("at") || !rf.containsKey("message")) {
          throw new RuleFileException(
              file, line(item), "each 'related' entry needs 'at' and 'message'");
        }
        related.add(
            new Rule.RelatedSpec(
                compile(file, rf.get("at"), expand(scalar(file, rf.get("at")), lets), inputs),
                message(file, rf.get("message"), scalar(file, rf.get("message")), inputs, lets)));
      }
    }
    Serializable resource =
        fields.containsKey("resource")
            ? compile(
                file,
                fields.get("resource"),
                expand(scalar(file, fields.get("resource")), lets),
                inputs)
            : null;
    Serializable errorWhen =
        fields.containsKey("errorWhen")
            ? compile(
                file,
                fields.get("errorWhen"),
                expand(scalar(file, fields.get("errorWhen")), lets),
                inputs)
            : null;
    Serializable onlyWhen =
        fields.containsKey("onlyWhen")
            ? compile(
                file,
                fields.get("onlyWhen"),
                expand(scalar(file, fields.get("onlyWhen")), lets),
                inputs)
            : null;
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
        onlyWhen);
  }

  /**
   * The {@code let} entries, in order, each already expanded with the ones before it. A name may
   * not hide an input, the loop variable, a function, an accessor or a keyword: the expression
   * would read differently from what it says.
   */
  private static Map<String, String> lets(
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
      root = new Yaml(options).compose(new java.io.StringReader(text));
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

  private static Rule.Message message(
      String file, Field f, String text, Map<String, Class<?>> inputs, Map<String, String> lets) {
    List<String> literals = new ArrayList<>();
    List<Serializable> expressions = new ArrayList<>();
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

  private static Serializable compile(
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
    ExpressionGuard guard = new ExpressionGuard(inputs.keySet(), FUNCTIONS, MEMBERS);
    ExpressionGuard.Rejection r = guard.check(expression);
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
    ParserContext context = new ParserContext();
    inputs.forEach(context::addInput);
    for (Method m : Functions.class.getMethods()) {
      if (m.getDeclaringClass() == Functions.class) context.addImport(m.getName(), m);
    }
    try {
      return QuietOutput.run(() -> MVEL.compileExpression(expression, context));
    } catch (RuntimeException | StackOverflowError e) {
      throw new RuleFileException(
          file, base, "expression does not compile: " + firstLine(e.getMessage()));
    }
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

  private static String firstLine(String s) {
    if (s == null) return "";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
