package org.eduroadmap.security;

import org.eduroadmap.base.LocalizedText;

/** One line of the user list. */
public record UserRow(Long id, String username, String fullName, String jobTitle, Role role,
                      LocalizedText organisation, String language, boolean enabled,
                      long version) {
}
