package org.eduroadmap.security;

/**
 * What a user may do. The string constants serve {@code @RolesAllowed} on views and
 * {@code hasRole(...)} in service rules, which need compile-time constants.
 */
public enum Role {
    MINISTER,
    PROJECT_MANAGER,
    UNESCO_ADVISOR,
    ADMIN;

    public static final String MINISTER_NAME = "MINISTER";
    public static final String PROJECT_MANAGER_NAME = "PROJECT_MANAGER";
    public static final String UNESCO_ADVISOR_NAME = "UNESCO_ADVISOR";
    public static final String ADMIN_NAME = "ADMIN";

    public String authority() {
        return "ROLE_" + name();
    }
}
