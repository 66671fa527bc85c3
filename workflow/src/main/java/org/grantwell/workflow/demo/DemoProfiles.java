package org.grantwell.workflow.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.NoSuchElementException;
import org.grantwell.db.organisation.Organisation;
import org.grantwell.db.organisation.OrganisationRepository;
import org.grantwell.workflow.organisation.ProfileInput;
import org.grantwell.workflow.organisation.ProfileInput.Address;
import org.grantwell.workflow.organisation.ProfileInput.BankAccount;
import org.grantwell.workflow.organisation.ProfileInput.Contact;
import org.grantwell.workflow.organisation.ProfileInput.FinanceContact;
import org.grantwell.workflow.organisation.ProfileInput.Governance;
import org.grantwell.workflow.organisation.ProfileService;
import org.grantwell.workflow.security.CallerService;

/**
 * The demo organisations' profiles, saved through {@link ProfileService} by one of each
 * organisation's demo users (so they are checked and audited like any other save). Every detail is
 * fictional: example.org addresses, Ofcom's drama numbers (01632 960xxx), sort codes 00-00-0x and
 * account numbers of zeros; the postal addresses are invented.
 */
@ApplicationScoped
public class DemoProfiles {

  /**
   * A demo profile: the organisation named by a force area code (its PCC office) or by its name,
   * and the demo user who saves it.
   */
  public record DemoProfile(String organisation, String username, ProfileInput input) implements java.io.Serializable {}

  @Inject private OrganisationRepository organisations;
  @Inject private CallerService callers;
  @Inject private ProfileService profiles;

  /** Saves every demo profile, in the demo loader's transaction; call it after the demo users exist. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void load() {
    for (DemoProfile demo : all()) {
      Organisation organisation =
          organisations.findPccOffice(demo.organisation())
              .or(() -> organisations.findByName(demo.organisation()))
              .orElseThrow(() -> new NoSuchElementException("No organisation " + demo.organisation()));
      profiles.save(callers.forUsername(demo.username()), organisation.getId(), demo.input());
    }
  }

  public static List<DemoProfile> all() {
    return List.of(
        new DemoProfile(DemoUsers.AVON, "finance.avon",
            profile(
                new Address("Grantwell Demo House", "1 Example Way, Portishead", "Bristol", "BS20 9ZZ"),
                new Contact("Alex Morgan", "Commissioning and partnerships manager", "alex.morgan@example.org", "01632 960101"),
                new FinanceContact("Jo Williams", "jo.williams@example.org"),
                new BankAccount("Avon and Somerset PCC grants account (demo)", "00-00-01", "00000101"),
                new Governance("PUBLIC_BODY", null, null, "2025-06-01", "2025-03-31"))),
        new DemoProfile(DemoUsers.WEST_YORKSHIRE, "bidder.wyorks",
            profile(
                new Address("Demo Office", "2 Example Street", "Wakefield", "WF1 9ZZ"),
                new Contact("Priya Shah", "Policing and crime bids officer", "priya.shah@example.org", "01632 960202"),
                new FinanceContact("Policing finance team (demo)", "policing.finance.wyorks@example.org"),
                new BankAccount("West Yorkshire Combined Authority (demo)", "00-00-02", "00000202"),
                new Governance("PUBLIC_BODY", null, null, "2025-04-01", "2025-03-31"))),
        new DemoProfile(DemoUsers.BRISTOL, "bidder.bristol",
            profile(
                new Address("Demo Hall", "3 Example Square", "Bristol", "BS1 9ZZ"),
                new Contact("Chris Evans", "Community safety manager", "chris.evans@example.org", "01632 960303"),
                new FinanceContact("Grants finance team (demo)", "grants.finance.bristol@example.org"),
                new BankAccount("Bristol City Council (demo)", "00-00-03", "00000303"),
                new Governance("PUBLIC_BODY", null, null, "2024-11-01", "2025-03-31"))),
        new DemoProfile(DemoUsers.HAVEN, "provider.haven",
            profile(
                new Address("Unit 4, Example Court", "Example Road", "Weston-super-Mare", "BS23 9ZZ"),
                new Contact("Morgan Lewis", "Services manager", "morgan.lewis@example.org", "01632 960404"),
                new FinanceContact("Sam Treasurer (demo)", "treasurer.haven@example.org"),
                new BankAccount("Haven Women's Aid (demo)", "00-00-04", "00000404"),
                new Governance("CHARITABLE_COMPANY", "0000004", "00000004", "2025-09-15", "2025-03-31"))));
  }

  private static ProfileInput profile(
      Address address, Contact main, FinanceContact finance, BankAccount bank, Governance governance) {
    return new ProfileInput(0L, address, main, finance, bank, governance);
  }
}
