/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint;

import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * An executor that runs each task on a thread of its own after a random delay, so that tasks finish
 * in an order other than the one they were given in: for tests of what several threads merge.
 */
public final class ShuffledExecutor implements Executor {

  private final Random random;
  private final int maxDelayMillis;
  private final Set<String> threads = ConcurrentHashMap.newKeySet();

  public ShuffledExecutor(Random random, int maxDelayMillis) {
    this.random = random;
    this.maxDelayMillis = maxDelayMillis;
  }

  @Override
  public void execute(Runnable task) {
    long delay = random.nextInt(maxDelayMillis);
    Thread t =
        new Thread(
            () -> {
              try {
                Thread.sleep(delay);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              threads.add(Thread.currentThread().getName());
              task.run();
            });
    t.start();
  }

  /** The names of the threads that ran a task. */
  public Set<String> threads() {
    return Set.copyOf(threads);
  }
}
