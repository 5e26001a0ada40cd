package org.eduroadmap.api;

/**
 * One call to the API as the audit trail records it.
 *
 * @param token the token's name, or null when no valid token was presented
 */
public record ApiCall(String token, String method, String path, int status, String remoteAddress) {
}
