/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import io.gatelint.model.Location;
import io.gatelint.model.Origin;
import io.gatelint.model.SecurityGroupRule;
import io.gatelint.model.Value;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A security group rule of a plan holding its values as primitives and shared objects, each {@link
 * Value} and {@link Location} made again on every read, equal to the one the mapper built. A plan
 * of 391,000 rules held each rule's five values, six locations and two references as objects of
 * their own (about 800 bytes a rule); this holds the raw values (numbers, protocol strings and
 * references shared with other rules), one packed line and column per value, and a {@link Shape}
 * shared by every rule written alike: the file, the path (JSON Pointer tail) and the origin of each
 * value. The JSON Pointer head, {@code <address> <pointer of the resource object>}, is rebuilt from
 * the address, the module's pointer and the resource's index.
 */
final class CompactSecurityGroupRule extends SecurityGroupRule {

  /** The rule's values in {@link Shape#values} order: group, protocol, ports, peer. */
  private static final List<Part> PARTS =
      List.of(Part.GROUP, Part.PROTOCOL, Part.FROM_PORT, Part.TO_PORT);

  /**
   * How the values of rules written alike are placed and obtained, shared between such rules: the
   * module's JSON Pointer, where the rule is (its kind, note and unit unused), which peer it has,
   * and each value.
   */
  record Shape(String module, Slot location, Part peer, List<Slot> values) {}

  /**
   * How one value is obtained and where it is written, less its line and column: its file, the tail
   * of its JSON Pointer after the head (the resource's, or its {@code after_unknown}'s for a value
   * the planned values leave out), its origin's kind and note, its unit.
   */
  record Slot(
      String file,
      boolean afterUnknown,
      String tail,
      Origin.Kind kind,
      String note,
      Value.Unit unit) {}

  private final Shape shape;
  private final int index;
  private final int changeIndex;
  private final long at;
  private final Object group;
  private final Object protocol;
  private final Object fromPort;
  private final Object toPort;
  private final Object peer;
  private final long groupAt;
  private final long protocolAt;
  private final long fromPortAt;
  private final long toPortAt;
  private final long peerAt;

  private CompactSecurityGroupRule(
      Shape shape, int index, int changeIndex, long at, Object[] raw, long[] rawAt) {
    this.shape = shape;
    this.index = index;
    this.changeIndex = changeIndex;
    this.at = at;
    this.group = raw[0];
    this.protocol = raw[1];
    this.fromPort = raw[2];
    this.toPort = raw[3];
    this.peer = raw[4];
    this.groupAt = rawAt[0];
    this.protocolAt = rawAt[1];
    this.fromPortAt = rawAt[2];
    this.toPortAt = rawAt[3];
    this.peerAt = rawAt[4];
  }

  @Override
  protected Value<Object> held(Part part) {
    return switch (part) {
      case GROUP -> value(0, group, groupAt);
      case PROTOCOL -> value(1, protocol, protocolAt);
      case FROM_PORT -> value(2, fromPort, fromPortAt);
      case TO_PORT -> value(3, toPort, toPortAt);
      default -> part == shape.peer() ? value(4, peer, peerAt) : null;
    };
  }

  @Override
  protected Location heldLocation() {
    return location(shape.location(), at);
  }

  private Value<Object> value(int i, Object raw, long where) {
    Slot slot = shape.values().get(i);
    if (slot == null) return null;
    Origin origin = new Origin(slot.kind(), location(slot, where), slot.note());
    Value<Object> v = raw == null ? Value.unknown(origin) : Value.of(raw, origin);
    return slot.unit() == Value.Unit.NONE ? v : v.in(slot.unit());
  }

  private Location location(Slot slot, long where) {
    return Location.of(slot.file(), line(where), column(where))
        .withPointer(slot.afterUnknown() ? unknownHead() : head(), slot.tail());
  }

  /** {@code <address> <JSON Pointer of the resource object>}, as {@link ResourceView} makes it. */
  private String head() {
    return getId() + " " + shape.module() + "/resources/" + index;
  }

  /** {@code <address> <JSON Pointer of its change's after_unknown>}, as {@link ResourceView}. */
  private String unknownHead() {
    return getId() + " /resource_changes/" + changeIndex + "/change/after_unknown";
  }

  private static long pack(int line, int column) {
    return ((long) line << 32) | (column & 0xffffffffL);
  }

  private static int line(long packed) {
    return (int) (packed >> 32);
  }

  private static int column(long packed) {
    return (int) packed;
  }

  /**
   * Makes compact rules of one plan, sharing their shapes and raw values. A rule that does not fit
   * — a sensitive value, a value located outside the resource's pointer, a suppression, more than
   * one peer — is kept as it is.
   */
  static final class Compactor {

