package org.eduroadmap.assistance;

public record StatusCount(RequestStatus status, long count) {
}
