package org.grantwell.bench.data;

import java.security.spec.KeySpec;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.grantwell.db.round.AssessmentCriterion;
import org.grantwell.db.shared.FinancialQuarter;
import org.grantwell.db.shared.FinancialYear;

/**
 * The reference part of the workload: partner organisations, the bench users with their roles and
 * one shared password hash, and the twenty rounds (nineteen over five financial years, spent and
 * closed, plus the open BENCH-OPEN round with rules wide enough for a load test).
 */
public final class ReferencePlanner {

  static final int AREAS = 43;
  static final int ASSESSORS = 40;
  public static final int PANEL = 5;
  static final long HOME_OFFICE = 101;
  static final long MINISTRY_OF_JUSTICE = 102;
  static final String PASSWORD = "grantwell-bench";
  static final String OPEN_ROUND = "BENCH-OPEN";
  static final String OFFICER = "bench.officer.ho";
  static final List<String> CATEGORIES =
      List.of("STAFF", "EQUIPMENT", "CAPITAL_WORKS", "TRAINING", "COMMUNICATIONS", "EVALUATION", "COMMISSIONED_SERVICES");
  static final List<AssessmentCriterion> CRITERIA = org.grantwell.workflow.demo.DemoRounds.criteria();

  /** One round as planned; {@code quarters} are the quarters of its spending window. */
  record Round(long id, String reference, String name, long programmeId, String programmeCode, Instant opensAt,
      Instant closesAt, LocalDate spendStart, LocalDate spendBy, List<FinancialQuarter> quarters, boolean open) {}

  private final Workload work;
  private final SplittableRandom random;
  private final LocalDate today;

  ReferencePlanner(Workload work, SplittableRandom random, LocalDate today) {
    this.work = work;
    this.random = random;
    this.today = today;
  }

  static String bidder(int area) {
    return "bench.bidder." + area;
  }

  static String signOff(int area) {
    return "bench.signoff." + area;
  }

  static String assessor(int n) {
    return "bench.assessor." + n;
  }

  /** The home force area (1..43) of assessor n (1..40), spread over the areas. */
  static int assessorArea(int n) {
    return (n - 1) * AREAS / ASSESSORS + 1;
  }

  /** Partner organisations: a council and a charity in each area; returns the next free id. */
  long organisations(long firstId) {
    Table organisations = work.tables.get("organisation");
    long id = firstId;
    for (int area = 1; area <= AREAS; area++) {
      organisations.add(id++, Names.area(area) + " councils' community safety partnership (bench)", "LOCAL_AUTHORITY",
          "360G-grantwell-bench-la-" + Names.areaCode(area), (long) area, 0L);
      organisations.add(id++, Names.area(area) + " Women's Aid (bench)", "PROVIDER",
          "360G-grantwell-bench-provider-" + Names.areaCode(area), (long) area, 0L);
    }
    return id;
  }

  /** The bench users, all with the one password; returns the next free id. */
  long users(long firstId, long seed) {
    String hash = passwordHash(seed);
    long id = firstId;
    for (int area = 1; area <= AREAS; area++) {
      id = user(id, bidder(area), "Bench bidder, " + Names.area(area), area, area, hash, "pcc-bidder");
      id = user(id, signOff(area), "Bench sign-off lead, " + Names.area(area), area, area, hash, "pcc-signoff");
      id = user(id, "bench.finance." + area, "Bench finance lead, " + Names.area(area), area, area, hash,
          "finance-lead", "pcc-signoff");
    }
    for (int n = 1; n <= ASSESSORS; n++) {
      id = user(id, assessor(n), "Bench assessor " + n + " (from " + Names.area(assessorArea(n)) + ")", HOME_OFFICE,
          assessorArea(n), hash, "assessor");
    }
    for (int n = 1; n <= PANEL; n++) {
      id = user(id, "bench.panel." + n, "Bench panel member " + n, HOME_OFFICE, null, hash, "panel");
    }
    id = user(id, OFFICER, "Bench grant officer (Home Office)", HOME_OFFICE, null, hash, "grant-officer");
    id = user(id, "bench.finance.national", "Bench national finance lead", MINISTRY_OF_JUSTICE, null, hash, "national-finance");
    return user(id, "bench.admin", "Bench administrator", HOME_OFFICE, null, hash, "admin");
  }

