/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.link;

import io.gatelint.model.Chain;
import io.gatelint.model.LambdaFunction;
import io.gatelint.model.LambdaHandler;
import io.gatelint.model.Target;
import io.gatelint.model.TargetGroup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Linking step: a Lambda target group is linked through its registrations to the function, and the
 * function through its {@code Handler} and code location to the handler in the tree — a folder, or
 * an archive whose module is then looked up by name under the template's or plan's folder — else,
 * with one Lambda target group and one handler in the tree, by that alone.
 */
final class LambdaTargets implements LinkStep {

  @Override
  public void link(Linking run) {
    run.byGroup.forEach((tg, chains) -> link(run, tg, chains));
  }

  private static void link(Linking run, TargetGroup tg, List<Chain> chains) {
    if (!Linking.isLambda(tg)) return;
    LambdaFunction fn = null;
    for (Target t : tg.getTargets()) {
      List<LambdaFunction> found = run.model.resolve(t.getTarget(), LambdaFunction.class);
      if (!found.isEmpty()) {
        fn = found.get(0);
        break;
      }
    }
    if (fn == null) {
      run.unlinked.add(
          "target group "
              + tg.getId()
              + " (target type lambda): no registered target names a Lambda function in the tree");
      return;
    }
    for (Chain c : chains) {
      c.setLambdaFunction(fn);
      c.getEvidence()
          .add(
              tg.getId()
                  + " registers Lambda "
                  + fn.getId()
                  + " ("
                  + fn.getLocation().display()
                  + ")");
    }
    LambdaHandler handler = handlerOf(run, fn);
    String why;
    if (handler != null) {
      why =
          "Lambda "
              + fn.getId()
              + " Handler "
              + fn.getHandler().display()
              + " = export "
              + handler.getExportName()
              + " of "
              + handler.getFile()
              + " ("
              + handler.getLocation().display()
              + ")";
    } else if ((handler = handlerInArchive(run, fn)) != null) {
      why =
          "Lambda "
              + fn.getId()
              + " Handler "
              + fn.getHandler().display()
              + ", code "
              + fn.getCodeLocation().display()
              + " ("
              + fn.getCodeLocation().location().display()
              + "): the only source of module "
              + (fn.getHandler().isSensitive()
                  ? fn.getHandler().display()
                  : module(fn.getHandler().text()))
              + " exporting "
              + handler.getExportName()
              + " under "
              + (folderOf(fn).isEmpty() ? "./" : folderOf(fn) + "/")
              + " is "
              + handler.getFile()
              + " ("
              + handler.getLocation().display()
              + ")";
    } else if (run.model.getLambdaHandlers().size() == 1 && lambdaGroups(run) == 1) {
      handler = run.model.getLambdaHandlers().get(0);
      why =
          "Lambda "
              + fn.getId()
              + ": the only Lambda handler in the tree, "
              + handler.getFile()
              + " export "
              + handler.getExportName()
              + " ("
              + handler.getLocation().display()
              + ")";
    } else if (notNode(fn)) {
      // only Node.js sources are scanned: a Python, Java or Go handler is not looked for at all
      run.unlinked.add(
          "Lambda "
              + fn.getId()
              + ": runtime "
              + fn.getRuntime().describe()
              + " is not analysed (only Node.js handlers are read)");
      return;
    } else {
      run.unlinked.add(
          "Lambda "
              + fn.getId()
              + ": no handler found for Handler "
              + (fn.getHandler() == null ? "(none)" : fn.getHandler().describe()));
      return;
    }
    run.usedHandlers.add(handler);
    for (Chain c : chains) {
      c.setLambdaHandler(handler);
      c.getEvidence().add(why);
    }
  }

  private static long lambdaGroups(Linking run) {
    return run.byGroup.keySet().stream().filter(Linking::isLambda).count();
  }

