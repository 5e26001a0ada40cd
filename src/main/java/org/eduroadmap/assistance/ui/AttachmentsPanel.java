package org.eduroadmap.assistance.ui;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.ContentDisposition;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;

import org.eduroadmap.assistance.AttachmentFile;
import org.eduroadmap.assistance.AttachmentRow;
import org.eduroadmap.assistance.AttachmentService;
import org.eduroadmap.base.Formats;
import org.eduroadmap.base.RuleViolation;

/**
 * The files attached to a request, each a download link, and an upload for those who may add files.
 * The server decides what is accepted; the upload's own type and size hints only spare a round trip.
 */
class AttachmentsPanel extends Composite<Div> {

    private final AttachmentService service;
    private final String requestNumber;
    private final String me;
    private final boolean mayUpload;
    private final Div list = new Div();
    private final Paragraph message = new Paragraph();

    AttachmentsPanel(AttachmentService service, String requestNumber, String me, boolean mayUpload) {
        this.service = service;
        this.requestNumber = requestNumber;
        this.me = me;
        this.mayUpload = mayUpload;
        list.addClassName("attachment-list");
        message.addClassName("attachment-message");
        message.setVisible(false);
        Div card = getContent();
        card.addClassNames("card", "request-attachments");
        card.add(new H2(getTranslation("attachments.title")), list);
        if (mayUpload) {
            card.add(upload(), message);
        }
        refresh();
    }

    private Upload upload() {
        Upload upload = new Upload();
        upload.setMaxFiles(1);
        // The raw request body, not multipart: the servlet container's multipart limits (1 MB in Spring Boot)
        // would otherwise refuse files the application accepts; the service enforces our own limit.
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, service.maxBytes()));
        upload.setAcceptedFileTypes(AttachmentService.ALLOWED_EXTENSIONS.stream().map(ext -> "." + ext)
                .toArray(String[]::new));
        // Reads at most one byte past the limit, so an oversized file is refused without holding it all.
        upload.setUploadHandler((UploadHandler) event -> {
            byte[] content;
            try (InputStream in = event.getInputStream()) {
                content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, service.maxBytes() + 1));
            }
            String fileName = event.getFileName();
            event.getUI().access(() -> {
                store(fileName, content);
                upload.clearFileList();
            });
        });
        upload.addFileRejectedListener(rejected -> show(getTranslation("attachment.error.rejected",
                String.join(", ", AttachmentService.ALLOWED_EXTENSIONS), megabytes(service.maxBytes())), true));
        Paragraph hint = new Paragraph(getTranslation("attachment.hint",
                String.join(", ", AttachmentService.ALLOWED_EXTENSIONS), megabytes(service.maxBytes())));
        hint.addClassName("muted");
        upload.setDropLabel(hint);
        upload.setI18n(uploadTexts());
        return upload;
    }

    /** The upload's own texts (button, drop hint, progress, errors) in the user's language. */
    private UploadI18N uploadTexts() {
        String tooBig = getTranslation("upload.error.fileIsTooBig", megabytes(service.maxBytes()));
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("upload.addFiles.one"))
                        .setMany(getTranslation("upload.addFiles.many")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.dropFiles.one"))
                        .setMany(getTranslation("upload.dropFiles.many")))
                .setError(new UploadI18N.Error().setTooManyFiles(getTranslation("upload.error.tooManyFiles"))
                        .setFileIsTooBig(tooBig)
                        .setIncorrectFileType(getTranslation("upload.error.incorrectFileType",
                                String.join(", ", AttachmentService.ALLOWED_EXTENSIONS))))
                .setFile(new UploadI18N.File().setRetry(getTranslation("upload.file.retry"))
                        .setStart(getTranslation("upload.file.start"))
                        .setRemove(getTranslation("upload.file.remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(getTranslation("upload.status.connecting"))
                                .setStalled(getTranslation("upload.status.stalled"))
                                .setProcessing(getTranslation("upload.status.processing"))
                                .setHeld(getTranslation("upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(getTranslation("upload.remaining.prefix"))
                                .setUnknown(getTranslation("upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(getTranslation("upload.error.serverUnavailable"))
                                .setUnexpectedServerError(getTranslation("upload.error.unexpectedServerError"))
                                .setForbidden(getTranslation("upload.error.forbidden"))
                                .setFileTooLarge(tooBig)))
                .setUnits(java.util.List.of(getTranslation("upload.units").split(",")));
    }

    /** Hands an uploaded file to the service and says whether it was kept, and why not. */
    void store(String fileName, byte[] content) {
        try {
            AttachmentRow row = service.upload(requestNumber, fileName, content);
            show(getTranslation("attachment.stored", row.fileName()), false);
            refresh();
        } catch (RuleViolation refused) {
            show(getTranslation(refused.messageKey(), refused.arguments()), true);
        }
    }

    private void show(String text, boolean error) {
        message.setText(text);
        message.setClassName("attachment-error", error);
        message.setVisible(true);
    }

    private void refresh() {
        list.removeAll();
        var rows = service.attachments(requestNumber);
        if (rows.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("attachments.empty"));
            empty.addClassName("muted");
            list.add(empty);
        }
        for (AttachmentRow row : rows) {
            Anchor link = new Anchor(download(row.id()), AttachmentType.DOWNLOAD, row.fileName());
            link.addClassName("attachment-link");
            Span meta = new Span(size(row.sizeBytes()) + " · " + row.uploadedBy() + " · "
                    + Formats.date(row.uploadedAt(), getLocale()));
            meta.addClassName("muted");
            Div item = new Div(link, meta);
            item.addClassName("attachment");
            if (mayUpload && me.equals(row.uploadedByUsername())) {
                Button remove = new Button(getTranslation("attachment.delete"), click -> confirmDelete(row));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                item.add(remove);
            }
            list.add(item);
        }
    }

    /** Sends the stored bytes as a download under the stored, already sanitised name; never rendered inline. */
    private DownloadHandler download(long attachmentId) {
        return event -> {
            AttachmentFile file = service.download(attachmentId);
            event.setFileName(file.fileName());
            event.setContentType(file.contentType());
            event.setContentLength(file.content().length);
            event.getResponse().setHeader("Content-Disposition", ContentDisposition.attachment()
                    .filename(file.fileName(), StandardCharsets.UTF_8).build().toString());
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            try (var out = event.getOutputStream()) {
                out.write(file.content());
            }
        };
    }

    private void confirmDelete(AttachmentRow row) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("attachment.delete"));
        dialog.setText(getTranslation("attachment.deleteConfirm", row.fileName()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("attachment.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> {
            try {
                service.delete(row.id());
            } catch (RuleViolation refused) {
                show(getTranslation(refused.messageKey(), refused.arguments()), true);
            }
            refresh();
        });
        dialog.open();
    }

    private String size(long bytes) {
        if (bytes < 1024) {
            return getTranslation("attachment.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return getTranslation("attachment.kilobytes", String.format(getLocale(), "%.0f", bytes / 1024.0));
        }
        return getTranslation("attachment.megabytes", String.format(getLocale(), "%.1f", bytes / (1024.0 * 1024.0)));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f", bytes / (1024.0 * 1024.0));
    }
}