  /** Each user's id by username, in the order created (the same ids {@link #users} gave). */
  static long userId(long firstId, String username) {
    String[] parts = username.split("\\.");
    int n = parts.length == 3 && parts[2].matches("\\d+") ? Integer.parseInt(parts[2]) : 0;
    return switch (parts[1]) {
      case "bidder" -> firstId + (n - 1) * 3L;
      case "signoff" -> firstId + (n - 1) * 3L + 1;
      case "finance" -> n == 0 ? firstId + AREAS * 3L + ASSESSORS + PANEL + 1 : firstId + (n - 1) * 3L + 2;
      case "assessor" -> firstId + AREAS * 3L + n - 1;
      case "panel" -> firstId + AREAS * 3L + ASSESSORS + n - 1;
      case "officer" -> firstId + AREAS * 3L + ASSESSORS + PANEL;
      default -> firstId + AREAS * 3L + ASSESSORS + PANEL + 2;
    };
  }

  private long user(long id, String username, String displayName, long organisationId, Integer homeArea, String hash,
      String... roles) {
    work.tables.get("app_user").add(id, username, hash, displayName, organisationId,
        homeArea == null ? null : homeArea.longValue(), true, 1L);
    for (String role : roles) {
      work.tables.get("app_user_role").add(id, role);
    }
    return id + 1;
  }

  /** Soteria's PBKDF2 format, one hash for every user (the salt is drawn from the seed). */
  static String passwordHash(long seed) {
    byte[] salt = new byte[32];
    new SplittableRandom(seed).nextBytes(salt);
    try {
      KeySpec spec = new PBEKeySpec(PASSWORD.toCharArray(), salt, 100_000, 256);
      byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
      Base64.Encoder b64 = Base64.getEncoder();
      return "PBKDF2WithHmacSHA256:100000:" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is in every Java runtime", e);
    }
  }

  /**
   * Nineteen historic rounds (four a year over five years, the last year three) and BENCH-OPEN. A
   * historic round's spending window is two to three years (8 to 12 quarters, as the VAWG action
   * plan's multi-year funding), cut short where it would reach past the last quarter already spent.
   */
  List<Round> rounds(long firstId) {
    List<Round> rounds = new ArrayList<>();
    FinancialYear current = FinancialYear.containing(today);
    FinancialQuarter lastSpendable = FinancialQuarter.containing(today.minusDays(45));
    lastSpendable = previous(lastSpendable);
    long id = firstId;
    for (int y = 4; y >= 0; y--) {
      FinancialYear year = new FinancialYear(current.startYear() - y);
      int perYear = y == 0 ? 3 : 4;
      for (int k = 0; k < perYear; k++) {
        boolean ssf = k % 2 == 0;
        LocalDate opens = y == 0 ? year.firstDay().plusDays(k * 7L) : year.firstDay().plusMonths(1).plusDays(k * 14L);
        LocalDate closes = opens.plusDays(35 + random.nextInt(8));
        FinancialQuarter first = FinancialQuarter.containing(closes).next();
        FinancialQuarter last = first;
        int span = 8 + random.nextInt(5);
        for (int q = 1; q < span && last.next().compareTo(lastSpendable) <= 0; q++) {
          last = last.next();
        }
        List<FinancialQuarter> quarters = new ArrayList<>();
        for (FinancialQuarter q = first; q.compareTo(last) <= 0; q = q.next()) {
          quarters.add(q);
        }
        String code = ssf ? "SSF" : "DAPI";
        String reference = "BENCH-" + code + "-" + year.startYear() + "-" + (k / 2 + 1);
        String name = (ssf ? "Safer Streets Fund " : "Domestic abuse perpetrator interventions ") + year.label()
            + " round " + (k / 2 + 1) + " (bench)";
        rounds.add(new Round(id++, reference, name, ssf ? 1 : 4, code, london(opens, LocalTime.MIDNIGHT),
            london(closes, LocalTime.of(23, 59)), first.firstDay(), last.lastDay(), quarters, false));
      }
    }
    FinancialYear next = current.next();
    List<FinancialQuarter> quarters = new ArrayList<>();
    for (FinancialQuarter q = next.quarter(1); q.compareTo(next.next().quarter(4)) <= 0; q = q.next()) {
      quarters.add(q);
    }
    rounds.add(new Round(id, OPEN_ROUND, "Safer Streets Fund " + next.label() + " to " + next.next().label()
            + " (bench, open for the load test)", 1, "SSF", london(today.minusDays(30), LocalTime.MIDNIGHT),
        london(today.plusDays(60), LocalTime.of(23, 59)), next.firstDay(), next.next().lastDay(), quarters, true));
    return rounds;
  }

  private static FinancialQuarter previous(FinancialQuarter quarter) {
    return quarter.number() == 1
        ? new FinancialYear(quarter.year().startYear() - 1).quarter(4)
        : quarter.year().quarter(quarter.number() - 1);
  }

  static Instant london(LocalDate day, LocalTime time) {
    return LocalDateTime.of(day, time).atZone(FinancialYear.LONDON).toInstant();
  }
}
