package org.grantwell.workflow.bid;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jakarta.json.JsonObject;

/**
 * A bid as the API and the pages show it, with its totals, the rules it still breaks, the lead
 * organisation's profile as pre-filled when the bid was started, and the versions sent on.
 */
public record BidView(
    long id,
    String reference,
    long version,
    String status,
    String roundReference,
    String roundName,
    long leadOrganisationId,
    String leadOrganisationName,
    String leadOrganisationType,
    String forceAreaCode,
    String pccOfficeName,
    BigDecimal grantRequested,
    BigDecimal matchTotal,
    Map<String, BigDecimal> grantByYear,
    BidDraft content,
    List<RuleViolation> violations,
    String createdBy,
    Instant createdAt,
    String updatedBy,
    Instant updatedAt,
    JsonObject applicant,
    List<BidVersionView> versions) implements java.io.Serializable {}
