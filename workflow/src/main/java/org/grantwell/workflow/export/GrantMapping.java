package org.grantwell.workflow.export;

import java.util.List;
import org.grantwell.db.award.AwardRepository.FundedAward;
import org.grantwell.db.programme.ProgrammeKind;

/**
 * A funded award as a 360Giving grant. A bid with no title or summary yet still has a grant: the
 * title falls back to the round's name and the description to the title. An organisation whose
 * stored identifier is not in org-id form is given the publisher's own identifier for it rather
 * than failing the whole file.
 */
final class GrantMapping {

  private final ThreeSixtyGiving standard;

  GrantMapping(ThreeSixtyGiving standard) {
    this.standard = standard;
  }

  GrantFacts facts(FundedAward award) {
    String title = firstText(award.title(), award.roundName(), "Grant " + award.bidReference());
    return new GrantFacts(
        award.bidReference(),
        title,
        firstText(award.summary(), title, title),
        award.amount(),
        award.amountRequested() != null && award.amountRequested().isPositive()
            ? award.amountRequested()
            : null,
        AwardTables.londonDate(award.decidedAt()),
        organisation(award.recipientOrgId(), award.recipientId(), award.recipientName()),
        organisation(award.funderOrgId(), award.funderId(), award.funderName()),
        award.programmeCode(),
        award.roundName(),
        award.spendStart(),
        award.spendStart() == null ? null : award.spendBy(),
        List.of(GrantLocation.inGreatBritain(award.forceAreaName())),
        award.programmeKind() == null
            ? null
            : ProgrammeKind.COMPETITIVE.name().equals(award.programmeKind()));
  }

  private GrantOrganisation organisation(String orgId, long id, String name) {
    GrantOrganisation organisation = GrantOrganisation.of(orgId, String.valueOf(id), name);
    try {
      standard.orgId(organisation);
      return organisation;
    } catch (IllegalArgumentException notOrgIdForm) {
      return GrantOrganisation.of(null, String.valueOf(id), name);
    }
  }

  private static String firstText(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null && !candidate.isBlank()) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("No text given");
  }
}
