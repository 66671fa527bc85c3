package org.grantwell.workflow.bid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grantwell.workflow.bid.BidFixture.BID_ID;
import static org.grantwell.workflow.bid.BidFixture.BIDDER;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.grantwell.db.bid.AttachmentRepository;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.bid.BidRepository;
import org.grantwell.db.bid.rules.AreaContext;
import org.grantwell.db.bid.rules.AttachmentData;
import org.grantwell.db.bid.rules.AttachmentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.MockitoAnnotations;

/** The bid's checks see its stored attachments, so a lowered round limit shows up there. */
class BidServiceChecksTest {

  private static final long ONE_MB = 1024L * 1024;

  @Mock private BidRepository bids;
  @Mock private AttachmentRepository attachments;
  @InjectMocks private BidService service;

  private AutoCloseable mocks;

  @BeforeEach
  void setUp() {
    mocks = MockitoAnnotations.openMocks(this);
    Bid bid = BidFixture.draftBid(ONE_MB);
    when(bids.find(BID_ID)).thenReturn(Optional.of(bid));
    when(bids.areaContext(any())).thenReturn(AreaContext.NONE);
  }

  @AfterEach
  void tearDown() throws Exception {
    mocks.close();
  }

  @Test
  void shouldReportTooLargeWhenStoredFileIsOverLoweredLimit() {
    when(attachments.dataFor(BID_ID))
        .thenReturn(
            List.of(
                new AttachmentData("Small.pdf", AttachmentType.PDF, ONE_MB),
                new AttachmentData("Cyllideb_Ynys_Môn.xlsx", AttachmentType.XLSX, 2 * ONE_MB)));

    assertThat(service.checks(BIDDER, BID_ID))
        .filteredOn(v -> v.code().startsWith("ATTACHMENT_"))
        .containsExactly(
            new RuleViolation(
                "ATTACHMENT_TOO_LARGE",
                "attachments[1]",
                "The file \"Cyllideb_Ynys_Môn.xlsx\" is 2 MB; files can be at most 1 MB"));
  }

  @Test
  void shouldReportTypeNotAllowedWhenStoredFileIsNotAnAllowedType() {
    when(attachments.dataFor(BID_ID)).thenReturn(List.of(new AttachmentData("notes.pdf", AttachmentType.OTHER, 10)));

    assertThat(service.checks(BIDDER, BID_ID))
        .extracting(RuleViolation::code, RuleViolation::field)
        .contains(org.assertj.core.groups.Tuple.tuple("ATTACHMENT_TYPE_NOT_ALLOWED", "attachments[0]"));
  }

  @Test
  void shouldReportNoAttachmentProblemWhenFilesAreWithinRules() {
    when(attachments.dataFor(BID_ID)).thenReturn(List.of(new AttachmentData("Small.pdf", AttachmentType.PDF, ONE_MB)));

    assertThat(service.checks(BIDDER, BID_ID)).noneMatch(v -> v.code().startsWith("ATTACHMENT_"));
  }
}
