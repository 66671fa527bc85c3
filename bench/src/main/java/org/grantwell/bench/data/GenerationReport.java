package org.grantwell.bench.data;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the generator wrote: rows per table (application and engine tables, counted afterwards)
 * and the seconds it took, in all and per phase.
 */
public record GenerationReport(Map<String, Long> rowsPerTable, Map<String, Double> secondsPerPhase, double seconds) {

  public GenerationReport {
    rowsPerTable = new TreeMap<>(rowsPerTable);
    secondsPerPhase = Map.copyOf(secondsPerPhase);
  }

  /** A plain-text table for the console. */
  public String describe() {
    StringBuilder out = new StringBuilder("Grantwell bench data generated in ")
        .append(String.format("%.1f", seconds)).append(" s\n");
    secondsPerPhase.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> out.append(String.format("  phase %-28s %8.1f s%n", e.getKey(), e.getValue())));
    rowsPerTable.forEach((table, rows) -> out.append(String.format("  %-32s %10d%n", table, rows)));
    return out.toString();
  }
}
