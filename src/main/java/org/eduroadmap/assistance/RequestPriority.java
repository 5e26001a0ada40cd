package org.eduroadmap.assistance;

public enum RequestPriority {
    LOW,
    MEDIUM,
    HIGH,
    URGENT
}
