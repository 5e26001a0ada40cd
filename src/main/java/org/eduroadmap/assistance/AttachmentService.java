package org.eduroadmap.assistance;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.base.RuleViolation;
import org.eduroadmap.base.SafeText;
import org.eduroadmap.security.AppUser;
import org.eduroadmap.security.AppUserRepository;

/**
 * Files attached to a request, such as concept notes and terms of reference. Every signed-in user who may
 * see the request ({@link RequestVisibility}) may download them; ministry staff, UNESCO advisors and
 * administrators upload, and remove their own. For anyone else the request's files do not exist.
 * A file is accepted only when its extension is allowed and its first bytes say it is what the
 * extension claims, so a renamed executable is not passed on to other users.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AttachmentService {

    private static final String UPLOADERS = "hasAnyRole('PROJECT_MANAGER', 'UNESCO_ADVISOR', 'ADMIN')";
    private static final int MAX_NAME_LENGTH = 200;

    /** Allowed extensions and the content type they are served with. */
    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "csv", "text/csv");

    public static final List<String> ALLOWED_EXTENSIONS = List.of("pdf", "docx", "xlsx", "pptx", "png", "jpg", "jpeg",
            "csv");

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private final RequestAttachmentRepository attachments;
    private final RequestCommentRepository requests;
    private final AppUserRepository users;
    private final SecurityContextHolderStrategy securityContext;
    private final Clock clock;
    private final long maxBytes;
    private final RequestVisibility visibility;

    AttachmentService(RequestAttachmentRepository attachments, RequestCommentRepository requests,
                      AppUserRepository users, SecurityContextHolderStrategy securityContext, Clock clock,
                      RequestVisibility visibility,
                      @Value("${eduroadmap.assistance.attachment-max-bytes:10485760}") long maxBytes) {
        this.visibility = visibility;
        this.attachments = attachments;
        this.requests = requests;
        this.users = users;
        this.securityContext = securityContext;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** The largest file accepted, in bytes. */
    @Transactional(readOnly = true)
    public long maxBytes() {
        return maxBytes;
    }

    @Transactional(readOnly = true)
    public List<AttachmentRow> attachments(String requestNumber) {
        return attachments.findRows(requestNumber, visibility.current());
    }

    @Transactional(readOnly = true)
    public AttachmentFile download(long attachmentId) {
        return attachments.findFile(attachmentId, visibility.current())
                .orElseThrow(() -> new RuleViolation(null, "attachment.error.missing"));
    }

    /**
     * Stores the file, or refuses it with the reason (too large, type not allowed, content not matching
     * its extension) and stores nothing.
     */
    @PreAuthorize(UPLOADERS)
    public AttachmentRow upload(String requestNumber, String originalFileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new RuleViolation("file", "attachment.error.empty");
        }
        if (content.length > maxBytes) {
            throw new RuleViolation("file", "attachment.error.tooLarge", megabytes(maxBytes));
        }
        String fileName = sanitise(originalFileName);
        String extension = extension(fileName);
        if (!TYPES.containsKey(extension)) {
            throw new RuleViolation("file", "attachment.error.type", String.join(", ", ALLOWED_EXTENSIONS));
        }
        if (!contentMatches(extension, content)) {
            throw new RuleViolation("file", "attachment.error.content", extension);
        }
        RequestViewer viewer = visibility.current();
        AssistanceRequest request = requests.findRequest(requestNumber, viewer)
                .orElseThrow(() -> new RuleViolation(null, "conversation.error.request"));
        RequestAttachment saved = attachments.saveAndFlush(new RequestAttachment(request, currentUser(), fileName,
                TYPES.get(extension), content, clock.instant()));
        return attachments.findRow(saved.getId(), viewer).orElseThrow();
    }

    /** Removes a file its uploader no longer wants attached. */
    @PreAuthorize(UPLOADERS)
    public void delete(long attachmentId) {
        AttachmentRow row = attachments.findRow(attachmentId, visibility.current())
                .orElseThrow(() -> new RuleViolation(null, "attachment.error.missing"));
        if (!row.uploadedByUsername().equals(securityContext.getContext().getAuthentication().getName())) {
            throw new AccessDeniedException("Only the uploader removes an attachment");
        }
        attachments.deleteAttachment(attachmentId);
    }

    /**
     * The name a file is stored and offered under: no folders, no control or quoting characters that
     * could break a header or a file system, at most 200 characters with its extension kept.
     */
    static String sanitise(String original) {
        String name = original == null ? "" : SafeText.clean(original);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"*:<>?|;%]", "_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isBlank()) {
            name = "file";
        }
        if (name.length() > MAX_NAME_LENGTH) {
            String extension = extension(name);
            int keep = MAX_NAME_LENGTH - extension.length() - 1;
            name = extension.isEmpty() || keep < 1 ? SafeText.head(name, MAX_NAME_LENGTH)
                    : SafeText.head(name, keep) + "." + extension;
        }
        return name;
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean contentMatches(String extension, byte[] content) {
        return switch (extension) {
            case "pdf" -> startsWith(content, PDF);
            case "docx", "xlsx", "pptx" -> startsWith(content, ZIP);
            case "png" -> startsWith(content, PNG);
            case "jpg", "jpeg" -> startsWith(content, JPEG);
            case "csv" -> isText(content);
            default -> false;
        };
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

    /** Valid UTF-8 without NUL bytes: what a spreadsheet's CSV export is, and what a binary file is not. */
    private static boolean isText(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException notText) {
            return false;
        }
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? String.valueOf(bytes / (1024 * 1024))
                : String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    private AppUser currentUser() {
        return users.findByUsername(securityContext.getContext().getAuthentication().getName())
                .orElseThrow(() -> new IllegalStateException("Signed-in user not found"));
    }
}
