package org.eduroadmap.security;

import org.eduroadmap.base.Language;
import org.eduroadmap.base.LocalizedText;

/** The signed-in user as the UI shows them. */
public record UserProfile(Long id, String username, String fullName, Role role,
                          LocalizedText organisation, Language language) {
}
