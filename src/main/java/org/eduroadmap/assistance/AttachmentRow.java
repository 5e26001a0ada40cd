package org.eduroadmap.assistance;

import java.time.Instant;

/** A file attached to a request, without its content. */
public record AttachmentRow(Long id, String fileName, String contentType, long sizeBytes, String uploadedByUsername,
                            String uploadedBy, Instant uploadedAt) {
}
