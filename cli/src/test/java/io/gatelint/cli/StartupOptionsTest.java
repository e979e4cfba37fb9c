/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers' JVM options ({@code cli/jvm.options}) and class-data sharing archive: a JVM
 * started with them gives the same output as a bare one, and an archive it cannot map — damaged, or
 * made for another jar — changes nothing, not even standard error.
 */
class StartupOptionsTest {

  static final Path JVM_OPTIONS = MainTest.REPO.resolve("cli/jvm.options");

  @TempDir static Path tmp;

  record Process(int exit, String out, String err) {}

  static Process bare;

  @BeforeAll
  static void bareRun() throws Exception {
    bare = lint(List.of());
  }

  /** The options the launchers pass: one a line, {@code #} lines are comments. */
  static List<String> launcherOptions() throws IOException {
    List<String> options = new ArrayList<>();
    for (String line : Files.readAllLines(JVM_OPTIONS, StandardCharsets.UTF_8)) {
      String option = line.strip();
      if (!option.isEmpty() && !option.startsWith("#")) {
        options.add(option);
      }
    }
    return options;
  }

  /** Lints the demo in a new JVM on the test class path, with {@code jvmOptions} before it. */
  static Process lint(List<String> jvmOptions) throws Exception {
    return lint(jvmOptions, System.getProperty("java.class.path"));
  }

