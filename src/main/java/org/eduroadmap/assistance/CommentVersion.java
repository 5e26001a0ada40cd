package org.eduroadmap.assistance;

import java.time.Instant;

/** An earlier wording of a comment and when it was written. */
public record CommentVersion(Long commentId, String body, Instant writtenAt) {
}
