package org.eduroadmap.assistance.ui;

import com.vaadin.flow.component.Component;

import org.eduroadmap.assistance.RequestConversationService;
import org.eduroadmap.security.UserProfile;
import org.eduroadmap.security.UserService;

/** The conversation section of a request's page: comments, mentions and, for UNESCO staff, internal notes. */
@org.springframework.stereotype.Component
class RequestConversation implements RequestPageSection {

    private final RequestConversationService service;
    private final UserService users;

    RequestConversation(RequestConversationService service, UserService users) {
        this.service = service;
        this.users = users;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(String requestNumber) {
        String me = users.currentUser().map(UserProfile::username).orElse("");
        return new ConversationPanel(service, requestNumber, me);
    }
}
