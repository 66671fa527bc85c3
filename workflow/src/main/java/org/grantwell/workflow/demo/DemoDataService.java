package org.grantwell.workflow.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.NoSuchElementException;
import org.grantwell.db.DemoSeed;
import org.grantwell.db.area.ForceArea;
import org.grantwell.db.area.ForceAreaRepository;
import org.grantwell.db.organisation.Organisation;
import org.grantwell.db.organisation.OrganisationRepository;
import org.grantwell.db.organisation.OrganisationType;
import org.grantwell.db.round.ApplicationWindow;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;
import org.grantwell.db.user.AppUser;
import org.grantwell.db.user.AppUserRepository;
import org.grantwell.workflow.demo.DemoUsers.DemoUser;
import org.grantwell.workflow.round.NewRound;
import org.grantwell.workflow.round.RoundService;

/**
 * Writes the demo data in one transaction, guarded by the {@link DemoSeed} marker row: the demo
 * organisations, users (passwords hashed with PBKDF2) and an open Safer Streets round and victims'
 * funding round, opened through {@link RoundService} so their window processes run.
 */
@ApplicationScoped
public class DemoDataService {

  /** PBKDF2 parameters of stored passwords (the hash string records them, so they may change). */
  public static final Map<String, String> HASH_PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
          "Pbkdf2PasswordHash.Iterations", "100000",
          "Pbkdf2PasswordHash.SaltSizeBytes", "32",
          "Pbkdf2PasswordHash.KeySizeBytes", "32");

  @PersistenceContext private EntityManager em;
  @Inject private ForceAreaRepository areas;
  @Inject private OrganisationRepository organisations;
  @Inject private AppUserRepository users;
  @Inject private RoundService roundService;
  @Inject private Pbkdf2PasswordHash passwordHash;
  @Inject private Clock clock;

  /** Loads the demo data unless it is there already; true when it loaded it now. */
  @Transactional
  public boolean loadOnce() {
    if (em.find(DemoSeed.class, 1) != null) {
      return false;
    }
    em.persist(new DemoSeed(clock.instant()));
    em.flush();
    organisations.store(
        new Organisation(DemoUsers.BRISTOL, OrganisationType.LOCAL_AUTHORITY, "GB-LAE-BST", area(DemoUsers.AVON)));
    organisations.store(
        new Organisation(DemoUsers.HAVEN, OrganisationType.PROVIDER, "360G-grantwell-demo-haven", area(DemoUsers.AVON)));
    passwordHash.initialize(HASH_PARAMETERS);
    for (DemoUser user : DemoUsers.ALL) {
      users.store(
          new AppUser(
              user.username(),
              passwordHash.generate(DemoUsers.PASSWORD.toCharArray()),
              user.displayName(),
              organisation(user.organisation()),
              user.homeForceArea() == null ? null : area(user.homeForceArea()),
              user.roles()));
    }
    openDemoRounds();
    return true;
  }

  private void openDemoRounds() {
    LocalDate today = LocalDate.now(clock.withZone(FinancialYear.LONDON));
    FinancialYear nextYear = FinancialYear.containing(today).next();
    roundService.openRound(
        new NewRound(
            "SSF-R6-DEMO",
            "Safer Streets Fund round 6 (demo)",
            "SSF",
            window(today.minusDays(14), today.plusWeeks(8)),
            Money.ofPounds(25_000_000),
            Money.ofPounds(50_000),
            Money.ofPounds(750_000),
            nextYear.firstDay(),
            nextYear.next().lastDay()));
    roundService.openRound(
        new NewRound(
            "VCORE-" + nextYear.startYear() + "-DEMO",
            "Victims' core grant " + nextYear.label() + " to " + nextYear.next().next().label() + " (demo)",
            "VCORE",
            window(today.minusDays(7), today.plusWeeks(10)),
            Money.ofPounds(147_000_000),
            Money.ZERO,
            Money.ofPounds(20_000_000),
            nextYear.firstDay(),
            nextYear.next().next().lastDay()));
  }

  private static ApplicationWindow window(LocalDate opens, LocalDate closes) {
    return ApplicationWindow.inLondon(
        opens.atStartOfDay(), LocalDateTime.of(closes, LocalTime.of(23, 59)));
  }

  private ForceArea area(String code) {
    return areas.findByCode(code).orElseThrow(() -> new NoSuchElementException("No force area " + code));
  }

  private Organisation organisation(String nameOrAreaCode) {
    return organisations
        .findPccOffice(nameOrAreaCode)
        .or(() -> organisations.findByName(nameOrAreaCode))
        .orElseThrow(() -> new NoSuchElementException("No organisation " + nameOrAreaCode));
  }
}
