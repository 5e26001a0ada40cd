package org.eduroadmap.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.RunAs;
import org.eduroadmap.TestClock;
import org.eduroadmap.roadmap.Choice;

/**
 * The dashboard's pipeline comes from counts kept per office and status: after every kind of change of a
 * request, each viewer's pipeline still equals what counting their requests one by one gives. Rolled back.
 */
@SpringBootTest
@Import(TestClock.class)
@Transactional
class RequestTalliesIT {

    @Autowired
    RequestEditingService editing;
    @Autowired
    RequestWorkflowService workflow;
    @Autowired
    AssistanceService assistance;
    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    EntityManager entityManager;

    private <T> T as(String user, String role, Supplier<T> action) {
        return new RunAs(securityContext).as(user, role, action);
    }

    /** Each viewer's requests counted one by one: everyone's for the minister, the sent ones of an office else. */
    private Map<RequestStatus, Long> counted(String advisor) {
        Map<RequestStatus, Long> counts = new EnumMap<>(RequestStatus.class);
        for (RequestStatus status : RequestStatus.values()) {
            counts.put(status, 0L);
        }
        List<AssistanceRequest> all = entityManager.createQuery("select r from AssistanceRequest r",
                AssistanceRequest.class).getResultList();
        Long office = advisor == null ? null : entityManager.createQuery(
                "select u.organisation.id from AppUser u where u.username = :username", Long.class)
                .setParameter("username", advisor).getSingleResult();
        all.stream().filter(request -> office == null || (request.getAddressedOrganisation().getId().equals(office)
                        && request.getStatus() != RequestStatus.DRAFT && request.getSubmittedAt() != null))
                .forEach(request -> counts.merge(request.getStatus(), 1L, Long::sum));
        return counts;
    }

    private void assertPipelinesMatchTheRequests() {
        entityManager.flush();
        assertThat(as("minister", "MINISTER", () -> assistance.pipeline())).isEqualTo(counted(null));
        for (String advisor : List.of("advisor", "gelkhoury")) {
            assertThat(as(advisor, "UNESCO_ADVISOR", () -> assistance.pipeline())).as(advisor)
                    .isEqualTo(counted(advisor));
        }
    }

    private RequestDetail detail(String number) {
        return as("minister", "MINISTER", () -> workflow.detail(number).orElseThrow());
    }

    private void perform(String user, String role, String number, RequestAction action, String text) {
        as(user, role, () -> workflow.perform(number, detail(number).version(), action, text));
    }

    @Test
    void everyViewersPipelineFollowsEveryChangeOfARequest() {
        assertPipelinesMatchTheRequests();
        List<Choice> offices = as("manager", "PROJECT_MANAGER", () -> assistance.unescoOffices());
        Choice tehran = offices.stream().filter(office -> office.name().en().contains("Tehran")).findFirst()
                .orElseThrow();
        Choice other = offices.stream().filter(office -> office != tehran).findFirst().orElseThrow();

        // A new draft counts for the ministry only, wherever it is addressed.
        RequestDraft draft = new RequestDraft();
        draft.setTitle("School connectivity mapping");
        draft.setDescription("Advice on mapping the connectivity of every school.");
        draft.setCategory(RequestCategory.INFRASTRUCTURE_ASSESSMENT);
        draft.setPriority(RequestPriority.HIGH);
        draft.setAddressedOrganisation(other);
        String number = as("manager", "PROJECT_MANAGER", () -> editing.save(draft));
        assertPipelinesMatchTheRequests();

        // Addressed to another office while still a draft, then sent: the office's advisors count it now.
        RequestDraft readdressed = as("manager", "PROJECT_MANAGER", () -> editing.draft(number)).orElseThrow();
        readdressed.setAddressedOrganisation(tehran);
        as("manager", "PROJECT_MANAGER", () -> editing.save(readdressed));
        assertPipelinesMatchTheRequests();
        perform("manager", "PROJECT_MANAGER", number, RequestAction.SUBMIT, null);
        assertPipelinesMatchTheRequests();

        // Through the advisor's steps to delivery.
        perform("gelkhoury", "UNESCO_ADVISOR", number, RequestAction.TAKE, null);
        assertPipelinesMatchTheRequests();
        perform("gelkhoury", "UNESCO_ADVISOR", number, RequestAction.ASK_FOR_INFORMATION, "Which regions first?");
        assertPipelinesMatchTheRequests();
        assertThat(as("gelkhoury", "UNESCO_ADVISOR", () -> assistance.pipeline()).get(RequestStatus.NEEDS_INFORMATION))
                .isPositive();
    }
}
