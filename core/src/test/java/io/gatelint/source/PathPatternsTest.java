/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Globs as a {@code .gitignore} reads them (https://git-scm.com/docs/gitignore). */
class PathPatternsTest {

  @ParameterizedTest(name = "{0} on {1} (folder {2}) -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the README's examples
        "**/test/**         | test/api.yaml               | false | true",
        "**/test/**         | app/test/api.yaml           | false | true",
        "**/test/**         | test                        | true  | false",
        "**/test/**         | testing/api.yaml            | false | false",
        "infra/**;deploy/** | infra/lb.yaml               | false | true",
        "infra/**;deploy/** | deploy/nginx/nginx.conf     | false | true",
        "infra/**;deploy/** | app/infra/lb.yaml           | false | false",
        // a name without a slash matches at any depth, and so does everything in a folder it names
        "test               | test                        | true  | true",
        "test               | a/b/test/x.yaml             | false | true",
        "test/              | a/test/x.yaml               | false | true",
        "test/              | a/test                      | false | false",
        "*.yaml             | deep/down/lb.yaml           | false | true",
        // a slash at the start or in the middle anchors the pattern to its folder
        "/test              | test/x.yaml                 | false | true",
        "/test              | a/test/x.yaml               | false | false",
        "test/x             | test/x                      | false | true",
        "test/x             | a/test/x                    | false | false",
        // * and ? stay within one segment; ** spans any depth
        "infra/*.yaml       | infra/lb.yaml               | false | true",
        "infra/*.yaml       | infra/sub/lb.yaml           | false | false",
        "infra/?b.yaml      | infra/lb.yaml               | false | true",
        "a/**/b             | a/b                         | false | true",
        "a/**/b             | a/x/y/b                     | false | true",
        "**/nginx.conf      | nginx.conf                  | false | true",
        "**                 | anything/at/all             | false | true",
        "lb.[yj]a*          | infra/lb.yaml               | false | true",
        "lb.[!y]*           | infra/lb.yaml               | false | false",
        // negation: the last matching pattern decides
        "*.yaml;!keep.yaml  | infra/keep.yaml             | false | false",
        "*.yaml;!keep.yaml  | infra/drop.yaml             | false | true",
        "**/test/**;!**/test/keep.yaml | test/keep.yaml   | false | false",
        // as in git, a file whose folder is left out cannot be brought back
        "build/;!build/keep.yaml | build/keep.yaml        | false | true",
        // comments, blank patterns and escapes
        "#test              | test                        | true  | false",
        "\\#test            | #test                       | false | true",
        "\\!keep            | !keep                       | false | true",
      })
  void matchesAsGitDoes(String patterns, String path, boolean folder, boolean expected) {
    List<String> globs = Arrays.stream(patterns.split(";")).map(String::strip).toList();
    assertThat(PathPatterns.of(globs).matches(path, folder)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"lb.[yaml"})
  void anUnclosedClassIsASyntaxError(String glob) {
    assertThatThrownBy(() -> PathPatterns.of(List.of(glob)))
        .isInstanceOf(PatternSyntaxException.class);
  }
}
