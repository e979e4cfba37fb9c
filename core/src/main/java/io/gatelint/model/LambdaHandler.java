/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import java.util.ArrayList;
import java.util.List;

/** A Node Lambda handler export and the objects it returns. */
public class LambdaHandler extends Resource {

  private String exportName = "";
  private String file = "";
  private List<LambdaResponse> responses = new ArrayList<>();

  public String getExportName() {
    return exportName;
  }

  public void setExportName(String exportName) {
    this.exportName = exportName;
  }

  public String getFile() {
    return file;
  }

  public void setFile(String file) {
    this.file = file;
  }

  public List<LambdaResponse> getResponses() {
    return responses;
  }

  public void setResponses(List<LambdaResponse> responses) {
    this.responses = responses;
  }

  /**
   * The first object literal it returns without an integer statusCode (absent, or a known value
   * that is not an integer, such as '200'); null when there is none. A statusCode computed at run
   * time is unknown and passes.
   */
  public LambdaResponse getFirstResponseWithoutStatusCode() {
    return responses.stream()
        .filter(
            r ->
                r.isLiteral()
                    && (!r.isHasStatusCode()
                        || (r.getStatusCode() != null
                            && r.getStatusCode().isKnown()
                            && !r.hasIntegerStatusCode())))
        .findFirst()
        .orElse(null);
  }
}
