package org.eduroadmap.audit;

import org.hibernate.envers.EntityTrackingRevisionListener;
import org.hibernate.envers.RevisionType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps each revision with the signed-in user ("system" for start-up data and scheduled jobs) and
 * notes every record it touches. Envers creates this listener itself, outside Spring, so it reads the
 * security context statically.
 */
public class AuditRevisionListener implements EntityTrackingRevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).setUsername(currentUsername());
    }

    @Override
    public void entityChanged(Class entityClass, String entityName, Object entityId, RevisionType revisionType,
                              Object revisionEntity) {
        ((AuditRevision) revisionEntity).addChange(new AuditedChange(entityClass.getSimpleName(),
                String.valueOf(entityId), Operation.of(revisionType).name()));
    }

    private static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || "anonymousUser".equals(authentication.getPrincipal())) {
            return SYSTEM;
        }
        return authentication.getName();
    }
}
