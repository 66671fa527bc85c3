package org.grantwell.workflow.bid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grantwell.workflow.bid.BidFixture.BID_ID;
import static org.grantwell.workflow.bid.BidFixture.BIDDER;
import static org.grantwell.workflow.bid.BidFixture.FUNDER_OFFICER;
import static org.grantwell.workflow.bid.BidFixture.NOW;
import static org.grantwell.workflow.bid.BidFixture.OTHER_AREA_BIDDER;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import jakarta.persistence.LockModeType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grantwell.db.bid.Attachment;
import org.grantwell.db.bid.AttachmentRepository;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.bid.BidRepository;
import org.grantwell.db.bid.BidStatus;
import org.grantwell.db.bid.rules.AttachmentType;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.shared.ForbiddenActionException;
import org.grantwell.workflow.shared.InvalidInputException;
import org.grantwell.workflow.shared.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.MockitoAnnotations;
import org.mockito.Spy;

class AttachmentServiceTest {

  private static final long LIMIT = 1024;
  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  private static final String PDF_SHA256 = AttachmentUploads.sha256(PDF);

  @Mock private BidRepository bids;
  @Mock private AttachmentRepository attachments;
  @Mock private AuditTrail audit;
  @Spy private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  @InjectMocks private AttachmentService service;

  private AutoCloseable mocks;
  private Bid bid;

  @BeforeEach
  void setUp() {
    mocks = MockitoAnnotations.openMocks(this);
    bid = BidFixture.draftBid(LIMIT);
    when(bids.find(BID_ID)).thenReturn(Optional.of(bid));
    when(attachments.add(any(), any())).thenAnswer(call -> stored(call.getArgument(0), 1001L));
  }

  @AfterEach
  void tearDown() throws Exception {
    mocks.close();
  }

  private static Attachment stored(Attachment attachment, long id) {
    Attachment stored = spy(attachment);
    doReturn(id).when(stored).getId();
    return stored;
  }

  private AttachmentView upload(String name, String purpose, byte[] content) {
    return service.add(BIDDER, BID_ID, name, purpose, content.length, new ByteArrayInputStream(content));
  }

  @Test
  void shouldStoreDescriptionAndBytesWhenEditorUploadsPdfToDraft() {
    AttachmentView view = upload("Budget letter.pdf", "MATCH_EVIDENCE", PDF);

    ArgumentCaptor<Attachment> attachment = ArgumentCaptor.forClass(Attachment.class);
    verify(attachments).add(attachment.capture(), eq(PDF));
    assertThat(attachment.getValue().getBidId()).isEqualTo(BID_ID);
    assertThat(attachment.getValue().getDetectedType()).isEqualTo(AttachmentType.PDF);
    assertThat(attachment.getValue().getSha256()).isEqualTo(PDF_SHA256);
    assertThat(view)
        .isEqualTo(
            new AttachmentView(
                1001L, BID_ID, "GW-1000", "Budget letter.pdf", "PDF", "application/pdf", PDF.length, PDF_SHA256,
                "MATCH_EVIDENCE", "bidder.avon", NOW));
  }

  @Test
  void shouldAuditAdditionOnBidWhenStored() {
    upload("Budget letter.pdf", "MATCH_EVIDENCE", PDF);

    verify(audit)
        .record(
            "bidder.avon",
            "BID",
            "GW-1000",
            "ATTACHMENT_ADDED",
            null,
            Map.of(
                "attachmentId", 1001L,
                "fileName", "Budget letter.pdf",
                "type", "PDF",
                "sizeBytes", (long) PDF.length,
                "sha256", PDF_SHA256,
                "purpose", "MATCH_EVIDENCE"));
  }

