/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report;

import io.gatelint.LintResult;
import io.gatelint.finding.Finding;
import java.io.IOException;
import java.io.Writer;

/**
 * One line per unsuppressed finding, {@code file:line:col: severity: GL010 message}, the layout
 * editors' error parsers (Vim's errorformat, Emacs' compilation mode) and grep read; nothing else,
 * so that every line is a finding.
 */
public final class CompactReporter implements Reporter {

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    for (Finding f : result.findings()) {
      if (f.isSuppressed()) continue;
      out.write(
          PlainText.escape(f.location().toString())
              + ": "
              + f.severity().label()
              + ": "
              + PlainText.escape(f.ruleId())
              + " "
              + PlainText.escape(f.message())
              + "\n");
    }
  }
}
