/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Trees built ahead on a second thread are written as the whole tree would be. */
class JsonTreeTest {

  private static final Function<Integer, JsonNode> ITEM =
      i -> {
        ObjectNode n = JsonTree.object();
        n.put("index", i);
        n.put("text", "line \"" + i + "\"\nnext\t€");
        n.putArray("empty");
        n.putObject("nested").putArray("list").add(i).add("x");
        return n;
      };

  @Test
  void itemsWrittenOneByOneReadAsTheWholeTree() throws IOException {
    for (int count :
        new int[] {0, 1, JsonTree.BATCH, JsonTree.BATCH + 1, 3 * JsonTree.BATCH + 17}) {
      List<Integer> items = IntStream.range(0, count).boxed().toList();
      ObjectNode whole = JsonTree.object();
      ArrayNode array = whole.putArray("items");
      items.forEach(i -> array.add(ITEM.apply(i)));
      whole.put("after", true);

      StringWriter out = new StringWriter();
      try (JsonGenerator g = JsonTree.generator(out)) {
        g.writeStartObject();
        g.writeArrayFieldStart("items");
        JsonTree.writeEach(items, JsonTree.trees(ITEM), g);
        g.writeEndArray();
        g.writeBooleanField("after", true);
        g.writeEndObject();
      }
      assertThat(out.toString()).as("%d items", count).isEqualTo(JsonTree.text(whole));
    }
  }

  @Test
  void itemsDeeperInTheTreeIndentAsTheWholeTree() throws IOException {
    List<Integer> items = IntStream.range(0, 2 * JsonTree.BATCH + 3).boxed().toList();
    ObjectNode whole = JsonTree.object();
    ArrayNode inner = whole.putObject("outer").putArray("lists").addArray();
    items.forEach(i -> inner.add(ITEM.apply(i)));

    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonTree.generator(out)) {
      g.writeStartObject();
      g.writeObjectFieldStart("outer");
      g.writeArrayFieldStart("lists");
      g.writeStartArray();
      JsonTree.writeEach(items, JsonTree.trees(ITEM), g);
      g.writeEndArray();
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
    }
    assertThat(out.toString()).isEqualTo(JsonTree.text(whole));
  }

  @Test
  void whatPrintingAheadThrowsReachesTheWriter() throws IOException {
    List<Integer> items = IntStream.range(0, 3 * JsonTree.BATCH).boxed().toList();
    Function<Integer, JsonNode> failing =
        i -> {
          if (i == 2 * JsonTree.BATCH + 5) throw new IllegalStateException("test: item " + i);
          return ITEM.apply(i);
        };
    try (JsonGenerator g = JsonTree.generator(new StringWriter())) {
      g.writeStartArray();
      assertThatThrownBy(() -> JsonTree.writeEach(items, JsonTree.trees(failing), g))
          .isExactlyInstanceOf(IllegalStateException.class)
          .hasMessage("test: item " + (2 * JsonTree.BATCH + 5));
    }
  }
}