  static Process lint(List<String> jvmOptions, String classPath) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(
        List.of(
            "-cp",
            classPath,
            Main.class.getName(),
            "lint",
            MainTest.ROOT,
            MainTest.FIXTURES.resolve("ecs-nginx-express/bad").toString()));
    return start(command);
  }

  static Process start(List<String> command) throws Exception {
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    java.lang.Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    int exit = p.waitFor();
    return new Process(
        exit,
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void bareRunFindsTheDemosFindings() {
    assertThat(bare.exit()).isEqualTo(1);
    assertThat(bare.out()).contains("error GL010 nginx-keepalive-not-above-idle-timeout");
  }

  @Test
  void launcherOptionsChangeNoOutput() throws Exception {
    assertThat(launcherOptions()).isNotEmpty();
    assertThat(lint(launcherOptions())).isEqualTo(bare);
  }

  @Test
  void damagedArchiveIsIgnoredWithoutAWord() throws Exception {
    Path archive = tmp.resolve("damaged.jsa");
    Files.write(archive, new byte[] {'n', 'o', 't', ' ', 'a', 'n', ' ', 'a', 'r', 'c', 'h', '\n'});
    List<String> options = new ArrayList<>(launcherOptions());
    options.add("-XX:SharedArchiveFile=" + archive);
    assertThat(lint(options)).isEqualTo(bare);
    options.set(options.size() - 1, "-XX:SharedArchiveFile=" + tmp.resolve("missing.jsa"));
    assertThat(lint(options)).isEqualTo(bare);
  }

  @Test
  void archiveOfAnotherJarIsIgnoredWithoutAWord() throws Exception {
    // an archive made for a jar that has since been rebuilt: the JVM checks the jar's size and
    // time against the archive's record of it
    Path jar = tmp.resolve("first.jar");
    writeJar(jar, "first");
    Path classList = tmp.resolve("classes.lst");
    Files.writeString(classList, "java/lang/Object\n", StandardCharsets.UTF_8);
    Path archive = tmp.resolve("stale.jsa");
    Process dump =
        start(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:dump",
                "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + archive,
                "-cp",
                jar.toString()));
    assertThat(dump.exit()).as(dump.out() + dump.err()).isZero();
    writeJar(jar, "rebuilt, and longer");
    List<String> options = new ArrayList<>(launcherOptions());
    options.add("-XX:SharedArchiveFile=" + archive);
    String classPath = jar + File.pathSeparator + System.getProperty("java.class.path");
    assertThat(lint(options, classPath)).isEqualTo(bare);
  }

  @Test
  void readmeGivesTheLauncherOptionsForABareJavaJar() throws Exception {
    String readme = Files.readString(MainTest.REPO.resolve("README.md"), StandardCharsets.UTF_8);
    String bareJava =
        readme.lines().filter(l -> l.startsWith("java -XX:")).findFirst().orElseThrow();
    assertThat(bareJava.split(" ")).containsAll(launcherOptions());
  }

  @Test
  void treeSitterParserIsLoadedOnlyForJavaScript() throws Exception {
    // TSParser is where tree-sitter's native library comes in: a run over templates alone never
    // needs it. (The verifier loads the few grammar classes NodeParser names, without initialising
    // them, so those do not count.)
    assertThat(classesLoaded("alb-basic/bad", 1))
        .contains("io.gatelint.parse.cfn.")
        .doesNotContain("org.treesitter.TSParser ")
        .doesNotContain("org.treesitter.utils.");
    assertThat(classesLoaded("ecs-nginx-express/bad", 1)).contains("org.treesitter.TSParser ");
  }

  /** The class-loading log of a lint of a fixture, in a new JVM. */
  private static String classesLoaded(String fixture, int exit) throws Exception {
    Path log = Files.createTempFile(tmp, "classes", ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Xlog:class+load=info:file=" + log,
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "lint",
            MainTest.ROOT,
            MainTest.FIXTURES.resolve(fixture).toString()));
    assertThat(start(command).exit()).isEqualTo(exit);
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  @Test
  void launchersPassTheOptionsAndTheArchive() throws Exception {
    for (String launcher : new String[] {"gatelint", "gatelint.cmd"}) {
      String text = Files.readString(MainTest.REPO.resolve(launcher), StandardCharsets.UTF_8);
      assertThat(text)
          .as(launcher)
          .contains("jvm.options")
          .contains("gatelint.jsa")
          .contains("-XX:SharedArchiveFile=")
          .contains("GATELINT_NO_BUILD");
    }
  }

  /**
   * The POSIX launcher leaves our initial heap out when the user sizes the heap: {@code -Xms384m}
   * above a {@code GATELINT_JAVA_OPTS=-Xmx48m} would stop the JVM before it starts. Run on a copy
   * of the launcher and its options beside a jar that starts the command line from the test class
   * path.
   */
  @Test
  void aHeapTheUserSizesIsNotOverridden() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(new File("/bin/sh").canExecute());
    Path repo = tmp.resolve("launcher");
    Files.createDirectories(repo.resolve("cli/target"));
    Files.copy(MainTest.REPO.resolve("gatelint"), repo.resolve("gatelint"));
    Files.copy(JVM_OPTIONS, repo.resolve("cli/jvm.options"));
    assertThat(launcherOptions()).anyMatch(o -> o.startsWith("-Xms"));
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
    manifest.getMainAttributes().putValue("Main-Class", Main.class.getName());
    List<String> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator))
      classPath.add(Path.of(entry).toUri().toString());
    manifest.getMainAttributes().putValue("Class-Path", String.join(" ", classPath));
    try (OutputStream file = Files.newOutputStream(repo.resolve("cli/target/gatelint.jar"));
        JarOutputStream out = new JarOutputStream(file, manifest)) {
      out.putNextEntry(new ZipEntry("content.txt"));
      out.closeEntry();
    }
    for (String userOptions : List.of("", "-Xmx48m", "-XX:MaxHeapSize=40m")) {
      ProcessBuilder pb =
          new ProcessBuilder("sh", repo.resolve("gatelint").toString(), "version")
              .redirectErrorStream(true);
      pb.environment().put("GATELINT_NO_BUILD", "1");
      pb.environment().put("GATELINT_JAVA_OPTS", userOptions);
      java.lang.Process p = pb.start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).as(userOptions + ": " + output).isZero();
      assertThat(output).as(userOptions).startsWith("gatelint ");
    }
  }

  private static void writeJar(Path jar, String content) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest)) {
      out.putNextEntry(new ZipEntry("content.txt"));
      out.write(content.getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
  }
}
