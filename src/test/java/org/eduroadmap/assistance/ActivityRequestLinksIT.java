package org.eduroadmap.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.RunAs;
import org.eduroadmap.TestClock;
import org.eduroadmap.base.RuleViolation;
import org.eduroadmap.organisation.Organisation;
import org.eduroadmap.security.AppUser;
import org.eduroadmap.security.Role;

/**
 * Linking the ministry's requests to a Roadmap activity from the activity's side: only project managers, only
 * their own organisation's requests, every change kept in the request's history. Rolled back.
 */
@SpringBootTest
@Import(TestClock.class)
@Transactional
class ActivityRequestLinksIT {

    /** Linked to the EMIS activity. */
    private static final String EMIS_DESIGN = "TA-2024-001";
    /** Linked to no activity. */
    private static final String CONNECTIVITY = "TA-2026-001";
    /** Linked to the open educational resources activity. */
    private static final String OER = "TA-2026-003";

    @Autowired
    RequestEditingService editing;
    @Autowired
    AssistanceService assistance;
    @Autowired
    RequestWorkflowService workflow;
    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    EntityManager entityManager;

    private <T> T as(String user, String role, Supplier<T> action) {
        return new RunAs(securityContext).as(user, role, action);
    }

    private long id(String number) {
        return entityManager.createQuery("select r.id from AssistanceRequest r where r.number = :number", Long.class)
                .setParameter("number", number).getSingleResult();
    }

    private long activityOf(String number) {
        return entityManager.createQuery("select r.activity.id from AssistanceRequest r where r.number = :number",
                Long.class).setParameter("number", number).getSingleResult();
    }

    private String title(long activityId) {
        return entityManager.createQuery("select a.title.en from Activity a where a.id = :id", String.class)
                .setParameter("id", activityId).getSingleResult();
    }

    private List<String> linkedTo(long activityId) {
        return as("minister", "MINISTER", () -> assistance.requestsForActivity(activityId)).stream()
                .map(RequestRow::number).toList();
    }

    private List<HistoryRow> activityChanges(String number) {
        return as("minister", "MINISTER", () -> workflow.detail(number).orElseThrow()).history().stream()
                .filter(row -> "activity".equals(row.field())).toList();
    }

    @Test
    void aManagerLinksAndUnlinksTheirRequestsAndTheHistoryKeepsIt() {
        long emis = activityOf(EMIS_DESIGN);
        long oerActivity = activityOf(OER);
        assertThat(linkedTo(emis)).containsExactly(EMIS_DESIGN);

        int changed = as("manager", "PROJECT_MANAGER", () -> editing.linkToActivity(emis,
                List.of(id(EMIS_DESIGN), id(CONNECTIVITY), id(OER))));

        assertThat(changed).isEqualTo(2);
        assertThat(linkedTo(emis)).containsExactly(EMIS_DESIGN, CONNECTIVITY, OER);
        assertThat(linkedTo(oerActivity)).isEmpty();
        assertThat(activityChanges(OER)).singleElement().satisfies(change -> {
            assertThat(change.oldValue()).isEqualTo(title(oerActivity));
            assertThat(change.newValue()).isEqualTo(title(emis));
            assertThat(change.actor()).isEqualTo("Merdan Orazov");
        });

        as("manager", "PROJECT_MANAGER", () -> editing.linkToActivity(emis, List.of(id(CONNECTIVITY))));

        assertThat(linkedTo(emis)).containsExactly(CONNECTIVITY);
        assertThat(activityChanges(EMIS_DESIGN)).singleElement()
                .satisfies(change -> assertThat(change.newValue()).isNull());
    }

    @Test
    void onlyProjectManagersLinkRequests() {
        long emis = activityOf(EMIS_DESIGN);
        for (String[] other : new String[][] {{"minister", "MINISTER"}, {"advisor", "UNESCO_ADVISOR"},
                {"admin", "ADMIN"}}) {
            assertThat(as(other[0], other[1], () -> editing.linkableRequests())).isEmpty();
            assertThatThrownBy(() -> as(other[0], other[1], () -> editing.linkToActivity(emis, List.of())))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as("manager", "PROJECT_MANAGER", () -> editing.linkableRequests()))
                .extracting(choice -> choice.name().en().substring(0, 11))
                .contains(EMIS_DESIGN, CONNECTIVITY, OER);
        assertThat(linkedTo(emis)).containsExactly(EMIS_DESIGN);
    }

    @Test
    void aManagerOfAnotherOrganisationCannotTouchTheMinistrysRequests() {
        Organisation elsewhere = entityManager.createQuery("select o from Organisation o where o.code <> 'MOE-TM' "
                + "order by o.code", Organisation.class).setMaxResults(1).getSingleResult();
        entityManager.persist(new AppUser("othermanager", "x", "Other Manager", Role.PROJECT_MANAGER, elsewhere));
        long oerActivity = activityOf(OER);

        assertThatThrownBy(() -> as("othermanager", "PROJECT_MANAGER",
                () -> editing.linkToActivity(oerActivity, List.of(id(CONNECTIVITY)))))
                .isInstanceOf(AccessDeniedException.class);
        // Choosing nothing leaves the other organisation's links alone.
        as("othermanager", "PROJECT_MANAGER", () -> editing.linkToActivity(oerActivity, List.of()));
        assertThat(linkedTo(oerActivity)).containsExactly(OER);
    }

    @Test
    void unknownActivitiesAndRequestsAreRefusedWithoutChange() {
        long emis = activityOf(EMIS_DESIGN);
        assertThatThrownBy(() -> as("manager", "PROJECT_MANAGER", () -> editing.linkToActivity(-1, List.of())))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> as("manager", "PROJECT_MANAGER",
                () -> editing.linkToActivity(emis, List.of(id(CONNECTIVITY), -5L))))
                .isInstanceOf(RuleViolation.class);
        assertThat(linkedTo(emis)).containsExactly(EMIS_DESIGN);
    }
}
