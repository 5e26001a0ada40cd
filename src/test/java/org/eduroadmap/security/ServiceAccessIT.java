package org.eduroadmap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.roadmap.ActivityFilter;
import org.eduroadmap.assistance.AssistanceService;
import org.eduroadmap.assistance.AttachmentService;
import org.eduroadmap.assistance.RequestAction;
import org.eduroadmap.assistance.RequestConversationService;
import org.eduroadmap.assistance.RequestDraft;
import org.eduroadmap.assistance.RequestEditingService;
import org.eduroadmap.assistance.RequestWorkflowService;
import org.eduroadmap.base.Language;
import org.eduroadmap.kpi.KpiService;
import org.eduroadmap.meeting.MeetingService;
import org.eduroadmap.notification.NotificationService;
import org.eduroadmap.organisation.OrganisationService;
import org.eduroadmap.roadmap.RoadmapService;

/** The rules of who may do what hold in the services, whatever the screens show. */
@SpringBootTest
class ServiceAccessIT {

    @Autowired
    UserService users;
    @Autowired
    KpiService kpis;
    @Autowired
    RoadmapService roadmap;
    @Autowired
    AssistanceService assistance;
    @Autowired
    MeetingService meetings;
    @Autowired
    OrganisationService organisations;

    @Autowired
    RequestEditingService requestEditing;
    @Autowired
    RequestWorkflowService requestWorkflow;
    @Autowired
    RequestConversationService conversation;
    @Autowired
    AttachmentService attachments;
    @Autowired
    NotificationService notifications;

    private static final PageRequest PAGE = PageRequest.of(0, 10);
    /** The manager's draft to IITE. */
    private static final String DRAFT_REQUEST = "TA-2026-003";
    /** Submitted to the Tehran office. */
    private static final String SUBMITTED_REQUEST = "TA-2026-001";
    /** Sent to IITE and waiting for the ministry's answer: the IITE advisor sees it. */
    private static final String IITE_REQUEST = "TA-2025-001";
    private static final byte[] CSV = "school,pupils\n1,20\n".getBytes(StandardCharsets.UTF_8);

    private long version(String number) {
        return requestWorkflow.detail(number).orElseThrow().version();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void administratorListsUsers() {
        assertThat(users.users(PAGE).getContent()).extracting(UserRow::username).contains("admin", "minister");
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void ministerMayNotListUsers() {
        assertThatThrownBy(() -> users.users(PAGE)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void projectManagerMayNotListUsers() {
        assertThatThrownBy(() -> users.users(PAGE)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "advisor", roles = "UNESCO_ADVISOR")
    void advisorMayNotListUsers() {
        assertThatThrownBy(() -> users.users(PAGE)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "advisor", roles = "UNESCO_ADVISOR")
    void everySignedInRoleReads() {
        assertThat(kpis.overview(2026)).isNotEmpty();
        assertThat(roadmap.timeline(ActivityFilter.ALL)).isNotEmpty();
        assertThat(assistance.requests(PAGE).getContent()).isNotEmpty();
        assertThat(meetings.meetings(PAGE).getContent()).hasSize(2);
        assertThat(organisations.regions()).hasSize(7);
    }

    @Test
    @WithAnonymousUser
    void anonymousCallersReadNothing() {
        assertThatThrownBy(() -> kpis.overview(2026)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> roadmap.timeline(ActivityFilter.ALL)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> assistance.requests(PAGE)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> meetings.meetings(PAGE)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> organisations.regions()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> users.changeLanguage(Language.RU)).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(users.currentUser()).isEmpty();
    }

    @Test
    void withoutAnyAuthenticationServicesRefuse() {
        assertThatThrownBy(() -> kpis.overview(2026)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void theChosenLanguageIsRememberedPerUser() {
        users.changeLanguage(Language.TK);
        try {
            assertThat(users.currentUser().orElseThrow().language()).isEqualTo(Language.TK);
        } finally {
            users.changeLanguage(Language.EN);
        }
        assertThat(users.currentUser().orElseThrow().language()).isEqualTo(Language.EN);
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void ministerReadsRequestsButChangesNothingInThem() {
        assertThatThrownBy(() -> requestEditing.save(new RequestDraft())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> requestWorkflow.perform(DRAFT_REQUEST, version(DRAFT_REQUEST), RequestAction.SUBMIT,
                null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> conversation.comment(DRAFT_REQUEST, "A remark", false))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> conversation.edit(1L, "A remark")).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> attachments.upload(DRAFT_REQUEST, "schools.csv", CSV))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> attachments.delete(1L)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @Transactional
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void projectManagerCommentsAndAttachesButNeitherWritesInternalNotesNorReviews() {
        assertThat(conversation.comment(SUBMITTED_REQUEST, "A remark", false).body()).isEqualTo("A remark");
        assertThatThrownBy(() -> conversation.comment(SUBMITTED_REQUEST, "A secret", true))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(attachments.upload(SUBMITTED_REQUEST, "schools.csv", CSV).fileName()).isEqualTo("schools.csv");
        assertThatThrownBy(() -> requestWorkflow.perform(SUBMITTED_REQUEST, version(SUBMITTED_REQUEST),
                RequestAction.TAKE, null)).isInstanceOf(AccessDeniedException.class);
        notifications.markAllRead();
    }

    @Test
    @Transactional
    @WithMockUser(username = "advisor", roles = "UNESCO_ADVISOR")
    void advisorWritesInternalNotesButNeitherRaisesNorAnswersRequests() {
        assertThat(conversation.comment(IITE_REQUEST, "For UNESCO only", true).internal()).isTrue();
        assertThat(attachments.upload(IITE_REQUEST, "schools.csv", CSV).fileName()).isEqualTo("schools.csv");
        assertThatThrownBy(() -> requestEditing.save(new RequestDraft())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> requestWorkflow.perform(IITE_REQUEST, version(IITE_REQUEST), RequestAction.ANSWER,
                "An answer")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @Transactional
    @WithMockUser(username = "admin", roles = "ADMIN")
    void administratorModeratesTheConversationButTakesNoWorkflowStep() {
        assertThat(conversation.comment(SUBMITTED_REQUEST, "Checked by the administrator", true).internal()).isTrue();
        assertThatThrownBy(() -> requestEditing.save(new RequestDraft())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> requestWorkflow.perform(SUBMITTED_REQUEST, version(SUBMITTED_REQUEST),
                RequestAction.TAKE, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithAnonymousUser
    void anonymousCallersChangeNoRequest() {
        assertThatThrownBy(() -> requestEditing.save(new RequestDraft())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> requestWorkflow.perform(DRAFT_REQUEST, 0, RequestAction.SUBMIT, null))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> conversation.comment(DRAFT_REQUEST, "A remark", false))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> conversation.edit(1L, "A remark")).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> attachments.upload(DRAFT_REQUEST, "schools.csv", CSV))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> attachments.delete(1L)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> notifications.markAllRead()).isInstanceOf(AuthorizationDeniedException.class);
    }
}
