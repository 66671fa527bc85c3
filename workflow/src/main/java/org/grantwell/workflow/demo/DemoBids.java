package org.grantwell.workflow.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.grantwell.db.shared.FinancialQuarter;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.workflow.bid.BidDraft;
import org.grantwell.workflow.bid.BidDraft.BudgetLine;
import org.grantwell.workflow.bid.BidDraft.Location;
import org.grantwell.workflow.bid.BidDraft.Match;
import org.grantwell.workflow.bid.BidDraft.Outcome;
import org.grantwell.workflow.bid.BidDraft.Risk;

/**
 * The demo drafts: for each demo bidder's organisation one complete bid and one that still breaks a
 * rule of its round, so the pages and the API have something real to show at the first login.
 */
final class DemoBids {

  /** A draft and who writes it. */
  record DemoBid(String username, BidDraft draft) implements java.io.Serializable {}

  private DemoBids() {}

  static List<DemoBid> all(FinancialYear first) {
    String y1 = first.label();
    String y2 = first.next().label();
    String y3 = first.next().next().label();
    return List.of(
        new DemoBid("bidder.avon", saferStreets(y1, y2, "Safer night-time economy in Bristol city centre", "Bristol", "Bristol city centre night-time economy zone")),
        new DemoBid("bidder.avon", victimsPlan(DemoRounds.victimsReference(first), y1, y3, "Bath", true)),
        new DemoBid("bidder.wyorks", saferStreets(y1, y2, "Safe spaces and safer routes home in Leeds", "Leeds", "Leeds city centre and the routes to the university campuses")),
        new DemoBid("bidder.wyorks", overYearCap(saferStreets(y1, y2, "Street lighting and CCTV in Bradford", "Bradford", "Bradford city centre parks and underpasses"), y1)),
        new DemoBid("bidder.bristol", saferStreets(y1, y2, "Harbourside safety partnership", "Bristol", "Harbourside and the Centre promenade")),
        new DemoBid("bidder.bristol", matchShort(saferStreets(y1, y2, "Stokes Croft bystander training", "Bristol", "Stokes Croft and Gloucester Road"))),
        new DemoBid("provider.haven", localService(y1, y2, "Independent sexual violence advisers for North Somerset", "VICTIM_SERVICES")),
        new DemoBid("provider.haven", localService(y1, y2, "Refuge refurbishment in Weston-super-Mare", "CAPITAL_WORKS")),
        new DemoBid("bidder.wyorks", victimsPlan(DemoRounds.victimsReference(first), y1, y3, "Leeds", false)),
        new DemoBid("provider.haven", localService(y1, y2, "Children's domestic abuse advocates in Bath", "VICTIM_SERVICES")));
  }

  /**
   * The bids of the delivery round, each taken by {@link DemoLifecycle} to its stage: title, bidder
   * and the place named in it.
   */
  static List<DemoBid> delivery(List<FinancialQuarter> quarters) {
    return List.of(
        new DemoBid("bidder.avon", deliveryBid(quarters, "Safe routes home from Temple Meads", "Bristol")),
        new DemoBid("bidder.avon", deliveryBid(quarters, "Women's night safety marshals in Bath", "Bath")),
        new DemoBid("bidder.avon", deliveryBid(quarters, "Safer parks in Weston-super-Mare", "North Somerset")),
        new DemoBid("bidder.wyorks", deliveryBid(quarters, "Safer streets around Leeds Kirkgate Market", "Leeds")),
        new DemoBid("bidder.wyorks", deliveryBid(quarters, "Lighting the canal towpaths in Wakefield", "Wakefield")),
        new DemoBid("bidder.wyorks", deliveryBid(quarters, "Safe taxi ranks in Bradford", "Bradford")));
  }

  private static BidDraft deliveryBid(List<FinancialQuarter> quarters, String title, String authority) {
    FinancialQuarter first = quarters.get(0);
    FinancialQuarter second = quarters.get(1);
    return new BidDraft(
        DemoRounds.DELIVERY,
        null,
        null,
        title,
        "Trained marshals, better lighting and CCTV on the routes women use at night in " + authority + ".",
        "Women in " + authority + " report harassment on the same routes after dark, week after week.",
        List.of("CCTV", "STREET_LIGHTING", "BYSTANDER_TRAINING"),
        List.of(new Location(authority, "The routes from the centre after dark")),
        List.of(
            line(first.year().label(), first.number(), "STAFF", false, "Marshals and a coordinator", "100000.00"),
            line(second.year().label(), second.number(), "EQUIPMENT", true, "Lighting and CCTV", "100000.00")),
        List.of(new Match("Local authority community safety budget", first.year().label(), new BigDecimal("100000.00"), false, "CONFIRMED", "Cabinet decision letter")),
        List.of(new Outcome("Women who feel safe walking in the area after dark", "per cent", new BigDecimal("40"), new BigDecimal("55"), "Street survey")),
        List.of());
  }

