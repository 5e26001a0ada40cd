package org.eduroadmap.kpi.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.eduroadmap.kpi.KpiStatus;

/** A KPI's status as colour, icon and word together: colour is never the only signal. */
public class KpiStatusBadge extends Span {

    public KpiStatusBadge(KpiStatus status) {
        addClassNames("status-badge", "status-" + status.name());
        add(icon(status).create(), new Span(getTranslation("kpi.status." + status.name())));
    }

    /** The icon's name for HTML built as text, e.g. "vaadin:check-circle". */
    public static String iconName(KpiStatus status) {
        return KpiCards.iconName(icon(status));
    }

    public static VaadinIcon icon(KpiStatus status) {
        return switch (status) {
            case ON_TRACK -> VaadinIcon.CHECK_CIRCLE;
            case AT_RISK -> VaadinIcon.WARNING;
            case OFF_TRACK -> VaadinIcon.CLOSE_CIRCLE;
            case NO_DATA -> VaadinIcon.QUESTION_CIRCLE_O;
        };
    }
}
