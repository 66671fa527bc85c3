package org.grantwell.workflow.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one tabular export holds: a title, a line saying whose records it covers, the date it was
 * generated and its tables in order.
 *
 * @param scope e.g. "All funding rounds, programme SSF"
 */
public record Report(String title, String scope, LocalDate generated, List<Table> tables) implements java.io.Serializable {

  public Report {
    ExportChecks.requireText(title, "A report needs a title");
    ExportChecks.requireText(scope, "A report needs its scope");
    Objects.requireNonNull(generated, "generated");
    tables = List.copyOf(tables);
  }
}
