package io.gatelint.parse;

import io.gatelint.model.Model;
import io.gatelint.source.InputDetector;
import io.gatelint.source.SourceFile;
import io.gatelint.source.SourceKind;
import java.util.List;
import java.util.Set;

/**
 * A parser for one input format. It receives every file of the kinds it handles in one call — nginx
 * needs the whole tree for includes, Node needs package.json beside the sources — and adds what it
 * reads to the model. A file it cannot read becomes a {@link io.gatelint.model.Problem}; it never
 * throws for bad input, and one bad file never stops the others.
 *
 * <p>A parser is also its format's {@link InputDetector}: what it reads and how its files are
 * recognised are declared together, and {@link InputFormats} registers the format once.
 */
public interface InputParser extends InputDetector {

  /** The kinds of file this parser reads. */
  Set<SourceKind> kinds();

  /** Reads the files into the model. */
  void parse(List<SourceFile> files, ParseContext context, Model model);
}
