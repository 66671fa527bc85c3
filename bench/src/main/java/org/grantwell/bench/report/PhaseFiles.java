package org.grantwell.bench.report;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The small JSON file each phase leaves in target/bench/ ({@code load-10.json}, {@code
 * reports.json}, {@code workflow.json}, {@code baseline.json}, {@code heap.json}, …), each with a
 * {@code phase} member; {@code results} reads them all back to write results.md.
 */
public final class PhaseFiles {

  private PhaseFiles() {}

  /** Writes a phase's file and prints its section of results.md: how every phase ends. */
  public static JsonObject finish(Path file, JsonObject phase) {
    write(file, phase);
    System.out.println(ResultsWriter.section(phase));
    return phase;
  }

  public static void write(Path file, JsonObject content) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
          JsonWriter json = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
        json.writeObject(content);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing " + file, e);
    }
  }

  public static JsonObject read(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); JsonReader json = Json.createReader(in)) {
      return json.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file, e);
    }
  }

  /** Every phase file of the directory (JSON objects with a "phase"), in file-name order. */
  public static List<JsonObject> readAll(Path directory) {
    List<JsonObject> phases = new ArrayList<>();
    if (!Files.isDirectory(directory)) {
      return phases;
    }
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
        try {
          JsonObject json = read(file);
          if (json.containsKey("phase")) {
            phases.add(json);
          }
        } catch (RuntimeException notAPhaseFile) {
          System.err.println("bench: skipping " + file + ": " + notAPhaseFile.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("listing " + directory, e);
    }
    return phases;
  }
}
