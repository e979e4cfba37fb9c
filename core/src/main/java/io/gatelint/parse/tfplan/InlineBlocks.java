/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which {@code ingress}/{@code egress} block of an {@code aws_security_group} in the {@code .tf}
 * source each planned rule comes from. The plan holds the rules as a set, in its own order, and
 * writes one configuration expression for all blocks, so the blocks are matched on what they write
 * literally: ports, protocol, description, CIDR blocks, prefix lists, {@code self}, and whether
 * they name security groups. A planned rule that exactly one block agrees with (and that block with
 * no other rule) is that block's; the rest pair up in order when as many blocks as rules remain and
 * each pair agrees; anything else stays unmatched.
 */
final class InlineBlocks {

  private static final List<String> LISTS =
      List.of("cidr_blocks", "ipv6_cidr_blocks", "prefix_list_ids");

  private InlineBlocks() {}

  /** For each planned rule (by index), the index of its block in {@code written}, or -1. */
  static int[] match(List<TfBlock> written, List<JsonNode> planned) {
    int[] out = new int[planned.size()];
    Arrays.fill(out, -1);
    boolean[][] agree = new boolean[planned.size()][written.size()];
    for (int p = 0; p < planned.size(); p++) {
      for (int w = 0; w < written.size(); w++) agree[p][w] = agrees(written.get(w), planned.get(p));
    }
    Set<Integer> taken = new HashSet<>();
    boolean progress = true;
    while (progress) {
      progress = false;
      for (int p = 0; p < planned.size(); p++) {
        if (out[p] >= 0) continue;
        int only = onlyCandidate(agree[p], taken);
        if (only < 0) continue;
        boolean shared = false;
        for (int q = 0; q < planned.size(); q++) {
          if (q != p && out[q] < 0 && agree[q][only]) shared = true;
        }
        if (shared) continue;
        out[p] = only;
        taken.add(only);
        progress = true;
      }
    }
    List<Integer> restPlanned = new ArrayList<>();
    List<Integer> restWritten = new ArrayList<>();
    for (int p = 0; p < planned.size(); p++) if (out[p] < 0) restPlanned.add(p);
    for (int w = 0; w < written.size(); w++) if (!taken.contains(w)) restWritten.add(w);
    if (restPlanned.size() == restWritten.size()) {
      for (int k = 0; k < restPlanned.size(); k++) {
        if (!agree[restPlanned.get(k)][restWritten.get(k)])
          return out; // no guessing across disagreement
      }
      for (int k = 0; k < restPlanned.size(); k++) out[restPlanned.get(k)] = restWritten.get(k);
    }
    return out;
  }

  private static int onlyCandidate(boolean[] candidates, Set<Integer> taken) {
    int found = -1;
    for (int w = 0; w < candidates.length; w++) {
      if (!candidates[w] || taken.contains(w)) continue;
      if (found >= 0) return -1;
      found = w;
    }
    return found;
  }

  /** False when a literal the block writes (or leaves out) contradicts the planned rule. */
  static boolean agrees(TfBlock block, JsonNode planned) {
    if (planned == null || !planned.isObject()) return false;
    for (String port : List.of("from_port", "to_port")) {
      Object literal = literal(block, port);
      JsonNode value = planned.get(port);
      if (literal instanceof BigDecimal n
          && value != null
          && value.isNumber()
          && n.compareTo(value.decimalValue()) != 0) {
        return false;
      }
    }
    Object protocol = literal(block, "protocol");
    JsonNode plannedProtocol = planned.get("protocol");
    if (protocol != null
        && plannedProtocol != null
        && plannedProtocol.isValueNode()
        && !protocol(String.valueOf(protocol)).equals(protocol(plannedProtocol.asText()))) {
      return false;
    }
    Object description =
        block.attributes.containsKey("description") ? literal(block, "description") : "";
    JsonNode plannedDescription = planned.get("description");
    if (description != null
        && plannedDescription != null
        && plannedDescription.isTextual()
        && !description.equals(plannedDescription.textValue())) {
      return false;
    }
    Object self = block.attributes.containsKey("self") ? literal(block, "self") : Boolean.FALSE;
    JsonNode plannedSelf = planned.get("self");
    if (self instanceof Boolean b
        && plannedSelf != null
        && plannedSelf.isBoolean()
        && b != plannedSelf.booleanValue()) {
      return false;
    }
    for (String list : LISTS) {
      JsonNode value = planned.get(list);
      if (value == null || !value.isArray()) continue; // unknown
      TfBlock.TfAttribute attribute = block.attributes.get(list);
      if (attribute == null) {
        if (!value.isEmpty()) return false;
        continue;
      }
      List<Object> items = HclExpressions.list(attribute.text());
      if (items == null || items.stream().anyMatch(i -> !(i instanceof String))) continue;
      Set<String> plannedItems = new HashSet<>();
      value.forEach(e -> plannedItems.add(e.asText()));
      if (!plannedItems.equals(new HashSet<>(items.stream().map(String::valueOf).toList())))
        return false;
    }
    JsonNode groups = planned.get("security_groups");
    boolean namesGroups = block.attributes.containsKey("security_groups");
    if (groups != null && groups.isArray() && groups.isEmpty() && namesGroups) {
      List<Object> items = HclExpressions.list(block.attributes.get("security_groups").text());
      if (items == null || !items.isEmpty()) return false;
    }
    if (groups != null && groups.isArray() && !groups.isEmpty() && !namesGroups) return false;
    return true;
  }

  private static Object literal(TfBlock block, String name) {
    TfBlock.TfAttribute attribute = block.attributes.get(name);
    return attribute == null ? null : HclExpressions.literal(attribute.text());
  }

  /** The protocol as the provider plans it: numbers of TCP, UDP and ICMP by name, "all" as -1. */
  static String protocol(String p) {
    String s = p.trim().toLowerCase(Locale.ROOT);
    return switch (s) {
      case "6" -> "tcp";
      case "17" -> "udp";
      case "1" -> "icmp";
      case "all" -> "-1";
      default -> s;
    };
  }
}
