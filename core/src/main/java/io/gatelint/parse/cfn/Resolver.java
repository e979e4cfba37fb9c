/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.cfn;

import io.gatelint.model.Location;
import io.gatelint.model.Origin;
import io.gatelint.model.Ref;
import io.gatelint.model.StackReferences;
import io.gatelint.model.Value;
import io.gatelint.parse.FileBudget;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Evaluates template values to model {@link Value}s under one choice of condition outcomes:
 * parameters take their defaults (or the config file's values), {@code Fn::If} takes the branch the
 * choice names, references between resources become {@link Ref}s, and anything a linter cannot know
 * before deploy ({@code Fn::ImportValue}, SSM parameters, pseudo parameters) is unknown.
 */
final class Resolver {

  /** What {@code AWS::NoValue} resolves to: the property is removed. */
  static final Object ABSENT =
      new Object() {
        @Override
        public String toString() {
          return "AWS::NoValue";
        }
      };

  /**
   * One {@code ${name}} or literal {@code ${!name}} of an {@code Fn::Sub} string, from {@code
   * start} to {@code end} (exclusive). Found by a scan rather than a pattern, so that a string of
   * many {@code ${} and no {@code }} takes linear time.
   */
  record SubVariable(int start, int end, boolean literal, String name) {
    /** The first variable at or after {@code from}, or null. */
    static SubVariable next(String text, int from) {
      int start = text.indexOf("${", from);
      if (start < 0) return null;
      int close = text.indexOf('}', start + 2);
      if (close < 0) return null; // no later "${" can close either
      boolean literal = start + 2 < close && text.charAt(start + 2) == '!';
      return new SubVariable(
          start, close + 1, literal, text.substring(start + (literal ? 3 : 2), close));
    }
  }

  private final Template template;
  private final Map<String, String> overrides;
  private final Map<String, Boolean> conditions;

  /** Where the values a template cannot resolve alone are recorded as symbols. */
  private final Consumer<StackReferences.Symbol> symbols;

  /** While an import or export name is evaluated: {@code ${AWS::StackName}} reads as {@code *}. */
  private boolean stackNameWildcard;

  Resolver(Template template, Map<String, String> overrides, Map<String, Boolean> conditions) {
    this(template, overrides, conditions, s -> {});
  }

  Resolver(
      Template template,
      Map<String, String> overrides,
      Map<String, Boolean> conditions,
      Consumer<StackReferences.Symbol> symbols) {
    this.template = template;
    this.overrides = overrides;
    this.conditions = conditions;
    this.symbols = symbols;
  }

  /**
   * An import or export name, with {@code *} where {@code ${AWS::StackName}} stands (the stack name
   * is chosen at deploy time, so it matches any text); null when the name is not computable here.
   */
  String stackName(Node node) {
    if (node == null) return null;
    boolean was = stackNameWildcard;
    stackNameWildcard = true;
    try {
      Value<Object> v = eval(node, 0);
      return v.isKnown() && !v.isRef() ? v.text() : null;
    } finally {
      stackNameWildcard = was;
    }
  }

  /** The names of the conditions that {@code Fn::If} consults anywhere below the node. */
  static Set<String> conditionsUsed(Node node) {
    Set<String> names = new LinkedHashSet<>();
    collectConditions(node, names);
    return names;
  }

  private static void collectConditions(Node node, Set<String> into) {
    if (node instanceof Node.MapNode m) {
      if ("Fn::If".equals(m.intrinsic())
          && m.get("Fn::If") instanceof Node.ListNode l
          && !l.items().isEmpty()
          && l.items().get(0) instanceof Node.Scalar s) {
        into.add(s.text());
      }
      for (Node.Entry e : m.entries().values()) collectConditions(e.value(), into);
    } else if (node instanceof Node.ListNode l) {
      for (Node item : l.items()) collectConditions(item, into);
    }
  }

  /**
   * Follows {@code Fn::If} and {@code Fn::FindInMap} (with keys known here) until a structural node
   * is reached: a map, a list, or a scalar. Returns null for {@code AWS::NoValue} and for unknowns
   * — among them a {@code Ref} to a {@code CommaDelimitedList} or {@code List<…>} parameter, whose
   * items are supplied at deploy time. {@link #isAbsent} tells the two apart.
   */
  Node structural(Node node) {
    for (int guard = 0; guard < 32 && node instanceof Node.MapNode m; guard++) {
      String fn = m.intrinsic();
      if ("Fn::If".equals(fn)) {
        node = branch(m);
        continue;
      }
      if ("Fn::FindInMap".equals(fn)) {
        node = mapped(m.get(fn));
        continue;
      }
      if ("Ref".equals(fn)
          && m.get("Ref") instanceof Node.Scalar s
          && s.text().equals("AWS::NoValue")) return null;
      if (fn != null) return null;
      return node;
    }
    return node;
  }

  /**
   * The mapping entry {@code Fn::FindInMap} names, as written (a list, a map or a scalar), or null
   * when not known.
   */
  private Node mapped(Node arg) {
    if (!(arg instanceof Node.ListNode l) || l.items().size() < 3) return null;
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Value<Object> k = eval(l.items().get(i), 0);
      if (!k.isKnown() || k.isRef()) return null;
      keys.add(k.text());
    }
    return template.mapping(keys.get(0), keys.get(1), keys.get(2));
  }

  /**
   * Whether a property that should hold a list is written but its items cannot be known here (an
   * unresolvable intrinsic, a list parameter, a branch whose outcome is not known). Such a list is
   * not empty: what it holds is unknown.
   */
  boolean isUnknownList(Node node) {
    return node != null && !isAbsent(node) && !(structural(node) instanceof Node.ListNode);
  }

  /**
   * Whether a list item that should be a map (a rule, an attribute, a target) cannot be read here.
   */
  boolean isUnknownMap(Node item) {
    return item != null && !isAbsent(item) && !(structural(item) instanceof Node.MapNode);
  }

  /** The list items below a node, following Fn::If and dropping AWS::NoValue items. */
  List<Node> items(Node node) {
    Node n = structural(node);
    List<Node> out = new ArrayList<>();
    if (n instanceof Node.ListNode l) {
      for (Node item : l.items()) {
        if (!isAbsent(item)) out.add(item);
      }
    }
    return out;
  }

  /** Whether the node is known to be a list (so a missing list is "declared but empty"). */
  boolean isList(Node node) {
    return structural(node) instanceof Node.ListNode;
  }

  /**
   * Whether the node is {@code AWS::NoValue} under this choice of outcomes, following {@code
   * Fn::If}: the property or list item is then removed. A branch whose outcome is not known is not
   * absent (it is unknown), so an unexpanded condition never makes a list look shorter than it may
   * be.
   */
  boolean isAbsent(Node item) {
    Node n = item;
    for (int guard = 0;
        guard < 32 && n instanceof Node.MapNode m && "Fn::If".equals(m.intrinsic());
        guard++) {
      n = branch(m);
      if (n == null) return false;
    }
    return n instanceof Node.MapNode m
        && "Ref".equals(m.intrinsic())
        && m.get("Ref") instanceof Node.Scalar s
        && s.text().equals("AWS::NoValue");
  }

  private Node branch(Node.MapNode ifNode) {
    if (!(ifNode.get("Fn::If") instanceof Node.ListNode l) || l.items().size() != 3) return null;
    String name = l.items().get(0) instanceof Node.Scalar s ? s.text() : "";
    Boolean outcome = conditions.get(name);
    if (outcome == null) return null;
    return outcome ? l.items().get(1) : l.items().get(2);
  }

  /** The value of a node, or null when the node is absent or resolves to AWS::NoValue. */
  Value<Object> value(Node node) {
    if (node == null) return null;
    Value<Object> v = eval(node, 0);
    if (v != null && v.isKnown() && v.raw() == ABSENT) return null;
    return v;
  }

  private Value<Object> eval(Node node, int depth) {
    Location loc = node.location();
    if (depth > 64) return Value.unknown(loc, "intrinsic functions nested too deeply");
    if (node instanceof Node.Scalar s) {
      return s.value() == null ? Value.unknown(loc, "null") : Value.explicit(s.value(), loc);
    }
    if (node instanceof Node.ListNode)
      return Value.unknown(loc, "a list where a single value was expected");
    Node.MapNode m = (Node.MapNode) node;
    String fn = m.intrinsic();
    if (fn == null) return Value.unknown(loc, "a map where a single value was expected");
    Node arg = m.get(fn);
    return switch (fn) {
      case "Ref" -> ref(arg, loc);
      case "Fn::GetAtt" -> getAtt(arg, loc);
      case "Fn::If" -> {
        Node chosen = branch(m);
        yield chosen == null
            ? Value.unknown(loc, "condition outcome not known")
            : eval(chosen, depth + 1);
      }
      case "Fn::Sub" -> sub(arg, loc, depth);
      case "Fn::Join" -> join(arg, loc, depth);
      case "Fn::Select" -> select(arg, loc, depth);
      case "Fn::FindInMap" -> findInMap(arg, loc, depth);
      case "Fn::ImportValue" -> importValue(arg, loc);
      default -> Value.unknown(loc, fn + " is resolved only at deploy time");
    };
  }

  /**
   * An import stays unknown in this template; its name, when computable, is recorded as a symbol
   * that a linking step matches against the exports of every template in the tree.
   */
  private Value<Object> importValue(Node arg, Location loc) {
    String name = stackName(arg);
    if (name != null) {
      symbols.accept(
          new StackReferences.Symbol(
              StackReferences.Kind.IMPORT, template.file(), name, null, loc));
    }
    return Value.unknown(loc, "Fn::ImportValue is resolved only at deploy time");
  }

  private Value<Object> ref(Node arg, Location loc) {
    if (!(arg instanceof Node.Scalar s)) return Value.unknown(loc, "Ref of a computed name");
    String name = s.text();
    if (name.equals("AWS::NoValue")) return Value.explicit(ABSENT, loc);
    if (name.equals("AWS::StackName") && stackNameWildcard) return Value.explicit("*", loc);
    if (name.startsWith("AWS::"))
      return Value.unknown(loc, "pseudo parameter " + name + " is known only at deploy time");
    if (overrides.containsKey(name)) {
      symbols.accept(
          new StackReferences.Symbol(
              StackReferences.Kind.PARAMETER, template.file(), name, overrides.get(name), loc));
      return Value.of(
          overrides.get(name), Origin.parameter(loc, "parameter " + name + " from gatelint.yml"));
    }
    Node.MapNode param = template.parameter(name);
    if (param != null) {
      String type = param.get("Type") instanceof Node.Scalar t ? t.text() : "String";
      if (type.startsWith("AWS::SSM::Parameter")) {
        return Value.unknown(loc, "parameter " + name + " is read from SSM at deploy time");
      }
      if (param.get("Default") instanceof Node.Scalar d && d.value() != null) {
        return Value.of(
            d.value(), Origin.parameter(d.location(), "parameter " + name + " default"));
      }
      symbols.accept(
          new StackReferences.Symbol(
              StackReferences.Kind.PARAMETER, template.file(), name, null, loc));
      return Value.unknown(loc, "parameter " + name + " has no default");
    }
    String type = template.resourceType(name);
    if (type != null)
      return Value.explicit(new Ref(template.file(), name, refAttribute(type), "Ref"), loc);
    return Value.unknown(loc, "Ref to '" + name + "', which the template does not declare");
  }

  /** What {@code !Ref} of a resource yields, by resource type. */
  static Ref.Attribute refAttribute(String type) {
    if (type.startsWith("AWS::ElasticLoadBalancingV2::")) return Ref.Attribute.ARN;
    if (type.equals("AWS::SNS::Topic")) return Ref.Attribute.ARN;
    if (type.equals("AWS::EC2::SecurityGroup")) return Ref.Attribute.ID;
    if (type.equals("AWS::Lambda::Function") || type.equals("AWS::CloudWatch::Alarm"))
      return Ref.Attribute.NAME;
    return Ref.Attribute.ID;
  }

  static Ref.Attribute getAttAttribute(String attribute) {
    return switch (attribute) {
      case "LoadBalancerFullName", "TargetGroupFullName" -> Ref.Attribute.FULL_NAME;
      case "GroupId" -> Ref.Attribute.ID;
      case "Arn", "LoadBalancerArn", "TargetGroupArn" -> Ref.Attribute.ARN;
      case "LoadBalancerName", "TargetGroupName" -> Ref.Attribute.NAME;
      default -> Ref.Attribute.OTHER;
    };
  }

  private Value<Object> getAtt(Node arg, Location loc) {
    String target;
    String attribute;
    if (arg instanceof Node.Scalar s && s.text().contains(".")) {
      target = s.text().substring(0, s.text().indexOf('.'));
      attribute = s.text().substring(s.text().indexOf('.') + 1);
    } else if (arg instanceof Node.ListNode l
        && l.items().size() == 2
        && l.items().get(0) instanceof Node.Scalar a
        && l.items().get(1) instanceof Node.Scalar b) {
      target = a.text();
      attribute = b.text();
    } else {
      return Value.unknown(loc, "Fn::GetAtt with a computed attribute");
    }
    if (template.resourceType(target) == null) {
      return Value.unknown(
          loc, "Fn::GetAtt of '" + target + "', which the template does not declare");
    }
    return Value.explicit(
        new Ref(template.file(), target, getAttAttribute(attribute), attribute), loc);
  }

  private Value<Object> sub(Node arg, Location loc, int depth) {
    String text;
    Map<String, Node.Entry> vars = Map.of();
    if (arg instanceof Node.Scalar s) {
      text = s.text();
    } else if (arg instanceof Node.ListNode l
        && !l.items().isEmpty()
        && l.items().get(0) instanceof Node.Scalar s) {
      text = s.text();
      if (l.items().size() > 1 && l.items().get(1) instanceof Node.MapNode vm) vars = vm.entries();
    } else {
      return Value.unknown(loc, "Fn::Sub of a computed string");
    }
    SubVariable only = SubVariable.next(text, 0);
    if (only != null
        && only.start() == 0
        && only.end() == text.length()
        && !only.literal()
        && !vars.containsKey(only.name())) {
      // "${X}" or "${X.Attr}" alone is exactly a Ref or a GetAtt
      String name = only.name();
      Location l = loc;
      if (name.contains(".")
          && template.resourceType(name.substring(0, name.indexOf('.'))) != null) {
        return getAtt(new Node.Scalar(name, l), l);
      }
      return ref(new Node.Scalar(name, l), l);
    }
    FileBudget.expand(text.length());
    StringBuilder out = new StringBuilder();
    int last = 0;
    for (SubVariable m = SubVariable.next(text, 0); m != null; m = SubVariable.next(text, last)) {
      out.append(text, last, m.start());
      last = m.end();
      if (m.literal()) {
        out.append("${").append(m.name()).append('}');
        continue;
      }
      String name = m.name();
      Value<Object> v =
          vars.containsKey(name)
              ? eval(vars.get(name).value(), depth + 1)
              : name.contains(".")
                  ? Value.unknown(loc, "attribute known at deploy time")
                  : ref(new Node.Scalar(name, loc), loc);
      if (!v.isKnown() || v.isRef())
        return Value.unknown(loc, "Fn::Sub uses ${" + name + "}, known only at deploy time");
      String part = v.text();
      FileBudget.expand(part.length());
      out.append(part);
    }
    out.append(text.substring(last));
    return Value.explicit(out.toString(), loc);
  }

  private Value<Object> join(Node arg, Location loc, int depth) {
    if (!(arg instanceof Node.ListNode l) || l.items().size() != 2)
      return Value.unknown(loc, "malformed Fn::Join");
    Value<Object> delimiter = eval(l.items().get(0), depth + 1);
    if (!delimiter.isKnown()) return Value.unknown(loc, "Fn::Join with a computed delimiter");
    List<String> parts = new ArrayList<>();
    String separator = delimiter.text();
    for (Node item : items(l.items().get(1))) {
      Value<Object> v = eval(item, depth + 1);
      if (!v.isKnown() || v.isRef())
        return Value.unknown(loc, "Fn::Join of values known only at deploy time");
      if (v.raw() != ABSENT) {
        String part = v.text();
        // counted before the string is built: a join of repeated aliases must stop here
        FileBudget.expand((long) part.length() + separator.length());
        parts.add(part);
      }
    }
    if (!(structural(l.items().get(1)) instanceof Node.ListNode))
      return Value.unknown(loc, "Fn::Join of a computed list");
    return Value.explicit(String.join(separator, parts), loc);
  }

  private Value<Object> select(Node arg, Location loc, int depth) {
    if (!(arg instanceof Node.ListNode l) || l.items().size() != 2)
      return Value.unknown(loc, "malformed Fn::Select");
    Value<Object> index = eval(l.items().get(0), depth + 1);
    List<Node> list = items(l.items().get(1));
    if (!index.isNumber() || !(structural(l.items().get(1)) instanceof Node.ListNode)) {
      return Value.unknown(loc, "Fn::Select over values known only at deploy time");
    }
    int i = (int) index.num();
    if (i < 0 || i >= list.size()) return Value.unknown(loc, "Fn::Select index out of range");
    return eval(list.get(i), depth + 1);
  }

  private Value<Object> findInMap(Node arg, Location loc, int depth) {
    if (!(arg instanceof Node.ListNode l) || l.items().size() < 3)
      return Value.unknown(loc, "malformed Fn::FindInMap");
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Value<Object> k = eval(l.items().get(i), depth + 1);
      if (!k.isKnown() || k.isRef())
        return Value.unknown(loc, "Fn::FindInMap with a key known only at deploy time");
      keys.add(k.text());
    }
    Node found = template.mapping(keys.get(0), keys.get(1), keys.get(2));
    if (found == null)
      return Value.unknown(loc, "Fn::FindInMap: no entry " + String.join(".", keys));
    return eval(found, depth + 1);
  }
}
