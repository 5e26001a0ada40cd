package org.eduroadmap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

import org.eduroadmap.roadmap.ActivityFilter;
import org.eduroadmap.assistance.AssistanceService;
import org.eduroadmap.base.Language;
import org.eduroadmap.kpi.KpiService;
import org.eduroadmap.meeting.MeetingService;
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

    private static final PageRequest PAGE = PageRequest.of(0, 10);

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
}
