package org.grantwell.workflow.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.NoSuchElementException;
import org.grantwell.db.DemoSeed;
import org.grantwell.db.audit.AuditChange;
import org.grantwell.db.area.ForceArea;
import org.grantwell.db.area.ForceAreaRepository;
import org.grantwell.db.organisation.Organisation;
import org.grantwell.db.organisation.OrganisationRepository;
import org.grantwell.db.organisation.OrganisationType;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.user.AppUser;
import org.grantwell.db.user.AppUserRepository;
import org.grantwell.workflow.demo.DemoUsers.DemoUser;
import org.grantwell.workflow.bid.BidService;
import org.grantwell.workflow.bid.BidView;
import org.grantwell.workflow.security.Caller;
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
  @Inject private BidService bidService;
  @Inject private DemoProfiles demoProfiles;
  @Inject private Clock clock;
  @Inject private DemoLifecycle lifecycle;

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
    em.flush();
    demoProfiles.load();
    openDemoRounds();
    lifecycle.advance(draftDemoBids());
    return true;
  }

  private void openDemoRounds() {
    LocalDate today = LocalDate.now(clock.withZone(FinancialYear.LONDON));
    DemoRounds.all(today).forEach(round -> roundService.openRound(AuditChange.SYSTEM, round));
  }

  /** Creates the demo drafts; gives them by "username|title". */
  private Map<String, BidView> draftDemoBids() {
    Map<String, BidView> drafts = new java.util.HashMap<>();
    LocalDate today = LocalDate.now(clock.withZone(FinancialYear.LONDON));
    for (DemoBids.DemoBid demo : DemoBids.all(FinancialYear.containing(today).next())) {
      AppUser user = users.findByUsername(demo.username()).orElseThrow();
      Organisation organisation = user.getOrganisation();
      Caller caller =
          new Caller(
              user.getUsername(),
              user.getId(),
              organisation.getId(),
              organisation.getType().name(),
              organisation.getForceArea() == null ? null : organisation.getForceArea().getCode(),
              user.getRoles());
      drafts.put(demo.username() + "|" + demo.draft().title(), bidService.create(caller, demo.draft()));
    }
    return drafts;
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
