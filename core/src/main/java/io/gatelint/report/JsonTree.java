/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
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
import java.util.ArrayDeque;
import java.util.Deque;
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

  /** Prints one item where a generator stands. */
  @FunctionalInterface
  interface Printer<T> {
    void print(T item, JsonGenerator g) throws IOException;
  }

  /** A printer that builds the item's tree and writes it. */
  static <T> Printer<T> trees(Function<T, JsonNode> build) {
    return (item, g) -> write(build.apply(item), g);
  }

  /** How many items make one piece of text printed by a worker, in {@link #writeEach}. */
  static final int BATCH = 512;

  /**
   * Prints each item, in order, where the generator stands (in an array). Beyond one batch the
   * items are printed in batches on one thread per core, each batch to text, and this thread writes
   * the texts in order: printing the 45,000 findings of 10,000 generated stacks took most of a
   * second on this thread while the other core had little to do. At most two batches a worker are
   * held at a time. The texts are written raw, so the generator's own array counts none of them:
   * its closing bracket is printed the same either way, as arrays are indented inline (one space),
   * which {@code JsonTreeTest} holds against the whole tree.
   */
  static <T> void writeEach(List<T> items, Printer<T> printer, JsonGenerator g) throws IOException {
    if (items.size() <= BATCH) {
      for (T item : items) printer.print(item, g);
      return;
    }
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService workers =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "gatelint-report");
              t.setDaemon(true);
              return t;
            });
    try {
      JsonStreamContext where = g.getOutputContext();
      Deque<Future<CharSequence>> printing = new ArrayDeque<>();
      int next = 0;
      while (next < items.size() || !printing.isEmpty()) {
        while (next < items.size() && printing.size() < 2 * threads) {
          int from = next;
          printing.add(workers.submit(() -> printed(items, from, printer, where)));
          next += BATCH;
        }
        CharSequence text = done(printing.poll());
        g.writeRaw(text.toString());
      }
    } finally {
      workers.shutdownNow();
    }
  }

  /**
   * One batch as the generator standing in {@code where} would print it, separators included: a
   * generator of its own opens the same objects and arrays first (so it indents as deep), and after
   * the first batch writes a value before it (so the batch's first item is printed as a following
   * one). What it printed before the batch is cut off.
   */
  private static <T> CharSequence printed(
      List<T> items, int from, Printer<T> printer, JsonStreamContext where) throws IOException {
    StringWriter text = new StringWriter(BATCH * 1024);
    JsonGenerator batch = generator(text);
    open(where, batch);
    if (from > 0) batch.writeNull();
    batch.flush();
    int before = text.getBuffer().length();
    for (T item : items.subList(from, Math.min(items.size(), from + BATCH)))
      printer.print(item, batch);
    batch.flush();
    return text.getBuffer().substring(before);
  }

  /** Opens, from the root down, the objects and arrays that {@code where} stands in. */
  private static void open(JsonStreamContext where, JsonGenerator g) throws IOException {
    if (where == null || where.inRoot()) return;
    open(where.getParent(), g);
    if (where.getParent().inObject()) g.writeFieldName(where.getParent().getCurrentName());
    if (where.inObject()) g.writeStartObject();
    else g.writeStartArray();
  }

  /** A batch printed ahead; what printing it threw, as if thrown here. */
  private static <V> V done(Future<V> batch) throws IOException {
    try {
      return batch.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while writing the report");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof IOException io) throw io;
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