  @Test
  void shouldComputeKnownSha256WhenHashing() {
    assertThat(AttachmentUploads.sha256("test".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
  }

  @Test
  void shouldSanitiseNameWhenStored() {
    AttachmentView view = upload("C:\\Users\\dai\\..\\Cyllideb_Ynys_Mo\u0302n\u202E.pdf", null, PDF);

    assertThat(view.fileName()).isEqualTo("Cyllideb_Ynys_Môn.pdf");
  }

  @Test
  void shouldTreatUploadAsSupportingWhenNoPurposeGiven() {
    assertThat(upload("a.pdf", " ", PDF).purpose()).isEqualTo("SUPPORTING");
  }

  @Test
  void shouldRefuseTextFileWhenNamedPdf() {
    byte[] text = "Dear panel, please find our budget attached.".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> upload("Budget.pdf", null, text))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.errors()).singleElement().satisfies(error -> {
                assertThat(error.code()).isEqualTo("ATTACHMENT_TYPE_NOT_ALLOWED");
                assertThat(error.field()).isEqualTo("file");
                assertThat(error.message())
                    .startsWith("The file \"Budget.pdf\" is not a PDF, Word (.docx) or Excel (.xlsx) file");
              });
            });
    verify(attachments, never()).add(any(), any());
    verifyNoInteractions(audit);
  }

  @Test
  void shouldReadOneByteBeyondLimitWhenBodyIsEndless() {
    EndlessPdf endless = new EndlessPdf();

    assertThatThrownBy(() -> service.add(BIDDER, BID_ID, "huge.pdf", null, -1, endless))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).code()).isEqualTo("ATTACHMENT_TOO_LARGE"));
    assertThat(endless.served).isEqualTo(LIMIT + 1);
    verify(attachments, never()).add(any(), any());
  }

  @Test
  void shouldRefuseWithoutReadingWhenDeclaredLengthIsOverLimit() {
    EndlessPdf endless = new EndlessPdf();

    assertThatThrownBy(() -> service.add(BIDDER, BID_ID, "huge.pdf", null, LIMIT + 1, endless))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("larger than");
    assertThat(endless.served).isZero();
  }

  @Test
  void shouldNameFileAndLimitWhenRefusingLargeFile() {
    Bid tenMegabytes = BidFixture.draftBid(10L * 1024 * 1024);
    when(bids.find(BID_ID)).thenReturn(Optional.of(tenMegabytes));

    assertThatThrownBy(() -> service.add(BIDDER, BID_ID, "Cyllideb.pdf", null, 50L * 1024 * 1024, new EndlessPdf()))
        .hasMessage(
            "The file \"Cyllideb.pdf\" is larger than 10 MB, the most a file can be for this round;"
                + " make it smaller or split it");
  }

  @Test
  void shouldAcceptFileWhenExactlyAtLimit() {
    byte[] atLimit = java.util.Arrays.copyOf(PDF, (int) LIMIT);

    assertThat(upload("a.pdf", null, atLimit).sizeBytes()).isEqualTo(LIMIT);
  }

  @Test
  void shouldWordLimitInMegabytesWhenRoundAllowsTenMegabytes() {
    assertThat(AttachmentUploads.megabytes(10L * 1024 * 1024)).isEqualTo("10 MB");
    assertThat(AttachmentUploads.megabytes(2_621_440)).isEqualTo("2.5 MB");
  }

  @Test
  void shouldRefuseWhenBodyIsEmpty() {
    assertThatThrownBy(() -> upload("a.pdf", null, new byte[0]))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.errors().get(0).code()).isEqualTo("FIELD_REQUIRED"));
  }

  @Test
  void shouldRefuseWhenNameIsMissing() {
    assertThatThrownBy(() -> upload(null, null, PDF))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("name"));
  }

  @Test
  void shouldRefuseWhenPurposeIsUnknown() {
    assertThatThrownBy(() -> upload("a.pdf", "GENERAL", PDF))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.errors().get(0).code()).isEqualTo("INVALID_VALUE"));
  }

  @Test
  void shouldRefuseWhenUploadBreaksOff() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("connection reset");
      }
    };

    assertThatThrownBy(() -> service.add(BIDDER, BID_ID, "a.pdf", null, -1, broken))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.errors().get(0).code()).isEqualTo("UPLOAD_INCOMPLETE"));
  }

  @Test
  void shouldRefuseWhenBidAlreadyHasFiftyFiles() {
    when(attachments.countByBid(BID_ID)).thenReturn(50L);
    EndlessPdf endless = new EndlessPdf();

    assertThatThrownBy(() -> service.add(BIDDER, BID_ID, "a.pdf", null, -1, endless))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).code()).isEqualTo("ATTACHMENT_LIMIT_REACHED"));
    assertThat(endless.served).isZero();
  }

  @Test
  void shouldCountAgainUnderBidLockWhenStoring() {
    when(attachments.countByBid(BID_ID)).thenReturn(49L, 50L);

    assertThatThrownBy(() -> upload("a.pdf", null, PDF)).isInstanceOf(InvalidInputException.class);

    InOrder order = inOrder(bids, attachments);
    order.verify(bids).lock(bid, LockModeType.PESSIMISTIC_WRITE);
    order.verify(attachments).countByBid(BID_ID);
    verify(attachments, never()).add(any(), any());
  }

  @Test
  void shouldAnswerNotFoundWhenCallerCannotReadBid() {
    assertThatThrownBy(() -> service.add(OTHER_AREA_BIDDER, BID_ID, "a.pdf", null, PDF.length, new ByteArrayInputStream(PDF)))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("There is no bid 1000");
  }

  @Test
  void shouldAnswerNotFoundWhenBidDoesNotExist() {
    assertThatThrownBy(() -> service.list(BIDDER, 4242L)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void shouldForbidUploadWhenCallerMayOnlyRead() {
    EndlessPdf endless = new EndlessPdf();

    assertThatThrownBy(() -> service.add(FUNDER_OFFICER, BID_ID, "a.pdf", null, -1, endless))
        .isInstanceOf(ForbiddenActionException.class);
    assertThat(endless.served).isZero();
  }

  @Test
  void shouldForbidUploadWhenBidIsNoLongerDraft() {
    Bid withdrawn = BidFixture.bid(LIMIT, BidStatus.WITHDRAWN);
    when(bids.find(BID_ID)).thenReturn(Optional.of(withdrawn));

    assertThatThrownBy(() -> upload("a.pdf", null, PDF))
        .isInstanceOf(ForbiddenActionException.class)
        .hasMessageContaining("WITHDRAWN");
  }

  @Test
  void shouldListDescriptionsOnlyWhenReaderAsks() {
    Attachment stored = stored(attachment("a.pdf"), 1001L);
    when(attachments.findByBid(BID_ID)).thenReturn(List.of(stored));

    List<AttachmentView> listed = service.list(FUNDER_OFFICER, BID_ID);

    assertThat(listed).extracting(AttachmentView::id, AttachmentView::fileName).containsExactly(org.assertj.core.groups.Tuple.tuple(1001L, "a.pdf"));
    verify(attachments, never()).content(anyLong());
  }

  @Test
  void shouldServeBytesWithDetectedMediaTypeWhenReaderDownloads() {
    Attachment stored = stored(attachment("a.pdf"), 1001L);
    when(attachments.find(1001L)).thenReturn(Optional.of(stored));
    when(attachments.content(1001L)).thenReturn(Optional.of(PDF));

    AttachmentDownload download = service.download(FUNDER_OFFICER, BID_ID, 1001L);

    assertThat(download.content()).isEqualTo(PDF);
    assertThat(download.contentType()).isEqualTo("application/pdf");
    assertThat(download.fileName()).isEqualTo("a.pdf");
  }

  @Test
  void shouldAnswerNotFoundWhenAttachmentBelongsToAnotherBid() {
    Attachment elsewhere =
        stored(new Attachment(2000L, "a.pdf", AttachmentType.PDF, PDF.length, PDF_SHA256, Attachment.Purpose.SUPPORTING, "x", NOW), 1001L);
    when(attachments.find(1001L)).thenReturn(Optional.of(elsewhere));

    assertThatThrownBy(() -> service.download(BIDDER, BID_ID, 1001L))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Bid GW-1000 has no attachment 1001");
  }

  @Test
  void shouldRemoveAndAuditWhenEditorRemoves() {
    Attachment stored = stored(attachment("a.pdf"), 1001L);
    when(attachments.find(1001L)).thenReturn(Optional.of(stored));

    service.remove(BIDDER, BID_ID, 1001L);

    verify(attachments).remove(stored);
    verify(audit).record(eq("bidder.avon"), eq("BID"), eq("GW-1000"), eq("ATTACHMENT_REMOVED"), any(), isNull());
  }

  @Test
  void shouldForbidRemovalWhenCallerMayOnlyRead() {
    assertThatThrownBy(() -> service.remove(FUNDER_OFFICER, BID_ID, 1001L)).isInstanceOf(ForbiddenActionException.class);
    verify(attachments, never()).remove(any());
  }

  @Test
  void shouldServeOfficeMediaTypesWhenDocxOrXlsx() {
    assertThat(AttachmentUploads.mediaType(AttachmentType.DOCX))
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(AttachmentUploads.mediaType(AttachmentType.XLSX))
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  }

  private static Attachment attachment(String name) {
    return new Attachment(BID_ID, name, AttachmentType.PDF, PDF.length, PDF_SHA256, Attachment.Purpose.SUPPORTING, "bidder.avon", NOW);
  }

  /** A PDF header followed by bytes that never end; counts what was read. */
  private static final class EndlessPdf extends InputStream {
    long served;

    @Override
    public int read() {
      return served < PDF.length ? PDF[(int) served++] : (int) (served++ & 0x7f);
    }
  }
}
