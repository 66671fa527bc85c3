package org.grantwell.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.grantwell.bench.Bench.Options;

/**
 * {@code bench results}: every phase file of target/bench/ into results.md (and stdout); files
 * named {@code extra-*.md} there (the heap, the SQL statement counts, whatever the shell adds) are
 * appended as they are.
 */
public final class ResultsPhase {

  private ResultsPhase() {}

  public static String run(Options options) throws IOException {
    Path dir = Path.of(options.text("dir", "target/bench"));
    Path out = Path.of(options.text("out", dir.resolve("results.md").toString()));
    List<String> extras = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path extra : files.filter(f -> f.getFileName().toString().matches("extra-.*\\.md")).sorted().toList()) {
          extras.add(Files.readString(extra, StandardCharsets.UTF_8));
        }
      }
    }
    String markdown = ResultsWriter.write(PhaseFiles.readAll(dir), extras);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, markdown, StandardCharsets.UTF_8);
    System.out.print(markdown);
    System.err.println("bench results: wrote " + out);
    return markdown;
  }
}
