/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.rules;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.function.Supplier;

/**
 * Drops what a thread prints to {@code System.out} and {@code System.err} while it compiles or runs
 * rule expressions. MVEL prints in some failure paths on its own (its ASM optimizer writes
 * "COMPILER BUG" with the expression and its build log to {@code System.out}); a rule's failure
 * reaches the user only as an evaluation error the engine words. Other threads print as before, so
 * a build tool logging in parallel loses nothing.
 */
final class QuietOutput {

  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  private QuietOutput() {}

  /** Runs {@code work} with this thread's standard output and error dropped. */
  static <T> T run(Supplier<T> work) {
    install();
    int[] depth = DEPTH.get();
    depth[0]++;
    try {
      return work.get();
    } finally {
      depth[0]--;
    }
  }

  private static synchronized void install() {
    if (!(System.out instanceof Filtered))
      System.setOut(new Filtered(System.out, encoding("sun.stdout.encoding")));
    if (!(System.err instanceof Filtered))
      System.setErr(new Filtered(System.err, encoding("sun.stderr.encoding")));
  }

  /** The encoding the JVM gave the stream (JDK 17 names it in this property, else the default). */
  private static Charset encoding(String property) {
    String name = System.getProperty(property);
    try {
      return name == null ? Charset.defaultCharset() : Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return Charset.defaultCharset();
    }
  }

  private static boolean quiet() {
    return DEPTH.get()[0] > 0;
  }

  /** A standard stream that forwards the bytes of every thread that is not running rules. */
  private static final class Filtered extends PrintStream {
    Filtered(PrintStream target, Charset charset) {
      super(
          new OutputStream() {
            @Override
            public void write(int b) {
              if (!quiet()) target.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
              if (!quiet()) target.write(b, off, len);
            }

            @Override
            public void flush() {
              target.flush();
            }
          },
          true,
          charset);
    }
  }
}
