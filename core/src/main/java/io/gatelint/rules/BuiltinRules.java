/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The built-in rules of a {@link RuleSet}, read with a head start when the caller asked for one.
 *
 * <p>A command line starts reading them first thing, so that they are read while it parses its
 * arguments: on a cold JVM each of the two takes 70-80 ms of a 0.3 s one-template run (measured
 * with {@code -Xlog:class+load}), and the machines it runs on have a second core. What was started
 * is taken once: later loads in the same JVM (a Maven build's next module, a test) read the rules
 * anew, so that no two runs share a rule or its compiled expressions. Either way they come from the
 * {@link RuleIndex} the build packaged when there is one.
 */
final class BuiltinRules {

  private static final AtomicReference<FutureTask<List<Rule>>> STARTED = new AtomicReference<>();

  private BuiltinRules() {}

  /** Starts reading on a daemon thread, unless a read was started and not yet taken. */
  static void start() {
    FutureTask<List<Rule>> task = new FutureTask<>(BuiltinRules::read);
    if (!STARTED.compareAndSet(null, task)) return;
    Thread t = new Thread(task, "gatelint-builtin-rules");
    t.setDaemon(true);
    t.start();
  }

  /** The rules the started read gave, or, when none was started, a read on this thread. */
  static List<Rule> take() {
    FutureTask<List<Rule>> task = STARTED.getAndSet(null);
    if (task == null) return read();
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return read();
    } catch (ExecutionException e) {
      // read again here, so that the failure is raised as a read on this thread raises it
      return read();
    }
  }

  /** Whether a read was started and not yet taken. */
  static boolean pending() {
    return STARTED.get() != null;
  }

  /** The rules from the index the build packaged, or from their files when there is none. */
  private static List<Rule> read() {
    List<Rule> indexed = RuleIndex.readPackaged();
    return indexed != null ? indexed : readFiles();
  }

  /** The rules read from their files. */
  static List<Rule> readFiles() {
    RuleLoader loader = new RuleLoader(true);
    List<Rule> rules = new ArrayList<>();
    for (Map.Entry<String, String> e : RuleSet.builtinSources().entrySet())
      rules.add(loader.load(e.getKey(), e.getValue()));
    return rules;
  }
}
