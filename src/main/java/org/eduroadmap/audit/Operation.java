package org.eduroadmap.audit;

import org.hibernate.envers.RevisionType;

/** What a revision did to a record. */
public enum Operation {
    CREATE,
    UPDATE,
    DELETE;

    static Operation of(RevisionType type) {
        return switch (type) {
            case ADD -> CREATE;
            case MOD -> UPDATE;
            case DEL -> DELETE;
        };
    }
}