  /**
   * The handler named by {@code Handler} (file.export) under the code location, relative to the
   * template's folder.
   */
  private static LambdaHandler handlerOf(Linking run, LambdaFunction fn) {
    if (fn.getHandler() == null || !fn.getHandler().isKnown()) return null;
    String handler = fn.getHandler().text();
    int dot = handler.lastIndexOf('.');
    if (dot <= 0) return null;
    String module = handler.substring(0, dot);
    String export = handler.substring(dot + 1);
    String code =
        fn.getCodeLocation() != null && fn.getCodeLocation().isKnown()
            ? fn.getCodeLocation().text()
            : "";
    if (code.contains("://")) code = "";
    Path folder = Path.of(fn.getScope()).getParent();
    Path base = (folder == null ? Path.of("") : folder).resolve(code).resolve(module).normalize();
    String wanted = base.toString().replace('\\', '/');
    for (LambdaHandler h : run.model.getLambdaHandlers()) {
      String file = h.getFile();
      int ext = file.lastIndexOf('.');
      String stem = ext > file.lastIndexOf('/') ? file.substring(0, ext) : file;
      if (stem.equals(wanted) && h.getExportName().equals(export)) return h;
    }
    return null;
  }

  /**
   * The handler named by {@code Handler} when the code is an archive built from the tree (a
   * Terraform {@code filename} such as {@code build/handler.zip}): the archive's layout is not in
   * the tree, so the module is looked up by its path ({@code index} → {@code index.js}, {@code
   * .mjs}, {@code .cjs} or {@code .ts}, {@code lib/app} → {@code …/lib/app.js}) anywhere under the
   * folder of the template or plan. Only a single match counts.
   */
  private static LambdaHandler handlerInArchive(Linking run, LambdaFunction fn) {
    if (fn.getHandler() == null || !fn.getHandler().isKnown()) return null;
    if (fn.getCodeLocation() == null || !fn.getCodeLocation().isKnown()) return null;
    String code = fn.getCodeLocation().text().toLowerCase(java.util.Locale.ROOT);
    if (code.contains("://") || !(code.endsWith(".zip") || code.endsWith(".jar"))) return null;
    String handler = fn.getHandler().text();
    int dot = handler.lastIndexOf('.');
    if (dot <= 0) return null;
    String module = module(handler);
    String export = handler.substring(dot + 1);
    String folder = folderOf(fn);
    String prefix = folder.isEmpty() ? "" : folder + "/";
    List<LambdaHandler> found = new ArrayList<>();
    for (LambdaHandler h : run.model.getLambdaHandlers()) {
      String file = h.getFile();
      if (!file.startsWith(prefix) || !h.getExportName().equals(export)) continue;
      int ext = file.lastIndexOf('.');
      if (ext <= file.lastIndexOf('/')) continue;
      if (!List.of(".js", ".mjs", ".cjs", ".ts").contains(file.substring(ext))) continue;
      String stem = file.substring(prefix.length(), ext);
      if (stem.equals(module) || stem.endsWith("/" + module)) found.add(h);
    }
    return found.size() == 1 ? found.get(0) : null;
  }

  private static String module(String handler) {
    return handler.substring(0, Math.max(0, handler.lastIndexOf('.')));
  }

  /**
   * The folder of the template or plan that declares the function, relative to the root ("" at the
   * root).
   */
  private static String folderOf(LambdaFunction fn) {
    Path folder = Path.of(fn.getScope()).getParent();
    return folder == null ? "" : folder.normalize().toString().replace('\\', '/');
  }

  /** Whether the function's Runtime is known and is not a Node.js runtime ({@code nodejs22.x}). */
  private static boolean notNode(LambdaFunction fn) {
    var runtime = fn.getRuntime();
    return runtime != null
        && runtime.isKnown()
        && !runtime.isSensitive()
        && !runtime.text().isBlank()
        && !runtime.text().toLowerCase(java.util.Locale.ROOT).startsWith("nodejs");
  }
}
