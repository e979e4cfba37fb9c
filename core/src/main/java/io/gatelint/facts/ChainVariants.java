/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.facts;

import io.gatelint.model.Chain;
import io.gatelint.model.Resource;
import io.gatelint.model.Value;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Condition variants of one chain that change nothing rules can read are one chain.
 *
 * <p>A template whose load balancer takes its Subnets from three conditions yields eight copies of
 * the load balancer, and so eight chains through the same hops. Chains through the same hops (the
 * same resources whatever their variant, the same nginx and Node objects) are one chain when every
 * value the model holds for each hop is the same: rules read only the model, so "the values rules
 * read" is the model's values — each public getter of a hop returning a {@link Value}, a list of
 * them, or a nested settings object such as the health check (what the model leaves out, like
 * subnets, no rule can read). Variants whose values differ stay apart, each labelled with the
 * conditions it holds under ("only when IsProd is false").
 */
public final class ChainVariants {

  private ChainVariants() {}

  /** getters that name or place a resource rather than hold a setting */
  private static final Set<String> NOT_SETTINGS =
      Set.of(
          "getLabel",
          "getVariant",
          "getLocation",
          "getIgnores",
          "getId",
          "getScope",
          "getSourceType",
          "getExistsOnlyWhen",
          "getClass");

  /**
   * The chains with variants that agree merged: chains without variants are returned as they are;
   * merged or differing variants are copies that say so.
   */
  public static List<Chain> collapse(List<Chain> chains) {
    Map<String, List<Chain>> byHops = new LinkedHashMap<>();
    Map<Object, Integer> numbers = new java.util.IdentityHashMap<>();
    for (Chain c : chains) byHops.computeIfAbsent(hops(c, numbers), k -> new ArrayList<>()).add(c);
    List<Chain> out = new ArrayList<>();
    for (List<Chain> same : byHops.values()) {
      if (same.size() == 1 || same.stream().allMatch(c -> variant(c).isEmpty())) {
        out.addAll(same);
        continue;
      }
      Map<String, List<Chain>> bySettings = new LinkedHashMap<>();
      for (Chain c : same) {
        bySettings.computeIfAbsent(settings(c), k -> new ArrayList<>()).add(c);
      }
      for (List<Chain> alike : bySettings.values()) {
        String note = "";
        if (bySettings.size() > 1) {
          List<String> branches = new ArrayList<>();
          for (Chain c : alike)
            branches.add(io.gatelint.model.Resource.describeVariant(variant(c)));
          note = "only when " + String.join("; or when ", branches);
        }
        Chain merged = copy(alike.get(0), note);
        if (alike.size() > 1) {
          merged
              .getEvidence()
              .add(
                  alike.size()
                      + " condition variants (of "
                      + String.join(", ", conditionNames(alike))
                      + ") hold the same values along this chain: shown once");
        }
        out.add(merged);
      }
    }
    return out;
  }

  /** The condition branches a chain's hops take, e.g. {@code IsProd false, UseTls}. */
  static String variant(Chain c) {
    List<String> parts = new ArrayList<>();
    for (Resource r :
        Arrays.asList(
            c.getLoadBalancer(), c.getTargetGroup(), c.getEcsService(), c.getLambdaFunction())) {
      if (r != null && !r.getVariant().isEmpty() && !parts.contains(r.getVariant())) {
        parts.add(r.getVariant());
      }
    }
    return String.join(", ", parts);
  }

  private static List<String> conditionNames(List<Chain> chains) {
    List<String> out = new ArrayList<>();
    for (Chain c : chains) {
      for (String part : variant(c).split(",\\s*")) {
        String name = part.endsWith(" false") ? part.substring(0, part.length() - 6) : part;
        if (!name.isEmpty() && !out.contains(name)) out.add(name);
      }
    }
    return out;
  }

