package org.grantwell.db.bid;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.grantwell.db.bid.rules.MatchData;
import org.grantwell.db.bid.rules.MatchStatus;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;

/** Money or in-kind resources from another source that the bid brings alongside the grant. */
@Embeddable
public class MatchContribution {

  @Column(nullable = false)
  private String source;

  @Column(name = "financial_year", nullable = false)
  private int financialYear;

  @Column(nullable = false)
  private Money amount;

  @Column(name = "in_kind", nullable = false)
  private boolean inKind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MatchStatus status;

  @Column(name = "evidence")
  private String evidence;

  protected MatchContribution() {}

  public MatchContribution(MatchData data, String evidence) {
    this.source = data.source();
    this.financialYear = data.year().startYear();
    this.amount = data.amount();
    this.inKind = data.inKind();
    this.status = data.status();
    this.evidence = evidence;
  }

  public MatchData toData() {
    return new MatchData(source, new FinancialYear(financialYear), amount, inKind, status);
  }

  public String getEvidence() {
    return evidence;
  }
}
