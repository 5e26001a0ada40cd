package org.eduroadmap.audit.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;

import org.eduroadmap.audit.AuditService;

/**
 * A link from a record's page to its history in the audit trail, shown only to those who may read it.
 * Records are named by entity type and id, so pages of any feature can link here without the audit
 * package knowing about them.
 */
public final class HistoryLink {

    private HistoryLink() {
    }

    /** The link to a record by its id, or an invisible placeholder for users who may not read the audit trail. */
    public static Component to(String entityType, Object id) {
        return to(entityType, AuditView.ID_PARAMETER, id);
    }

    /**
     * The link to a record known by a natural key, e.g. {@code to("Kpi", "code", "4.4.1")}: the property
     * name as in the entity class.
     */
    public static Component to(String entityType, String property, Object value) {
        if (!AuditService.currentUserMayRead() || value == null) {
            Span nothing = new Span();
            nothing.setVisible(false);
            return nothing;
        }
        // A router link, not a plain anchor: a relative href on a nested page such as /kpis/X missed the view.
        RouterLink link = new RouterLink(AuditView.class);
        link.setQueryParameters(QueryParameters.simple(
                Map.of(AuditView.ENTITY_PARAMETER, entityType, property, String.valueOf(value))));
        link.add(VaadinIcon.TIME_BACKWARD.create(), new Span(link.getTranslation("audit.historyLink")));
        link.addClassName("history-link");
        return link;
    }
}
