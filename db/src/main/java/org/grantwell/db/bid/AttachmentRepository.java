package org.grantwell.db.bid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.grantwell.db.bid.rules.AttachmentData;

/**
 * Stores and finds a bid's attachments. Listing reads only the {@code attachment} table; the bytes
 * are read by {@link #content} alone, as a plain value (not a managed entity, so the persistence
 * context keeps no copy of them to compare at commit).
 */
@ApplicationScoped
public class AttachmentRepository {

  @PersistenceContext private EntityManager em;

  /** Stores the attachment, then its bytes (whose row references the attachment's). */
  public Attachment add(Attachment attachment, byte[] content) {
    if (content.length != attachment.getSizeBytes()) {
      throw new IllegalArgumentException(
          "The attachment says " + attachment.getSizeBytes() + " bytes but has " + content.length);
    }
    em.persist(attachment);
    em.flush();
    em.persist(new AttachmentContent(attachment.getId(), content));
    em.flush();
    return attachment;
  }

  public Optional<Attachment> find(long id) {
    return Optional.ofNullable(em.find(Attachment.class, id));
  }

  /** The bid's attachments, oldest first: the order of {@code attachments[i]} in the bid rules. */
  public List<Attachment> findByBid(long bidId) {
    return em.createNamedQuery("Attachment.findByBid", Attachment.class)
        .setParameter("bidId", bidId)
        .getResultList();
  }

  public long countByBid(long bidId) {
    return em.createNamedQuery("Attachment.countByBid", Long.class)
        .setParameter("bidId", bidId)
        .getSingleResult();
  }

  /** The bid's attachments as the rules see them, in {@link #findByBid} order. */
  public List<AttachmentData> dataFor(long bidId) {
    return findByBid(bidId).stream().map(Attachment::toData).toList();
  }

  /** The stored bytes of an attachment. */
  public Optional<byte[]> content(long attachmentId) {
    return em.createQuery(
            "SELECT c.content FROM AttachmentContent c WHERE c.attachmentId = :id", byte[].class)
        .setParameter("id", attachmentId)
        .getResultStream()
        .findFirst();
  }

  /** Removes the attachment and its bytes. */
  public void remove(Attachment attachment) {
    em.createQuery("DELETE FROM AttachmentContent c WHERE c.attachmentId = :id")
        .setParameter("id", attachment.getId())
        .executeUpdate();
    em.remove(attachment);
    em.flush();
  }
}
