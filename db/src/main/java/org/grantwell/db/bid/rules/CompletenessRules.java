package org.grantwell.db.bid.rules;

import java.util.List;
import java.util.Set;

/** Whether the bid says everything a submission needs, and whether its files are acceptable. */
final class CompletenessRules {

  /** PDF, Word and Excel only; the type is the sniffed one, never the file name's extension. */
  static final Set<AttachmentType> ALLOWED_TYPES =
      Set.of(AttachmentType.PDF, AttachmentType.DOCX, AttachmentType.XLSX);

  private CompletenessRules() {}

  /** In the order title, summary, problem statement, interventions, locations, budget, outcomes. */
  static void requiredFields(BidCandidate bid, List<Violation> out) {
    text(bid.title(), "title", "Give the bid a title", out);
    text(bid.summary(), "summary", "Write a summary of the bid", out);
    text(bid.problemStatement(), "problemStatement", "Describe the problem the bid tackles", out);
    list(bid.interventions(), "interventions", "Name at least one intervention", out);
    list(bid.locations(), "locations", "Name at least one location", out);
    if (bid.budgetLines().isEmpty()) {
      out.add(required("budgetLines", "Add at least one budget line"));
    }
    if (bid.outcomes().isEmpty()) {
      out.add(required("outcomes", "Add at least one outcome target"));
    }
  }

  /** All type violations first, then all size violations, each by attachment index. */
  static void attachments(BidCandidate bid, RoundRules rules, List<Violation> out) {
    List<AttachmentData> files = bid.attachments();
    for (int i = 0; i < files.size(); i++) {
      AttachmentData file = files.get(i);
      if (!ALLOWED_TYPES.contains(file.detectedType())) {
        out.add(
            new Violation(
                RuleCode.ATTACHMENT_TYPE_NOT_ALLOWED,
                "attachments[" + i + "]",
                name(file, i)
                    + " is not a PDF, Word (.docx) or Excel (.xlsx) file;"
                    + " upload it in one of those formats"));
      }
    }
    for (int i = 0; i < files.size(); i++) {
      AttachmentData file = files.get(i);
      if (file.sizeBytes() > rules.maxAttachmentBytes()) {
        out.add(
            new Violation(
                RuleCode.ATTACHMENT_TOO_LARGE,
                "attachments[" + i + "]",
                "%s is %s; files can be at most %s"
                    .formatted(
                        name(file, i),
                        size(file.sizeBytes(), rules.maxAttachmentBytes()),
                        Texts.megabytes(rules.maxAttachmentBytes()))));
      }
    }
  }

  /** "just over 10 MB" when rounding would make the size look equal to the limit. */
  private static String size(long bytes, long limit) {
    String shown = Texts.megabytes(bytes);
    return shown.equals(Texts.megabytes(limit)) ? "just over " + shown : shown;
  }

  private static String name(AttachmentData file, int index) {
    return Texts.isBlank(file.fileName())
        ? "Attachment " + Texts.position(index)
        : "The file \"" + file.fileName() + "\"";
  }

  private static void text(String value, String field, String message, List<Violation> out) {
    if (Texts.isBlank(value)) {
      out.add(required(field, message));
    }
  }

  /** A list of only blank entries is as empty as no list. */
  private static void list(List<String> values, String field, String message, List<Violation> out) {
    if (values.stream().allMatch(Texts::isBlank)) {
      out.add(required(field, message));
    }
  }

  private static Violation required(String field, String message) {
    return new Violation(RuleCode.FIELD_REQUIRED, field, message);
  }
}
