package org.eduroadmap.roadmap.ui;

import com.vaadin.flow.component.Component;

/**
 * A part of an activity's side panel contributed by another feature (the assistance requests linked to the
 * activity). Those features know about the Roadmap; the Roadmap does not know about them.
 */
public interface ActivityPanelSection {

    /** The section for one activity, or null when there is nothing to show. */
    Component create(long activityId);
}
