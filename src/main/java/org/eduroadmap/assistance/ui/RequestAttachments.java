package org.eduroadmap.assistance.ui;

import com.vaadin.flow.component.Component;

import org.eduroadmap.assistance.AttachmentService;
import org.eduroadmap.security.Role;
import org.eduroadmap.security.UserProfile;
import org.eduroadmap.security.UserService;

/** The attachments section of a request's page: concept notes, terms of reference and the like. */
@org.springframework.stereotype.Component
class RequestAttachments implements RequestPageSection {

    private final AttachmentService service;
    private final UserService users;

    RequestAttachments(AttachmentService service, UserService users) {
        this.service = service;
        this.users = users;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create(String requestNumber) {
        UserProfile me = users.currentUser().orElse(null);
        boolean mayUpload = me != null && me.role() != Role.MINISTER;
        return new AttachmentsPanel(service, requestNumber, me == null ? "" : me.username(), mayUpload);
    }
}
