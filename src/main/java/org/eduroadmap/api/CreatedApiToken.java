package org.eduroadmap.api;

/**
 * A token just created, with the secret the caller must copy now: it is stored only as a hash and
 * is never shown again.
 */
public record CreatedApiToken(long id, String name, String secret) {
}
