package org.grantwell.bench.data;

import java.util.ArrayList;
import java.util.List;

/** Rows of one table as they will be inserted, in order, with their column names. */
final class Table {

  private final String name;
  private final List<String> columns;
  private final List<Object[]> rows = new ArrayList<>();

  Table(String name, String... columns) {
    this.name = name;
    this.columns = List.of(columns);
  }

  void add(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(name + " has " + columns.size() + " columns, not " + values.length);
    }
    rows.add(values);
  }

  String name() {
    return name;
  }

  List<String> columns() {
    return columns;
  }

  List<Object[]> rows() {
    return rows;
  }

  String insertSql() {
    return "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES ("
        + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
  }
}
