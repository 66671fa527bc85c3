package org.grantwell.db.bid.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.grantwell.db.organisation.OrganisationType;
import org.grantwell.db.round.ApplicationWindow;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;

/**
 * The configured limits of one funding round that a bid is checked against. Nullable components
 * mean "no limit": {@code areaEnvelope}, {@code maxBidsPerArea}, {@code maxCapitalPercent}. An
 * empty {@code eligibleCategories} means any category; empty {@code yearCaps} means no per-year
 * caps. Invariants: {@code minBid <= maxBid}, {@code spendStart <= spendBy}, at least one financial
 * year, a positive attachment limit. The pot is carried for display; no bid rule uses it.
 */
public record RoundRules(
    Set<OrganisationType> eligibleLeadTypes,
    Money pot,
    Money areaEnvelope,
    ApplicationWindow window,
    Money minBid,
    Money maxBid,
    Map<FinancialYear, Money> yearCaps,
    Integer maxBidsPerArea,
    MatchRule match,
    BigDecimal maxCapitalPercent,
    Set<String> eligibleCategories,
    Set<FinancialYear> financialYears,
    LocalDate spendStart,
    LocalDate spendBy,
    long maxAttachmentBytes) implements java.io.Serializable {

  /** 10 MB, the default largest attachment. */
  public static final long DEFAULT_MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;

  public RoundRules {
    eligibleLeadTypes = Set.copyOf(eligibleLeadTypes);
    Objects.requireNonNull(pot, "pot");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(minBid, "minBid");
    Objects.requireNonNull(maxBid, "maxBid");
    yearCaps = Map.copyOf(yearCaps);
    Objects.requireNonNull(match, "match");
    eligibleCategories = Set.copyOf(eligibleCategories);
    financialYears = Set.copyOf(financialYears);
    Objects.requireNonNull(spendStart, "spendStart");
    Objects.requireNonNull(spendBy, "spendBy");
    if (minBid.isGreaterThan(maxBid)) {
      throw new IllegalArgumentException("The minimum bid is above the maximum bid");
    }
    if (spendBy.isBefore(spendStart)) {
      throw new IllegalArgumentException("The spending window ends before it starts");
    }
    if (financialYears.isEmpty()) {
      throw new IllegalArgumentException("A round covers at least one financial year");
    }
    if (maxBidsPerArea != null && maxBidsPerArea < 1) {
      throw new IllegalArgumentException("At least one bid per area must be allowed");
    }
    if (maxCapitalPercent != null
        && (maxCapitalPercent.signum() < 0
            || maxCapitalPercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
      throw new IllegalArgumentException("A capital share is 0 to 100%: " + maxCapitalPercent);
    }
    if (maxAttachmentBytes <= 0) {
      throw new IllegalArgumentException("The attachment limit must be positive");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Assembles rules step by step; each setter replaces what was set before. Defaults: no match
   * funding, no caps or limits, any category, 10 MB attachments, and the financial years the
   * spending window touches when none are given.
   */
  public static final class Builder {
    private final Set<OrganisationType> leadTypes = new HashSet<>();
    private Money pot = Money.ZERO;
    private Money areaEnvelope;
    private ApplicationWindow window;
    private Money minBid = Money.ZERO;
    private Money maxBid;
    private final Map<FinancialYear, Money> yearCaps = new HashMap<>();
    private Integer maxBidsPerArea;
    private MatchRule match = MatchRule.NONE;
    private BigDecimal maxCapitalPercent;
    private final Set<String> categories = new HashSet<>();
    private final Set<FinancialYear> years = new HashSet<>();
    private LocalDate spendStart;
    private LocalDate spendBy;
    private long maxAttachmentBytes = DEFAULT_MAX_ATTACHMENT_BYTES;

    private Builder() {}

    public Builder eligibleLeadTypes(Set<OrganisationType> types) {
      leadTypes.clear();
      leadTypes.addAll(types);
      return this;
    }

    public Builder pot(Money value) {
      pot = value;
      return this;
    }

    public Builder areaEnvelope(Money value) {
      areaEnvelope = value;
      return this;
    }

    public Builder window(ApplicationWindow value) {
      window = value;
      return this;
    }

    public Builder bidRange(Money min, Money max) {
      minBid = min;
      maxBid = max;
      return this;
    }

    public Builder yearCap(FinancialYear year, Money cap) {
      yearCaps.put(year, cap);
      return this;
    }

    public Builder maxBidsPerArea(Integer value) {
      maxBidsPerArea = value;
      return this;
    }

    public Builder match(MatchRule value) {
      match = value;
      return this;
    }

    public Builder maxCapitalPercent(BigDecimal value) {
      maxCapitalPercent = value;
      return this;
    }

    public Builder eligibleCategories(Set<String> values) {
      categories.clear();
      categories.addAll(values);
      return this;
    }

    public Builder financialYears(Set<FinancialYear> values) {
      years.clear();
      years.addAll(values);
      return this;
    }

    public Builder spendingWindow(LocalDate start, LocalDate by) {
      spendStart = start;
      spendBy = by;
      return this;
    }

    public Builder maxAttachmentBytes(long value) {
      maxAttachmentBytes = value;
      return this;
    }

    public RoundRules build() {
      Set<FinancialYear> roundYears = years.isEmpty() ? yearsTouching() : years;
      return new RoundRules(
          leadTypes,
          pot,
          areaEnvelope,
          window,
          minBid,
          maxBid,
          yearCaps,
          maxBidsPerArea,
          match,
          maxCapitalPercent,
          categories,
          roundYears,
          spendStart,
          spendBy,
          maxAttachmentBytes);
    }

    private Set<FinancialYear> yearsTouching() {
      Objects.requireNonNull(spendStart, "spendStart");
      Objects.requireNonNull(spendBy, "spendBy");
      Set<FinancialYear> touched = new HashSet<>();
      FinancialYear last = FinancialYear.containing(spendBy);
      for (FinancialYear y = FinancialYear.containing(spendStart);
          y.compareTo(last) <= 0;
          y = y.next()) {
        touched.add(y);
      }
      return touched;
    }
  }
}
