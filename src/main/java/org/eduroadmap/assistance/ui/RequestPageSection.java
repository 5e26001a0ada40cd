package org.eduroadmap.assistance.ui;

import com.vaadin.flow.component.Component;

/**
 * A part of a request's page built apart from the page itself, such as the conversation or the
 * attachments. The page shows every section Spring knows, in {@link #order()}.
 */
public interface RequestPageSection {

    /** Smaller first. */
    int order();

    /** The section for the request with this number; the page has already checked that it exists. */
    Component create(String requestNumber);
}
