/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import java.time.Duration;

/** A Lambda function, possibly a target of a lambda target group. */
public class LambdaFunction extends Resource {

  /** file.export */
  private Value<Object> handler;

  private Value<Object> runtime;

  /** converted from the seconds written; shown in seconds */
  private Value<Duration> timeout;

  /** a local path (CodeUri, filename) when known */
  private Value<Object> codeLocation;

  private Value<Object> inlineCode;

  public Value<Object> getHandler() {
    return handler;
  }

  public void setHandler(Value<Object> handler) {
    this.handler = handler;
  }

  public Value<Object> getRuntime() {
    return runtime;
  }

  public void setRuntime(Value<Object> runtime) {
    this.runtime = runtime;
  }

  public Value<Duration> getTimeout() {
    return timeout;
  }

  public void setTimeout(Value<Duration> timeout) {
    this.timeout = timeout;
  }

  public Value<Object> getCodeLocation() {
    return codeLocation;
  }

  public void setCodeLocation(Value<Object> codeLocation) {
    this.codeLocation = codeLocation;
  }

  public Value<Object> getInlineCode() {
    return inlineCode;
  }

  public void setInlineCode(Value<Object> inlineCode) {
    this.inlineCode = inlineCode;
  }
}
