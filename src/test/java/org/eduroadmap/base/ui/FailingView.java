package org.eduroadmap.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** A screen that fails while opening, to see what the user gets instead of a stack trace. */
@Route("test-failure")
@PermitAll
public class FailingView extends Div {

    public FailingView() {
        throw new IllegalStateException("database exploded: SELECT secret FROM app_user");
    }
}