  private static BidDraft saferStreets(String y1, String y2, String title, String authority, String area) {
    return new BidDraft(
        DemoRounds.SAFER_STREETS,
        null,
        null,
        title,
        "Make " + area + " safer for women and girls at night with better lighting, CCTV linked to the control room, trained venue staff and a safe space.",
        "Women and girls report feeling unsafe in " + area + " after dark; police data show repeat incidents of harassment and sexual assault on the same routes.",
        List.of("CCTV", "STREET_LIGHTING", "BYSTANDER_TRAINING", "SAFE_SPACES_NIGHT_TIME_ECONOMY"),
        List.of(new Location(authority, area)),
        new ArrayList<>(
            List.of(
                line(y1, 1, "STAFF", false, "Project manager and outreach workers", "60000.00"),
                line(y1, 2, "EQUIPMENT", true, "Six CCTV cameras linked to the control room", "120000.00"),
                line(y1, 3, "TRAINING", false, "Bystander and venue staff training", "40000.00"),
                line(y2, 1, "STAFF", false, "Outreach workers", "60000.00"),
                line(y2, 2, "EVALUATION", false, "Independent evaluation", "20000.00"))),
        new ArrayList<>(
            List.of(
                new Match("Local authority community safety budget", y1, new BigDecimal("100000.00"), false, "CONFIRMED", "Cabinet decision letter"),
                new Match("Police officer time (patrols)", y2, new BigDecimal("50000.00"), true, "PLEDGED", null))),
        List.of(
            new Outcome("Women who say they feel safe in the area after dark", "per cent", new BigDecimal("38"), new BigDecimal("55"), "Annual street survey of 400 women"),
            new Outcome("Reported sexual harassment incidents in the area", "incidents a year", new BigDecimal("210"), new BigDecimal("160"), "Police recorded crime, same boundary")),
        List.of(new Risk("Cameras delivered late", "MEDIUM", "MEDIUM", "Order in the first month; framework supplier")));
  }

  private static BidDraft victimsPlan(String round, String y1, String y3, String authority, boolean breakWindow) {
    List<BudgetLine> lines = new ArrayList<>();
    FinancialYear firstYear = FinancialYear.parse(y1);
    for (String year : List.of(y1, firstYear.next().label(), y3)) {
      lines.add(line(year, 1, "VICTIM_SERVICES", false, "Core victims' service contract", "450000.00"));
      lines.add(line(year, 1, "ISVA_IDVA", false, "Ring-fenced ISVA and IDVA posts", "300000.00"));
    }
    if (breakWindow) {
      FinancialYear beyond = FinancialYear.parse(y3).next();
      lines.add(line(beyond.label(), 1, "VICTIM_SERVICES", false, "Contract extension (outside the settlement)", "100000.00"));
    }
    return new BidDraft(
        round,
        null,
        null,
        "Victims' services spending plan " + y1 + " to " + y3,
        "How the office will spend its multi-year core grant on victims' services and ring-fenced ISVA/IDVA posts.",
        "Demand for independent advocacy has risen faster than funding; services in " + authority + " have waiting lists.",
        List.of("VICTIM_SUPPORT", "ISVA_IDVA_SERVICES"),
        List.of(new Location(authority, "The whole force area")),
        lines,
        List.of(),
        List.of(new Outcome("Victims who say they are better able to cope and recover", "per cent", new BigDecimal("72"), new BigDecimal("80"), "Exit survey of service users")),
        List.of());
  }

  private static BidDraft localService(String y1, String y2, String title, String category) {
    return new BidDraft(
        DemoRounds.AVON_LOCAL,
        null,
        null,
        title,
        "Specialist support for victims of sexual violence and domestic abuse in North Somerset.",
        "Victims in North Somerset wait up to twelve weeks for an adviser.",
        List.of("VICTIM_SUPPORT", "ISVA_IDVA_SERVICES"),
        List.of(new Location("North Somerset", "North Somerset")),
        List.of(
            line(y1, 1, category, "CAPITAL_WORKS".equals(category), "Service delivery", "60000.00"),
            line(y2, 1, "STAFF", false, "Two advisers", "60000.00")),
        List.of(),
        List.of(new Outcome("Victims supported", "people a year", new BigDecimal("120"), new BigDecimal("200"), "Case management records")),
        List.of());
  }

  private static BidDraft overYearCap(BidDraft draft, String y1) {
    List<BudgetLine> lines = new ArrayList<>(draft.budgetLines());
    lines.add(line(y1, 4, "CAPITAL_WORKS", true, "Street lighting columns", "300000.00"));
    return with(draft, lines, draft.matchFunding());
  }

  private static BidDraft matchShort(BidDraft draft) {
    return with(draft, draft.budgetLines(), List.of(draft.matchFunding().get(0)));
  }

  private static BidDraft with(BidDraft d, List<BudgetLine> lines, List<Match> match) {
    return new BidDraft(d.roundReference(), d.forceAreaCode(), d.version(), d.title(), d.summary(), d.problemStatement(),
        d.interventions(), d.locations(), lines, match, d.outcomes(), d.risks());
  }

  private static BudgetLine line(String year, int quarter, String category, boolean capital, String description, String amount) {
    return new BudgetLine(year, quarter, category, capital, description, new BigDecimal(amount));
  }
}
