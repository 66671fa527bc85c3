package org.grantwell.web.bid;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.grantwell.web.security.CurrentCaller;
import org.grantwell.workflow.bid.AttachmentDownload;
import org.grantwell.workflow.bid.AttachmentService;
import org.grantwell.workflow.bid.AttachmentView;
import org.grantwell.workflow.shared.ForbiddenActionException;
import org.grantwell.workflow.shared.InvalidInputException;
import org.grantwell.workflow.shared.NotFoundException;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The bid editor's files (same view as {@link BidEditorView}): supporting documents on the
 * attachments step and match-funding evidence from its row. Uploading to a bid that does not exist
 * yet saves it first. The service judges each file by its content and the round's limits; a refusal
 * becomes a message and the list stays as it was.
 */
@Named
@ViewScoped
public class BidFilesView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** An attachment as listed. */
  public record FileRow(long id, String fileName, String type, long sizeBytes, String purpose, String uploadedBy, Instant uploadedAt)
      implements Serializable {

    public String size() {
      return EditorText.size(sizeBytes);
    }

    public String uploaded() {
      return EditorText.date(uploadedAt) + " by " + uploadedBy;
    }

    public String purposeLabel() {
      return "MATCH_EVIDENCE".equals(purpose) ? "Match-funding evidence" : "Supporting document";
    }
  }

  @Inject private AttachmentService attachments;
  @Inject private BidEditorView editor;
  @Inject private CurrentCaller currentCaller;

  private List<FileRow> rows;

  public List<FileRow> getRows() {
    if (rows == null) {
      refresh();
    }
    return rows;
  }

  public void upload(FileUploadEvent event) {
    add(event.getFile(), "SUPPORTING");
  }

  /** Evidence for match-funding row {@code row} (an {@code f:attribute}); its evidence then names the file. */
  public void uploadEvidence(FileUploadEvent event) {
    int row = ((Number) event.getComponent().getAttributes().get("row")).intValue();
    FileRow added = add(event.getFile(), "MATCH_EVIDENCE");
    List<BidForm.MatchRow> matches = editor.getForm().getMatchFunding();
    if (added != null && row < matches.size()) {
      matches.get(row).setEvidence("File: " + added.fileName());
      editor.persist();
    }
  }

  public void remove(long attachmentId) {
    try {
      attachments.remove(editor.caller(), editor.getId(), attachmentId);
      EditorMessages.info("File removed", "");
    } catch (ForbiddenActionException | NotFoundException e) {
      EditorMessages.error("The file was not removed", e.getMessage());
    }
    refresh();
    editor.refreshChecks();
  }

  public StreamedContent download(long attachmentId) {
    AttachmentDownload file = attachments.download(editor.caller(), editor.getId(), attachmentId);
    return DefaultStreamedContent.builder()
        .name(file.fileName())
        .contentType(file.contentType())
        .contentLength(file.sizeBytes())
        .stream(() -> new ByteArrayInputStream(file.content()))
        .build();
  }

  private FileRow add(UploadedFile file, String purpose) {
    if (file == null || !editor.ensureCreated()) {
      return null;
    }
    try (InputStream content = file.getInputStream()) {
      AttachmentView view = attachments.add(currentCaller.current().orElseThrow(), editor.getId(), file.getFileName(),
          purpose, file.getSize(), content);
      EditorMessages.info("File added", view.fileName() + " (" + EditorText.size(view.sizeBytes()) + ")");
      refresh();
      editor.refreshChecks();
      return row(view);
    } catch (InvalidInputException e) {
      EditorMessages.show(EditorMessages.fromErrors(e.errors()));
    } catch (ForbiddenActionException | NotFoundException e) {
      EditorMessages.error("The file was not added", e.getMessage());
    } catch (IOException e) {
      EditorMessages.error("The file was not added", "The upload broke off; send the file again.");
    }
    return null;
  }

  private void refresh() {
    rows = editor.getId() == null ? List.of()
        : attachments.list(editor.caller(), editor.getId()).stream().map(BidFilesView::row).toList();
  }

  private static FileRow row(AttachmentView a) {
    return new FileRow(a.id(), a.fileName(), a.type(), a.sizeBytes(), a.purpose(), a.uploadedBy(), a.uploadedAt());
  }
}
