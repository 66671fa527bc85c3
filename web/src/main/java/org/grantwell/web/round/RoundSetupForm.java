package org.grantwell.web.round;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grantwell.workflow.round.RoundInput;

/**
 * What the round set-up form holds, and its one translation into the service's {@link RoundInput}
 * (London times as {@code 2027-01-31T23:59}, ISO dates). Blank rows are left out; the service
 * checks everything else and names the fields it refuses.
 */
public class RoundSetupForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One financial year's cap on a bid. */
  public static class YearCap implements Serializable {
    private static final long serialVersionUID = 1L;
    private String year;
    private BigDecimal cap;

    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public BigDecimal getCap() { return cap; }
    public void setCap(BigDecimal cap) { this.cap = cap; }

    boolean blank() {
      return (year == null || year.isBlank()) && cap == null;
    }
  }

  /** One assessment criterion. */
  public static class Criterion implements Serializable {
    private static final long serialVersionUID = 1L;
    private String code;
    private String title;
    private String guidance;
    private BigDecimal weight;
    private Integer scaleMax;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getGuidance() { return guidance; }
    public void setGuidance(String guidance) { this.guidance = guidance; }
    public BigDecimal getWeight() { return weight; }
    public void setWeight(BigDecimal weight) { this.weight = weight; }
    public Integer getScaleMax() { return scaleMax; }
    public void setScaleMax(Integer scaleMax) { this.scaleMax = scaleMax; }

    boolean blank() {
      return empty(code) && empty(title) && empty(guidance) && weight == null && scaleMax == null;
    }
  }

  private String reference;
  private String name;
  private String programmeCode;
  private LocalDateTime opensAt;
  private LocalDateTime closesAt;
  private BigDecimal pot;
  private BigDecimal minBid;
  private BigDecimal maxBid;
  private LocalDate spendStart;
  private LocalDate spendBy;
  private List<String> eligibleLeadTypes = new ArrayList<>();
  private final List<YearCap> yearCaps = new ArrayList<>();
  private Integer maxBidsPerArea;
  private BigDecimal matchPercent;
  private String matchBase = "GRANT_REQUESTED";
  private boolean matchInKindCounts = true;
  private List<String> matchLeadTypes = new ArrayList<>();
  private BigDecimal maxCapitalPercent;
  private String costCategories;
  private final List<Criterion> criteria = new ArrayList<>(List.of(new Criterion()));
  private BigDecimal passMark;
  private BigDecimal moderationThreshold;

  /** The form as the service takes it. */
  public RoundInput toInput() {
    Map<String, BigDecimal> caps = new LinkedHashMap<>();
    yearCaps.stream().filter(c -> !c.blank()).forEach(c -> caps.put(c.year == null ? "" : c.year.strip(), c.cap));
    List<RoundInput.Criterion> rows = criteria.stream().filter(c -> !c.blank())
        .map(c -> new RoundInput.Criterion(strip(c.code), strip(c.title), strip(c.guidance), c.weight, c.scaleMax))
        .toList();
    RoundInput.Rules rules = new RoundInput.Rules(List.copyOf(eligibleLeadTypes), caps, maxBidsPerArea, matchPercent,
        matchBase, matchInKindCounts, List.copyOf(matchLeadTypes), maxCapitalPercent, categories(), rows, passMark,
        moderationThreshold);
    return new RoundInput(strip(reference), strip(name), programmeCode, text(opensAt), text(closesAt), pot, minBid,
        maxBid, text(spendStart), text(spendBy), rules);
  }

  /** The index of the criterion row the service calls {@code rules.criteria[index]}, counting only filled rows. */
  int criterionRow(int index) {
    int filled = -1;
    for (int row = 0; row < criteria.size(); row++) {
      if (!criteria.get(row).blank() && ++filled == index) {
        return row;
      }
    }
    return -1;
  }

  private List<String> categories() {
    if (empty(costCategories)) {
      return List.of();
    }
    return Arrays.stream(costCategories.split("[,\\n]")).map(String::strip).filter(c -> !c.isEmpty()).toList();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static String strip(String value) {
    return value == null ? null : value.strip();
  }

  private static boolean empty(String value) {
    return value == null || value.isBlank();
  }

  public void addYearCap() { yearCaps.add(new YearCap()); }
  public void removeYearCap(YearCap cap) { yearCaps.remove(cap); }
  public void addCriterion() { criteria.add(new Criterion()); }
  public void removeCriterion(Criterion criterion) { criteria.remove(criterion); }

  public String getReference() { return reference; }
  public void setReference(String reference) { this.reference = reference; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getProgrammeCode() { return programmeCode; }
  public void setProgrammeCode(String programmeCode) { this.programmeCode = programmeCode; }
  public LocalDateTime getOpensAt() { return opensAt; }
  public void setOpensAt(LocalDateTime opensAt) { this.opensAt = opensAt; }
  public LocalDateTime getClosesAt() { return closesAt; }
  public void setClosesAt(LocalDateTime closesAt) { this.closesAt = closesAt; }
  public BigDecimal getPot() { return pot; }
  public void setPot(BigDecimal pot) { this.pot = pot; }
  public BigDecimal getMinBid() { return minBid; }
  public void setMinBid(BigDecimal minBid) { this.minBid = minBid; }
  public BigDecimal getMaxBid() { return maxBid; }
  public void setMaxBid(BigDecimal maxBid) { this.maxBid = maxBid; }
  public LocalDate getSpendStart() { return spendStart; }
  public void setSpendStart(LocalDate spendStart) { this.spendStart = spendStart; }
  public LocalDate getSpendBy() { return spendBy; }
  public void setSpendBy(LocalDate spendBy) { this.spendBy = spendBy; }
  public List<String> getEligibleLeadTypes() { return eligibleLeadTypes; }
  public void setEligibleLeadTypes(List<String> types) { this.eligibleLeadTypes = types == null ? new ArrayList<>() : new ArrayList<>(types); }
  public List<YearCap> getYearCaps() { return yearCaps; }
  public Integer getMaxBidsPerArea() { return maxBidsPerArea; }
  public void setMaxBidsPerArea(Integer maxBidsPerArea) { this.maxBidsPerArea = maxBidsPerArea; }
  public BigDecimal getMatchPercent() { return matchPercent; }
  public void setMatchPercent(BigDecimal matchPercent) { this.matchPercent = matchPercent; }
  public String getMatchBase() { return matchBase; }
  public void setMatchBase(String matchBase) { this.matchBase = matchBase; }
  public boolean isMatchInKindCounts() { return matchInKindCounts; }
  public void setMatchInKindCounts(boolean matchInKindCounts) { this.matchInKindCounts = matchInKindCounts; }
  public List<String> getMatchLeadTypes() { return matchLeadTypes; }
  public void setMatchLeadTypes(List<String> types) { this.matchLeadTypes = types == null ? new ArrayList<>() : new ArrayList<>(types); }
  public BigDecimal getMaxCapitalPercent() { return maxCapitalPercent; }
  public void setMaxCapitalPercent(BigDecimal maxCapitalPercent) { this.maxCapitalPercent = maxCapitalPercent; }
  public String getCostCategories() { return costCategories; }
  public void setCostCategories(String costCategories) { this.costCategories = costCategories; }
  public List<Criterion> getCriteria() { return criteria; }
  public BigDecimal getPassMark() { return passMark; }
  public void setPassMark(BigDecimal passMark) { this.passMark = passMark; }
  public BigDecimal getModerationThreshold() { return moderationThreshold; }
  public void setModerationThreshold(BigDecimal moderationThreshold) { this.moderationThreshold = moderationThreshold; }
}
