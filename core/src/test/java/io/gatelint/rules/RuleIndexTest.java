/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleIndexTest {

  private static byte[] bytes(List<Rule> rules) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RuleIndex.write(rules, out);
    return out.toByteArray();
  }

  /** The index the build packaged says what the rule files say now: it is not stale. */
  @Test
  void thePackagedIndexHoldsWhatTheRuleFilesSay() throws Exception {
    byte[] packaged;
    try (InputStream in =
        RuleIndex.class.getClassLoader().getResourceAsStream(RuleIndex.RESOURCE)) {
      assertThat(in).as("the build packages " + RuleIndex.RESOURCE).isNotNull();
      packaged = in.readAllBytes();
    }
    assertThat(packaged).isEqualTo(bytes(BuiltinRules.readFiles()));
  }

  /** Every field survives the trip: what is read writes the same bytes again. */
  @Test
  void whatIsReadIsWhatWasWritten() throws Exception {
    List<Rule> files = BuiltinRules.readFiles();
    byte[] written = bytes(files);
    List<Rule> read = RuleIndex.read(new ByteArrayInputStream(written));
    assertThat(bytes(read)).isEqualTo(written);
    assertThat(read).hasSameSizeAs(files);
    for (int i = 0; i < files.size(); i++) {
      Rule a = files.get(i);
      Rule b = read.get(i);
      assertThat(b.info()).isEqualTo(a.info());
      assertThat(b.whenText()).isEqualTo(a.whenText());
      assertThat(b.select().text()).isEqualTo(a.select().text());
      assertThat(b.select().inputs()).isEqualTo(a.select().inputs());
      assertThat(b.message().literals()).isEqualTo(a.message().literals());
    }
  }

  /** In a classes folder, a rule file changed after the index was written makes it stale. */
  @Test
  void anIndexOlderThanARuleFileBesideItIsStale(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path index = dir.resolve("builtin.index");
    Path rules = Files.createDirectories(dir.resolve("builtin"));
    Files.writeString(rules.resolve("GL001.yml"), "id: GL001\n");
    Files.write(index, new byte[] {1});
    Files.setLastModifiedTime(rules.resolve("GL001.yml"), FileTime.fromMillis(1_000_000));
    Files.setLastModifiedTime(index, FileTime.fromMillis(2_000_000));
    assertThat(RuleIndex.olderThanTheRuleFiles(index)).isFalse();
    Files.setLastModifiedTime(rules.resolve("GL001.yml"), FileTime.fromMillis(3_000_000));
    assertThat(RuleIndex.olderThanTheRuleFiles(index)).isTrue();
  }

  @Test
  void anIndexOfAnotherVersionIsNotRead() throws Exception {
    byte[] written = bytes(BuiltinRules.readFiles());
    written[7]++; // the version, after the magic number
    assertThat(RuleIndex.read(new ByteArrayInputStream(written))).isNull();
  }

  /** The rules a run gets are the index's, and they compile and run as the files' do. */
  @Test
  void theRulesOfARunComeFromTheIndex() throws Exception {
    List<Rule> packaged = RuleIndex.readPackaged();
    assertThat(packaged).isNotNull();
    assertThat(bytes(RuleSet.load(List.of()).rules())).isEqualTo(bytes(packaged));
    for (Rule r : packaged) assertThat(r.select().compiled()).isNotNull();
  }
}
