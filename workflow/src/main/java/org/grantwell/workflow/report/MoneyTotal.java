package org.grantwell.workflow.report;

import java.util.List;
import org.grantwell.db.shared.Money;

/** A sum of money and the references of the records it adds up. */
public record MoneyTotal(Money amount, List<String> sources) implements java.io.Serializable {

  public MoneyTotal {
    sources = List.copyOf(sources);
  }
}
