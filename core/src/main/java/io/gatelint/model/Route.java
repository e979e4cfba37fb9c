package io.gatelint.model;

/** An HTTP route an app serves. */
public class Route {

  private Value<Object> method;
  private Value<Object> path;

  public Value<Object> getMethod() {
    return method;
  }

  public void setMethod(Value<Object> method) {
    this.method = method;
  }

  public Value<Object> getPath() {
    return path;
  }

  public void setPath(Value<Object> path) {
    this.path = path;
  }
}
