package org.eduroadmap.assistance;

/** A user who can be mentioned in a conversation as {@code @username}. */
public record Mentionable(String username, String fullName) {
}
