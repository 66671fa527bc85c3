package org.grantwell.workflow.bid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grantwell.db.bid.Attachment;
import org.grantwell.db.bid.AttachmentRepository;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.bid.BidRepository;
import org.grantwell.db.bid.rules.AreaContext;
import org.grantwell.db.bid.rules.AttachmentData;
import org.grantwell.db.bid.rules.AttachmentSniffer;
import org.grantwell.db.bid.rules.AttachmentType;
import org.grantwell.db.bid.rules.BidValidator;
import org.grantwell.db.bid.rules.RuleCode;
import org.grantwell.db.bid.rules.Violation;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.shared.ForbiddenActionException;
import org.grantwell.workflow.shared.InvalidInputException;
import org.grantwell.workflow.shared.NotFoundException;

/**
 * A bid's files: upload, list, download and remove. Reading follows {@link BidAccess#canRead}
 * (another organisation's bid is "not found"); adding and removing need {@link BidAccess#canEdit}
 * and a draft. An upload is read only up to the round's attachment limit (never beyond {@link
 * AttachmentUploads#CEILING_BYTES}), its type is judged by its content, and the bid rules decide
 * whether that type is allowed, so the upload refuses what {@code checks} would report. At most
 * {@value #MAX_ATTACHMENTS_PER_BID} files per bid, counted under a lock on the bid's row. Each
 * change is audited on the bid in the same transaction.
 */
@ApplicationScoped
@Transactional
public class AttachmentService {

  /** The most files one bid may have. */
  static final int MAX_ATTACHMENTS_PER_BID = 50;

  @Inject private BidRepository bids;
  @Inject private AttachmentRepository attachments;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  private final BidValidator validator = new BidValidator();

  /**
   * Adds a file to a draft bid.
   *
   * @param fileName the name the bidder gave it (sanitised here)
   * @param purpose {@code SUPPORTING} (when null or blank) or {@code MATCH_EVIDENCE}
   * @param declaredLength the request's {@code Content-Length}, or a negative number when unknown
   * @param content the bytes; read here, at most one byte past the limit
   */
  public AttachmentView add(
      Caller caller, long bidId, String fileName, String purpose, long declaredLength, InputStream content) {
    Bid bid = editable(caller, bidId);
    String name = AttachmentUploads.name(fileName);
    Attachment.Purpose why = AttachmentUploads.purpose(purpose);
    byte[] bytes = receive(bid, name, declaredLength, content);
    AttachmentType type = AttachmentSniffer.detect(bytes);
    requireAllowed(bid, new AttachmentData(name, type, bytes.length));
    bids.lock(bid, LockModeType.PESSIMISTIC_WRITE); // one upload at a time per bid: the count holds
    requireEditable(bid);
    requireRoom(bid);
    Attachment attachment =
        attachments.add(
            new Attachment(
                bid.getId(), name, type, bytes.length, AttachmentUploads.sha256(bytes), why, caller.username(), clock.instant()),
            bytes);
    audit.record(caller.username(), "BID", bid.getReference(), "ATTACHMENT_ADDED", null, snapshot(attachment));
    return view(bid, attachment);
  }

  /** The bid's files, oldest first (the order the rules number them: {@code attachments[i]}). */
  public List<AttachmentView> list(Caller caller, long bidId) {
    Bid bid = visible(caller, bidId);
    return attachments.findByBid(bid.getId()).stream().map(a -> view(bid, a)).toList();
  }

  public AttachmentDownload download(Caller caller, long bidId, long attachmentId) {
    Bid bid = visible(caller, bidId);
    Attachment attachment = attachmentOf(bid, attachmentId);
    byte[] content =
        attachments.content(attachment.getId())
            .orElseThrow(() -> new IllegalStateException("Attachment " + attachment.getId() + " has no content"));
    return new AttachmentDownload(
        attachment.getId(),
        attachment.getFileName(),
        AttachmentUploads.mediaType(attachment.getDetectedType()),
        attachment.getSizeBytes(),
        attachment.getSha256(),
        content);
  }

