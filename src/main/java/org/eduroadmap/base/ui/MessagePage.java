package org.eduroadmap.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;

/** A full-page message with a way back to the start: the shape of every error screen. */
abstract class MessagePage extends Main implements HasDynamicTitle {

    private String titleKey = "error.title";

    MessagePage() {
        addClassName("message-page");
    }

    protected void show(String titleKey, String message) {
        this.titleKey = titleKey;
        removeAll();
        Paragraph text = new Paragraph(message);
        text.addClassName("message-text");
        add(new H1(getTranslation(titleKey)), text, new Anchor("", getTranslation("error.home")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · EduRoadmap";
    }
}