    /** A longer pointer tail is a map key of the user's, not a schema path: not shared. */
    private static final int MAX_TAIL = 64;

    private final Map<Object, Object> shared = new HashMap<>();

    /** Direct-mapped: bounded, and consecutive rules of one group hit it. */
    private final Object[] raws = new Object[1 << 12];

    /** The rule in compact form, or the rule itself when it cannot be held exactly so. */
    SecurityGroupRule compact(SecurityGroupRule rule, ResourceView view) {
      if (!rule.getIgnores().isEmpty()
          || !rule.getVariant().isEmpty()
          || !rule.getExistsOnlyWhen().isEmpty()) return rule;
      if (!rule.getId().equals(view.address())) return rule;
      String head = view.pointerHead();
      String unknownHead = view.unknownHead();
      Location location = rule.getLocation();
      Slot locationSlot = location == null ? null : slot(location, head, unknownHead, null, null);
      if (locationSlot == null) return rule;
      Part peerPart = null;
      Value<Object> peerValue = null;
      for (Part part : List.of(Part.CIDR_IPV4, Part.CIDR_IPV6, Part.PREFIX_LIST, Part.PEER_GROUP)) {
        Value<Object> v = get(rule, part);
        if (v == null) continue;
        if (peerPart != null) return rule;
        peerPart = part;
        peerValue = v;
      }
      Object[] raw = new Object[5];
      long[] rawAt = new long[5];
      Slot[] slots = new Slot[5];
      for (int i = 0; i < 5; i++) {
        Value<Object> v = i < 4 ? get(rule, PARTS.get(i)) : peerValue;
        if (v == null) continue;
        if (v.isSensitive()) return rule;
        Location where = v.location();
        slots[i] = slot(where, head, unknownHead, v.origin(), v.unit());
        if (slots[i] == null) return rule;
        raw[i] = v.isKnown() ? raw(v.raw()) : null;
        rawAt[i] = pack(where.line(), where.column());
      }
      Shape shape =
          share(
              new Shape(
                  view.resource.module(),
                  locationSlot,
                  peerPart,
                  java.util.Collections.unmodifiableList(java.util.Arrays.asList(slots))));
      CompactSecurityGroupRule out =
          new CompactSecurityGroupRule(
              shape,
              view.resource.index(),
              view.changeIndex(),
              pack(location.line(), location.column()),
              raw,
              rawAt);
      out.setId(rule.getId());
      out.setSourceType(share(rule.getSourceType()));
      out.setScope(rule.getScope());
      out.setDirection(share(rule.getDirection()));
      out.setSelf(rule.isSelf());
      return out;
    }

    /**
     * The slot of a value at the location, shared; null when its pointer does not start with either
     * head or its tail is not a schema path.
     */
    private Slot slot(
        Location where, String head, String unknownHead, Origin origin, Value.Unit unit) {
      String pointer = where.pointer();
      boolean afterUnknown = !pointer.startsWith(head);
      if (afterUnknown && (unknownHead == null || !pointer.startsWith(unknownHead))) return null;
      int from = afterUnknown ? unknownHead.length() : head.length();
      if (pointer.length() - from > MAX_TAIL) return null;
      return share(
          new Slot(
              where.file(),
              afterUnknown,
              pointer.substring(from),
              origin == null ? Origin.Kind.EXPLICIT : origin.kind(),
              origin == null ? "" : origin.note(),
              unit == null ? Value.Unit.NONE : unit));
    }

    @SuppressWarnings("unchecked")
    private <T> T share(T value) {
      return (T) shared.computeIfAbsent(value, k -> k);
    }

    /** Port numbers, each boxed once: every rule holds two and a plan repeats them. */
    private Integer[] ports;

    /** An equal raw value seen just before, else this one. */
    private Object raw(Object value) {
      if (value instanceof Integer port && port >= 0 && port <= 65535) {
        if (ports == null) ports = new Integer[65536];
        Integer known = ports[port];
        if (known == null) ports[port] = known = port;
        return known;
      }
      int slot = (value.hashCode() * 0x9E3779B9) >>> (32 - 12);
      Object cached = raws[slot];
      if (cached != null && cached.equals(value) && cached.getClass() == value.getClass())
        return cached;
      raws[slot] = value;
      return value;
    }

    private static Value<Object> get(SecurityGroupRule rule, Part part) {
      return switch (part) {
        case GROUP -> rule.getGroup();
        case PROTOCOL -> rule.getProtocol();
        case FROM_PORT -> rule.getFromPort();
        case TO_PORT -> rule.getToPort();
        case CIDR_IPV4 -> rule.getCidrIpv4();
        case CIDR_IPV6 -> rule.getCidrIpv6();
        case PREFIX_LIST -> rule.getPrefixList();
        case PEER_GROUP -> rule.getPeerGroup();
      };
    }
  }
}
