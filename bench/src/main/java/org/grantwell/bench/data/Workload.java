package org.grantwell.bench.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole generated workload before it touches a database: the rows of every application table
 * in insertion (foreign-key) order, the newest id drawn from each sequence, and the lifecycles the
 * engine must replay. Pure data: the same settings always give equal workloads.
 */
final class Workload {

  final Map<String, Table> tables = new LinkedHashMap<>();
  final Map<String, Long> lastIds = new LinkedHashMap<>();
  final List<RoundPlan> rounds = new ArrayList<>();
  final List<BidPlan> bids = new ArrayList<>();
  String auditHeadHash;
  long auditHeadId;

  Table table(String name, String... columns) {
    return tables.computeIfAbsent(name, n -> new Table(n, columns));
  }

  /** Rows per table, as planned. */
  Map<String, Long> plannedRows() {
    Map<String, Long> counts = new LinkedHashMap<>();
    tables.forEach((name, table) -> counts.put(name, (long) table.rows().size()));
    return counts;
  }
}