  public void remove(Caller caller, long bidId, long attachmentId) {
    Bid bid = editable(caller, bidId);
    Attachment attachment = attachmentOf(bid, attachmentId);
    Map<String, Object> before = snapshot(attachment);
    attachments.remove(attachment);
    audit.record(caller.username(), "BID", bid.getReference(), "ATTACHMENT_REMOVED", before, null);
  }

  /** The body, read only after the cheap refusals, and never past the round's limit. */
  private byte[] receive(Bid bid, String name, long declaredLength, InputStream content) {
    long limit =
        Math.min(bid.getRound().rulesFor(bid.getForceArea()).maxAttachmentBytes(), AttachmentUploads.CEILING_BYTES);
    if (declaredLength > limit) {
      throw AttachmentUploads.tooLarge(name, limit);
    }
    requireRoom(bid);
    return AttachmentUploads.readAtMost(content, limit, name);
  }

  private Bid visible(Caller caller, long id) {
    Bid bid = bids.find(id).orElseThrow(() -> new NotFoundException("There is no bid " + id));
    if (!BidAccess.canRead(caller, bid)) {
      throw new NotFoundException("There is no bid " + id);
    }
    return bid;
  }

  private Bid editable(Caller caller, long id) {
    Bid bid = visible(caller, id);
    if (!BidAccess.canEdit(caller, bid)) {
      throw new ForbiddenActionException("You may read bid " + bid.getReference() + " but not change its files");
    }
    requireEditable(bid);
    return bid;
  }

  private static void requireEditable(Bid bid) {
    if (!bid.getStatus().isEditable()) {
      throw new ForbiddenActionException(
          "Bid " + bid.getReference() + " is " + bid.getStatus() + " and its files can no longer be changed");
    }
  }

  private Attachment attachmentOf(Bid bid, long attachmentId) {
    return attachments.find(attachmentId)
        .filter(a -> a.getBidId().equals(bid.getId()))
        .orElseThrow(() -> new NotFoundException("Bid " + bid.getReference() + " has no attachment " + attachmentId));
  }

  private void requireRoom(Bid bid) {
    if (attachments.countByBid(bid.getId()) >= MAX_ATTACHMENTS_PER_BID) {
      throw new InvalidInputException(
          "ATTACHMENT_LIMIT_REACHED",
          "attachments",
          "Bid " + bid.getReference() + " already has " + MAX_ATTACHMENTS_PER_BID
              + " files, the most a bid can have; remove one before adding another");
    }
  }

  /** The bid rules judge the type, so that the upload refuses exactly what {@code checks} reports. */
  private void requireAllowed(Bid bid, AttachmentData file) {
    List<Violation> refused =
        validator.check(bid.toCandidate(List.of(file)), bid.getRound().rulesFor(bid.getForceArea()), AreaContext.NONE)
            .stream()
            .filter(v -> v.code() == RuleCode.ATTACHMENT_TYPE_NOT_ALLOWED || v.code() == RuleCode.ATTACHMENT_TOO_LARGE)
            .toList();
    if (!refused.isEmpty()) {
      throw new InvalidInputException(refused.get(0).code().name(), "file", refused.get(0).message());
    }
  }

  private static Map<String, Object> snapshot(Attachment attachment) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("attachmentId", attachment.getId());
    values.put("fileName", attachment.getFileName());
    values.put("type", attachment.getDetectedType().name());
    values.put("sizeBytes", attachment.getSizeBytes());
    values.put("sha256", attachment.getSha256());
    values.put("purpose", attachment.getPurpose().name());
    return values;
  }

  private static AttachmentView view(Bid bid, Attachment a) {
    return new AttachmentView(
        a.getId(),
        bid.getId(),
        bid.getReference(),
        a.getFileName(),
        a.getDetectedType().name(),
        AttachmentUploads.mediaType(a.getDetectedType()),
        a.getSizeBytes(),
        a.getSha256(),
        a.getPurpose().name(),
        a.getUploadedBy(),
        a.getUploadedAt());
  }
}
