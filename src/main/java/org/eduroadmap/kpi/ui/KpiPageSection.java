package org.eduroadmap.kpi.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;

/**
 * A part of the KPI page contributed by another feature (the Roadmap activities and the assistance
 * requests that should move the KPI). Those features know about KPIs; KPIs do not know about them.
 */
public interface KpiPageSection {

    /** The section for one KPI, or null when there is nothing to show. */
    Component create(String kpiCode, Locale locale);
}