  private static Chain copy(Chain c, String note) {
    Chain out = new Chain(c.getLoadBalancer(), c.getTargetGroup());
    out.setEcsService(c.getEcsService());
    out.setProxyServer(c.getProxyServer());
    out.setProxyLocation(c.getProxyLocation());
    out.setUpstream(c.getUpstream());
    out.setAppServer(c.getAppServer());
    out.setLambdaFunction(c.getLambdaFunction());
    out.setLambdaHandler(c.getLambdaHandler());
    out.setTrafficPort(c.getTrafficPort());
    out.getEvidence().addAll(c.getEvidence());
    out.setVariantNote(note);
    return out;
  }

  /**
   * The hops of a chain as a key: resources by scope and id (their variants are one), nginx and
   * Node objects by identity, numbered in {@code numbers} in the order met.
   */
  private static String hops(Chain c, Map<Object, Integer> numbers) {
    return String.join(
        "\u0000",
        ref(c.getLoadBalancer()),
        ref(c.getTargetGroup()),
        ref(c.getEcsService()),
        ref(c.getLambdaFunction()),
        identity(c.getProxyServer(), numbers),
        identity(c.getProxyLocation(), numbers),
        identity(c.getUpstream(), numbers),
        identity(c.getAppServer(), numbers),
        identity(c.getLambdaHandler(), numbers));
  }

  private static String ref(Resource r) {
    return r == null ? "-" : r.getScope() + "/" + r.getId();
  }

  /**
   * An object's number: distinct objects, distinct numbers. Its identity hash code, used before,
   * can be the same for two objects, which would have made two nginx servers one hop.
   */
  private static String identity(Object o, Map<Object, Integer> numbers) {
    return o == null ? "-" : "#" + numbers.computeIfAbsent(o, k -> numbers.size());
  }

  private static String settings(Chain c) {
    StringBuilder b = new StringBuilder();
    b.append(render(c.getTrafficPort())).append('|').append(render(c.getHealthCheckPort()));
    for (Resource r :
        Arrays.asList(
            c.getLoadBalancer(), c.getTargetGroup(), c.getEcsService(), c.getLambdaFunction())) {
      b.append('|');
      if (r != null) settingsOf(r, b, 0);
    }
    return b.toString();
  }

  private static void settingsOf(Object o, StringBuilder b, int depth) {
    List<Method> getters = new ArrayList<>();
    for (Method m : o.getClass().getMethods()) {
      if (m.getParameterCount() == 0
          && !Modifier.isStatic(m.getModifiers())
          && m.getName().startsWith("get")
          && !NOT_SETTINGS.contains(m.getName())) {
        getters.add(m);
      }
    }
    getters.sort(Comparator.comparing(Method::getName));
    for (Method m : getters) {
      Object v;
      try {
        v = m.invoke(o);
      } catch (ReflectiveOperationException | RuntimeException e) {
        continue;
      }
      b.append(m.getName()).append('=');
      renderInto(v, b, depth);
      b.append(';');
    }
  }

  private static void renderInto(Object v, StringBuilder b, int depth) {
    if (v == null) {
      b.append('-');
    } else if (v instanceof Value<?> value) {
      b.append(render(value));
    } else if (v instanceof Resource r) {
      b.append(ref(r)).append('[').append(r.getVariant()).append(']');
    } else if (v instanceof Collection<?> items) {
      b.append('[');
      for (Object i : items) {
        renderInto(i, b, depth);
        b.append(',');
      }
      b.append(']');
    } else if (v instanceof Map<?, ?> map) {
      b.append('{');
      map.forEach(
          (k, x) -> {
            b.append(k).append(':');
            renderInto(x, b, depth);
            b.append(',');
          });
      b.append('}');
    } else if (v.getClass().getPackageName().equals("io.gatelint.model") && depth < 3) {
      b.append('(');
      settingsOf(v, b, depth + 1);
      b.append(')');
    } else {
      b.append(v);
    }
  }

  private static String render(Value<?> v) {
    return v == null ? "-" : v.isKnown() ? "=" + v.text() : "?";
  }
}
