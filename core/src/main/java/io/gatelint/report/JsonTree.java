/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The JSON reports' trees: built from Jackson's node classes and written by jackson-core's
 * generator, indented as {@code ObjectMapper} with {@code INDENT_OUTPUT} indents them, so the bytes
 * are the same. No {@code ObjectMapper}: creating one loads its date format, and with it the
 * locale's calendar data, about 50 ms of a one-template run on a cold JVM (measured with {@code
 * -Xlog:class+load}: 0.189 s to 0.247 s of a 0.49 s run) for reports that hold no date.
 */
final class JsonTree {

  /** The caller owns the writer: the generator neither closes it nor adds to it after the tree. */
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private JsonTree() {}

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  /** Writes the tree, indented, without a final line break. */
  static void write(JsonNode tree, Writer out) throws IOException {
    try (JsonGenerator g = generator(out)) {
      write(tree, g);
    }
  }

  /** A generator that indents as {@link #write(JsonNode, Writer)} does, for a streamed report. */
  static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.setPrettyPrinter(new DefaultPrettyPrinter());
    return g;
  }

  /** How many trees are built at a time ahead of the writing, in {@link #writeEach}. */
  static final int BATCH = 512;

  /**
   * Writes one tree per item, in order, where the generator stands. Beyond one batch the trees are
   * built a batch ahead on a second thread while this one writes the batch before: building a
   * finding's tree (its fingerprint, its strings) took half as long as writing it, one after the
   * other on one thread (45,000 findings of 10,000 generated stacks). At most two batches are held.
   * Printing stays on this thread: printed ahead as well, the second thread had the more to do.
   */
  static <T> void writeEach(List<T> items, Function<T, JsonNode> build, JsonGenerator g)
      throws IOException {
    if (items.size() <= BATCH) {
      for (T item : items) write(build.apply(item), g);
      return;
    }
    ExecutorService ahead =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "gatelint-report");
              t.setDaemon(true);
              return t;
            });
    try {
      Future<List<JsonNode>> next = ahead.submit(() -> built(items, 0, build));
      for (int from = 0; from < items.size(); from += BATCH) {
        List<JsonNode> trees = done(next);
        int after = from + BATCH;
        if (after < items.size()) next = ahead.submit(() -> built(items, after, build));
        for (JsonNode tree : trees) write(tree, g);
      }
    } finally {
      ahead.shutdownNow();
    }
  }

  private static <T> List<JsonNode> built(List<T> items, int from, Function<T, JsonNode> build) {
    List<JsonNode> out = new ArrayList<>(BATCH);
    for (T item : items.subList(from, Math.min(items.size(), from + BATCH)))
      out.add(build.apply(item));
    return out;
  }

  /** A batch built ahead; what building it threw, as if thrown here. */
  private static <V> V done(Future<V> batch) throws IOException {
    try {
      return batch.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while writing the report");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The tree as indented text, without a final line break. */
  static String text(JsonNode tree) {
    StringWriter w = new StringWriter();
    try {
      write(tree, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return w.toString();
  }

  /** Writes the tree where the generator stands. */
  static void write(JsonNode node, JsonGenerator g) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT -> {
        g.writeStartObject();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          g.writeFieldName(e.getKey());
          write(e.getValue(), g);
        }
        g.writeEndObject();
      }
      case ARRAY -> {
        g.writeStartArray();
        for (JsonNode element : node) write(element, g);
        g.writeEndArray();
      }
      case STRING -> g.writeString(node.textValue());
      case BOOLEAN -> g.writeBoolean(node.booleanValue());
      case NULL -> g.writeNull();
      case NUMBER -> number(node, g);
      default ->
          throw new IllegalArgumentException("a report holds no " + node.getNodeType() + " node");
    }
  }

  private static void number(JsonNode node, JsonGenerator g) throws IOException {
    switch (node.numberType()) {
      case INT -> g.writeNumber(node.intValue());
      case LONG -> g.writeNumber(node.longValue());
      case BIG_INTEGER -> g.writeNumber(node.bigIntegerValue());
      case FLOAT -> g.writeNumber(node.floatValue());
      case DOUBLE -> g.writeNumber(node.doubleValue());
      case BIG_DECIMAL -> g.writeNumber(node.decimalValue());
    }
  }
}
