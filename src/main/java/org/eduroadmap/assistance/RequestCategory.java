package org.eduroadmap.assistance;

public enum RequestCategory {
    POLICY_ADVICE,
    CAPACITY_BUILDING,
    EMIS_DESIGN,
    DIGITAL_CONTENT,
    INFRASTRUCTURE_ASSESSMENT,
    OTHER
}
