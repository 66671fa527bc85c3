package org.grantwell.web.bid;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.grantwell.workflow.bid.BidDraft;

/**
 * What the editor's inputs are bound to: a mutable copy of a {@link BidDraft}, row by row, turned
 * back into a draft for every save. Risks have no step of their own yet; they are carried through
 * unchanged so that saving from the pages never drops them.
 */
public class BidForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String title;
  private String summary;
  private String problemStatement;
  private List<String> interventions = new ArrayList<>();
  private final List<LocationRow> locations = new ArrayList<>();
  private final List<BudgetRow> budgetLines = new ArrayList<>();
  private final List<MatchRow> matchFunding = new ArrayList<>();
  private final List<OutcomeRow> outcomes = new ArrayList<>();
  private final List<RiskCopy> risks = new ArrayList<>();

  /** A form holding the draft's content. */
  public static BidForm of(BidDraft draft) {
    BidForm form = new BidForm();
    form.title = draft.title();
    form.summary = draft.summary();
    form.problemStatement = draft.problemStatement();
    form.interventions = new ArrayList<>(orEmpty(draft.interventions()));
    orEmpty(draft.locations()).forEach(l -> form.locations.add(new LocationRow(l.localAuthority(), l.description())));
    orEmpty(draft.budgetLines()).forEach(l -> form.budgetLines.add(BudgetRow.of(l)));
    orEmpty(draft.matchFunding()).forEach(m -> form.matchFunding.add(MatchRow.of(m)));
    orEmpty(draft.outcomes()).forEach(o -> form.outcomes.add(OutcomeRow.of(o)));
    orEmpty(draft.risks()).forEach(r -> form.risks.add(new RiskCopy(r.description(), r.likelihood(), r.impact(), r.mitigation())));
    return form;
  }

  /** The draft to save; {@code version} is the version the user loaded (null for a new bid). */
  public BidDraft toDraft(String roundReference, String forceAreaCode, Long version) {
    return new BidDraft(
        roundReference,
        forceAreaCode,
        version,
        title,
        summary,
        problemStatement,
        List.copyOf(interventions),
        locations.stream().map(l -> new BidDraft.Location(l.getLocalAuthority(), l.getDescription())).toList(),
        budgetLines.stream().map(BudgetRow::toDraft).toList(),
        matchFunding.stream().map(MatchRow::toDraft).toList(),
        outcomes.stream().map(OutcomeRow::toDraft).toList(),
        risks.stream().map(r -> new BidDraft.Risk(r.description(), r.likelihood(), r.impact(), r.mitigation())).toList());
  }

  /** A risk as loaded, kept as it was. */
  private record RiskCopy(String description, String likelihood, String impact, String mitigation) implements Serializable {}

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getProblemStatement() {
    return problemStatement;
  }

  public void setProblemStatement(String problemStatement) {
    this.problemStatement = problemStatement;
  }

  public List<String> getInterventions() {
    return interventions;
  }

  public void setInterventions(List<String> interventions) {
    this.interventions = interventions == null ? new ArrayList<>() : new ArrayList<>(interventions);
  }

  public List<LocationRow> getLocations() {
    return locations;
  }

  public List<BudgetRow> getBudgetLines() {
    return budgetLines;
  }

  public List<MatchRow> getMatchFunding() {
    return matchFunding;
  }

  public List<OutcomeRow> getOutcomes() {
    return outcomes;
  }

  /** A place the work happens. */
  public static class LocationRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String localAuthority;
    private String description;

    public LocationRow() {}

    LocationRow(String localAuthority, String description) {
      this.localAuthority = localAuthority;
      this.description = description;
    }

    public String getLocalAuthority() {
      return localAuthority;
    }

    public void setLocalAuthority(String localAuthority) {
      this.localAuthority = localAuthority;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }
  }

  /** A budget line: one category, capital or revenue, in one quarter of one financial year. */
  public static class BudgetRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String financialYear;
    private Integer quarter;
    private String category;
    private boolean capital;
    private String description;
    private BigDecimal amount;

    static BudgetRow of(BidDraft.BudgetLine line) {
      BudgetRow row = new BudgetRow();
      row.financialYear = line.financialYear();
      row.quarter = line.quarter();
      row.category = line.category();
      row.capital = Boolean.TRUE.equals(line.capital());
      row.description = line.description();
      row.amount = line.amount();
      return row;
    }

    BidDraft.BudgetLine toDraft() {
      return new BidDraft.BudgetLine(financialYear, quarter, category, capital, description, amount);
    }

    public String getFinancialYear() {
      return financialYear;
    }

    public void setFinancialYear(String financialYear) {
      this.financialYear = financialYear;
    }

    public Integer getQuarter() {
      return quarter;
    }

    public void setQuarter(Integer quarter) {
      this.quarter = quarter;
    }

    public String getCategory() {
      return category;
    }

    public void setCategory(String category) {
      this.category = category;
    }

    public boolean isCapital() {
      return capital;
    }

    public void setCapital(boolean capital) {
      this.capital = capital;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public BigDecimal getAmount() {
      return amount;
    }

    public void setAmount(BigDecimal amount) {
      this.amount = amount;
    }
  }

  /** A match-funding contribution; {@code evidence} says where the proof is (a note or a file). */
  public static class MatchRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String source;
    private String financialYear;
    private BigDecimal amount;
    private boolean inKind;
    private String status = "PLEDGED";
    private String evidence;

    static MatchRow of(BidDraft.Match match) {
      MatchRow row = new MatchRow();
      row.source = match.source();
      row.financialYear = match.financialYear();
      row.amount = match.amount();
      row.inKind = Boolean.TRUE.equals(match.inKind());
      row.status = match.status();
      row.evidence = match.evidence();
      return row;
    }

    BidDraft.Match toDraft() {
      return new BidDraft.Match(source, financialYear, amount, inKind, status, evidence);
    }

    public String getSource() {
      return source;
    }

    public void setSource(String source) {
      this.source = source;
    }

    public String getFinancialYear() {
      return financialYear;
    }

    public void setFinancialYear(String financialYear) {
      this.financialYear = financialYear;
    }

    public BigDecimal getAmount() {
      return amount;
    }

    public void setAmount(BigDecimal amount) {
      this.amount = amount;
    }

    public boolean isInKind() {
      return inKind;
    }

    public void setInKind(boolean inKind) {
      this.inKind = inKind;
    }

    public String getStatus() {
      return status;
    }

    public void setStatus(String status) {
      this.status = status;
    }

    public String getEvidence() {
      return evidence;
    }

    public void setEvidence(String evidence) {
      this.evidence = evidence;
    }
  }

  /** An outcome target: the indicator, its unit, where it starts and where the bid will take it. */
  public static class OutcomeRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String indicator;
    private String unit;
    private BigDecimal baseline;
    private BigDecimal target;
    private String howMeasured;

    static OutcomeRow of(BidDraft.Outcome outcome) {
      OutcomeRow row = new OutcomeRow();
      row.indicator = outcome.indicator();
      row.unit = outcome.unit();
      row.baseline = outcome.baseline();
      row.target = outcome.target();
      row.howMeasured = outcome.howMeasured();
      return row;
    }

    BidDraft.Outcome toDraft() {
      return new BidDraft.Outcome(indicator, unit, baseline, target, howMeasured);
    }

    public String getIndicator() {
      return indicator;
    }

    public void setIndicator(String indicator) {
      this.indicator = indicator;
    }

    public String getUnit() {
      return unit;
    }

    public void setUnit(String unit) {
      this.unit = unit;
    }

    public BigDecimal getBaseline() {
      return baseline;
    }

    public void setBaseline(BigDecimal baseline) {
      this.baseline = baseline;
    }

    public BigDecimal getTarget() {
      return target;
    }

    public void setTarget(BigDecimal target) {
      this.target = target;
    }

    public String getHowMeasured() {
      return howMeasured;
    }

    public void setHowMeasured(String howMeasured) {
      this.howMeasured = howMeasured;
    }
  }
}
