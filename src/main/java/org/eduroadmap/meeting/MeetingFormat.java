package org.eduroadmap.meeting;

public enum MeetingFormat {
    ONLINE,
    IN_PERSON,
    HYBRID
}
