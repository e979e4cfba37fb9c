/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocationTest {

  @Test
  void aPointerInTwoPartsIsTheSameLocationAsTheWholePointer() {
    Location whole = new Location("plan.json", 3, 5, "aws_lb.a /planned_values/x/values/name");
    Location parts =
        Location.of("plan.json", 3, 5).withPointer("aws_lb.a /planned_values/x", "/values/name");

    assertThat(parts.pointer()).isEqualTo(whole.pointer());
    assertThat(parts).isEqualTo(whole).hasSameHashCodeAs(whole);
    assertThat(parts.compareTo(whole)).isZero();
    assertThat(parts.withPointer("other")).isNotEqualTo(whole);
  }

  /** The hash code of the record Location was: findings kept in hashed sets keep their order. */
  @Test
  void hashesAsARecordOfItsFourComponents() {
    Location l = new Location("a.yaml", 12, 4, "p");
    int record = (((("a.yaml".hashCode()) * 31 + 12) * 31) + 4) * 31 + "p".hashCode();

    assertThat(l.hashCode()).isEqualTo(record);
    assertThat(new Location("a.yaml", 12, 4, null).pointer()).isEmpty();
    assertThat(l.toString()).isEqualTo("a.yaml:12:4");
    assertThat(Location.file("a.yaml").withPointer("Resources/Lb", "").display())
        .isEqualTo("a.yaml Resources/Lb");
  }

  @Test
  void aValueGivesBackTheOriginItWasMadeWith() {
    Origin origin = Origin.byDefault(Location.of("a.yaml", 2, 1), "ALB default");
    Value<Integer> v = Value.of(60, origin);

    assertThat(v.origin()).isEqualTo(origin);
    assertThat(v.location()).isSameAs(origin.location());
    assertThat(v.isDefault()).isTrue();
    assertThat(v.asSensitive().origin()).isEqualTo(origin);
    assertThat(v).isEqualTo(Value.of(60, origin)).hasSameHashCodeAs(Value.of(60, origin));
  }
}
