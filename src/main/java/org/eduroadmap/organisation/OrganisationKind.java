package org.eduroadmap.organisation;

/** Ministry users raise requests; UNESCO organisations are addressed by them. */
public enum OrganisationKind {
    MINISTRY,
    DELEGATION,
    UNESCO
}
