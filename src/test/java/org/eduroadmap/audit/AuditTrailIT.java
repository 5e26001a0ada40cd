package org.eduroadmap.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import org.eduroadmap.RunAs;
import org.eduroadmap.assistance.ConversationComment;
import org.eduroadmap.assistance.RequestConversationService;
import org.eduroadmap.roadmap.ActivityDraft;
import org.eduroadmap.roadmap.ActivityService;
import org.eduroadmap.security.UserService;

/**
 * Every committed change leaves who, when and the field-level before and after; only administrators and
 * ministers read the trail. Not rolled back (the history is written when a transaction commits), so on a
 * database of its own.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:audit-trail;DB_CLOSE_DELAY=-1")
class AuditTrailIT {

    private static final PageRequest PAGE = PageRequest.of(0, 50);

    @Autowired
    AuditService audit;
    @Autowired
    ActivityService activities;
    @Autowired
    RequestConversationService conversation;
    @Autowired
    UserService users;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    private <T> T as(String user, String role, Supplier<T> action) {
        return new RunAs(securityContext).as(user, role, action);
    }

    private List<ChangeRow> history(String role, String entityType, String id) {
        return as(role.toLowerCase(), role,
                () -> audit.changes(new ChangeFilter(null, entityType, id, null, null, null), PAGE).getContent());
    }

    @Test
    void anUpdateRecordsWhoAndEachFieldBeforeAndAfter() {
        long id = as("manager", "PROJECT_MANAGER", () -> activities.activityChoices("EMIS pilot", 0, 1)).getFirst().id();
        ActivityDraft draft = as("manager", "PROJECT_MANAGER", () -> activities.draft(id)).orElseThrow();
        int before = draft.getPercentComplete();
        int after = before == 55 ? 56 : 55;
        draft.setPercentComplete(after);
        as("manager", "PROJECT_MANAGER", () -> activities.save(draft));

        ChangeRow newest = history("ADMIN", "Activity", String.valueOf(id)).getFirst();
        assertThat(newest.username()).isEqualTo("manager");
        assertThat(newest.operation()).isEqualTo(Operation.UPDATE);
        assertThat(newest.fields()).containsExactly(
                new FieldChange("percent_complete", String.valueOf(before), String.valueOf(after)));
        assertThat(newest.at()).isNotNull();
    }

    @Test
    void recordsWrittenAtStartUpAreCreationsBySystem() {
        List<ChangeRow> kpiHistory = as("admin", "ADMIN", () -> audit.changes(
                new ChangeFilter("system", "Kpi", null, Operation.CREATE, null, null), PAGE).getContent());
        assertThat(kpiHistory).isNotEmpty().allSatisfy(row -> {
            assertThat(row.username()).isEqualTo("system");
            assertThat(row.fields()).extracting(FieldChange::field).contains("code", "name_en");
            assertThat(row.fields()).filteredOn(field -> field.field().equals("target")).isNotEmpty();
        });
        assertThat(as("admin", "ADMIN", audit::entityTypes))
                .contains("Kpi", "KpiMeasurement", "Activity", "AssistanceRequest", "AppUser", "Organisation");
    }

    @Test
    void ministersSeeThatAnInternalNoteWasWrittenButNotWhatItSays() {
        ConversationComment note = as("advisor", "UNESCO_ADVISOR",
                () -> conversation.comment("TA-2025-001", "Budget line for trainers still open", true));
        String id = String.valueOf(note.id());

        assertThat(history("MINISTER", "RequestComment", id).getFirst().fields())
                .filteredOn(field -> field.field().equals("body"))
                .containsExactly(new FieldChange("body", null, AuditService.HIDDEN));
        assertThat(history("ADMIN", "RequestComment", id).getFirst().fields())
                .filteredOn(field -> field.field().equals("body"))
                .containsExactly(new FieldChange("body", null, "Budget line for trainers still open"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ADMIN", "MINISTER"})
    void administratorsAndMinistersReadTheTrail(String role) {
        assertThat(as("reader", role, () -> audit.changes(ChangeFilter.ALL, PAGE)).getContent()).isNotEmpty();
        assertThat(as("reader", role, () -> audit.securityEvents(SecurityEventFilter.ALL, PAGE))).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PROJECT_MANAGER", "UNESCO_ADVISOR"})
    void otherRolesAreRefusedAndTheRefusalIsRecorded(String role) {
        String user = "curious-" + role.toLowerCase();
        assertThatThrownBy(() -> as(user, role, () -> audit.changes(ChangeFilter.ALL, PAGE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(user, role, () -> audit.securityEvents(SecurityEventFilter.ALL, PAGE)))
                .isInstanceOf(AccessDeniedException.class);

        List<SecurityEventRow> refusals = as("admin", "ADMIN", () -> audit.securityEvents(
                new SecurityEventFilter(user, SecurityEventKind.ACCESS_DENIED, null, null), PAGE)).getContent();
        assertThat(refusals).hasSize(2).allSatisfy(row -> {
            assertThat(row.username()).isEqualTo(user);
            assertThat(row.detail()).startsWith("AuditService.");
            assertThat(row.occurredAt()).isNotNull();
        });
    }

    @Test
    void anonymousCallersAreRefused() {
        var previous = securityContext.getContext().getAuthentication();
        securityContext.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        try {
            assertThatThrownBy(() -> audit.changes(ChangeFilter.ALL, PAGE)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.securityEvents(SecurityEventFilter.ALL, PAGE))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            securityContext.getContext().setAuthentication(previous);
        }
    }

    @Test
    void anUnknownEntityTypeFindsNothingRatherThanFailing() {
        assertThat(history("ADMIN", "app_user; drop table kpi", null)).isEmpty();
    }
}
