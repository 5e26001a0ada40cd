package org.eduroadmap.assistance;

import java.time.Instant;
import java.util.List;

import org.eduroadmap.base.LocalizedText;

/**
 * A comment as the request's conversation shows it, with its earlier wordings (oldest first) when it
 * was edited. The body is plain text; mentions stay in it as {@code @username}.
 */
public record ConversationComment(Long id, String authorUsername, String author, LocalizedText organisation,
                                  String body, boolean internal, Instant createdAt, Instant editedAt,
                                  List<CommentVersion> earlier) {

    /** The row a query reads; the earlier wordings are added afterwards. */
    public ConversationComment(Long id, String authorUsername, String author, LocalizedText organisation,
                               String body, boolean internal, Instant createdAt, Instant editedAt) {
        this(id, authorUsername, author, organisation, body, internal, createdAt, editedAt, List.of());
    }

    public boolean edited() {
        return editedAt != null;
    }

    ConversationComment withEarlier(List<CommentVersion> versions) {
        return new ConversationComment(id, authorUsername, author, organisation, body, internal, createdAt, editedAt,
                List.copyOf(versions));
    }
}
