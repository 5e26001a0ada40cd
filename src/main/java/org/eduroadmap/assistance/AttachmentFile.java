package org.eduroadmap.assistance;

/** A file as it is downloaded: the stored (already sanitised) name, its type and its bytes. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {
}
