package org.grantwell.workflow.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.grantwell.db.organisation.Organisation;
import org.grantwell.db.organisation.OrganisationProfile;
import org.grantwell.db.organisation.OrganisationProfileRepository;
import org.grantwell.db.organisation.OrganisationRepository;
import org.grantwell.db.organisation.ProfileDetails;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.shared.ForbiddenActionException;
import org.grantwell.workflow.shared.InvalidInputException;
import org.grantwell.workflow.shared.NotFoundException;
import org.grantwell.workflow.shared.StaleEditException;

/**
 * The organisation profile: read, save (optimistic: the client names the version it edited, 0 for
 * the first save, which creates the profile) and the snapshot a new bid copies. One method, one
 * transaction, one audit record per change (none when nothing changed).
 *
 * <p>Who: the organisation's own members read it, and so do national finance and admins; anyone
 * else is told the organisation does not exist, never "forbidden". Its bidders and finance leads
 * edit it. The full bank account number never leaves this service: views, snapshots and audit
 * values carry it masked.
 */
@ApplicationScoped
@Transactional
public class ProfileService {

  static final Set<String> EDITOR_ROLES =
      Set.of(
          CandidateGroups.PCC_BIDDER,
          CandidateGroups.PARTNER_BIDDER,
          CandidateGroups.PROVIDER_BIDDER,
          CandidateGroups.FINANCE_LEAD);
  static final String AUDIT_ENTITY_TYPE = "ORGANISATION";
  static final String AUDIT_ACTION = "PROFILE_UPDATED";

  @Inject private OrganisationRepository organisations;
  @Inject private OrganisationProfileRepository profiles;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  /** The profile; an organisation without one reads as an empty profile at version 0. */
  public ProfileView get(Caller caller, long organisationId) {
    Organisation organisation = readable(caller, organisationId);
    return ProfileViews.view(organisation, profiles.find(organisationId), canEdit(caller, organisationId));
  }

  /**
   * Replaces the profile with the input, or creates it when there is none and the input names
   * version 0.
   *
   * @throws StaleEditException when the profile is no longer at the version the input names
   * @throws InvalidInputException with a message per field; nothing is written
   */
  public ProfileView save(Caller caller, long organisationId, ProfileInput input) {
    Organisation organisation = readable(caller, organisationId);
    if (!canEdit(caller, organisationId)) {
      throw new ForbiddenActionException("You may read the profile of " + organisation.getName() + " but not edit it");
    }
    if (input == null || input.version() == null) {
      throw new InvalidInputException("FIELD_REQUIRED", "version", "Send the version of the profile you edited (0 for a new profile)");
    }
    profiles.lockOrganisation(organisation);
    Optional<OrganisationProfile> current = profiles.find(organisationId);
    requireVersion(organisation, current, input.version());
    ProfileDetails details =
        ProfileMapper.toDetails(input, current.map(p -> p.details().bankAccount()).orElse(null), today());
    OrganisationProfile saved =
        current.isPresent() ? update(caller, current.get(), details) : create(caller, organisationId, details);
    return ProfileViews.view(organisation, Optional.of(saved), true);
  }

  /**
   * What a new bid led by the organisation copies from its profile (empty parts and version 0 when
   * it has none). No access check: the bid service calls it for the caller's own organisation.
   *
   * @throws NotFoundException when there is no such organisation
   */
  public BidProfileSnapshot prefillFor(long organisationId) {
    Organisation organisation =
        organisations.find(organisationId).orElseThrow(() -> new NotFoundException("There is no organisation " + organisationId));
    return ProfileViews.snapshot(organisation, profiles.find(organisationId));
  }

  private OrganisationProfile create(Caller caller, long organisationId, ProfileDetails details) {
    OrganisationProfile profile =
        profiles.add(new OrganisationProfile(organisationId, details, caller.username(), clock.instant()));
    audit.record(caller.username(), AUDIT_ENTITY_TYPE, String.valueOf(organisationId), AUDIT_ACTION, null,
        ProfileViews.auditAfter(null, details));
    return profile;
  }

  private OrganisationProfile update(Caller caller, OrganisationProfile profile, ProfileDetails details) {
    ProfileDetails before = profile.details();
    if (!profile.replace(details, caller.username(), clock.instant())) {
      return profile;
    }
    profiles.flush();
    audit.record(caller.username(), AUDIT_ENTITY_TYPE, String.valueOf(profile.getOrganisationId()), AUDIT_ACTION,
        ProfileViews.audit(before), ProfileViews.auditAfter(before, details));
    return profile;
  }

  private static void requireVersion(Organisation organisation, Optional<OrganisationProfile> current, long version) {
    long held = current.map(OrganisationProfile::getVersion).orElse(0L);
    if (version != held) {
      String by = current.map(p -> " by " + p.getUpdatedBy()).orElse("");
      throw new StaleEditException(
          "The profile of " + organisation.getName() + " was changed" + by + " since you opened it (version "
              + version + ", now " + held + "); reload it and make your change again");
    }
  }

  /** Members and national roles; to anyone else the organisation does not exist. */
  private Organisation readable(Caller caller, long organisationId) {
    Optional<Organisation> organisation =
        caller.isNational() || isMember(caller, organisationId) ? organisations.find(organisationId) : Optional.empty();
    return organisation.orElseThrow(() -> new NotFoundException("There is no organisation " + organisationId));
  }

  private static boolean canEdit(Caller caller, long organisationId) {
    return isMember(caller, organisationId) && EDITOR_ROLES.stream().anyMatch(caller::hasRole);
  }

  private static boolean isMember(Caller caller, long organisationId) {
    return caller.organisationId() != null && caller.organisationId() == organisationId;
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), FinancialYear.LONDON);
  }
}
