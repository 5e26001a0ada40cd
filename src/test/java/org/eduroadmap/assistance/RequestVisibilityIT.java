package org.eduroadmap.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

import com.jayway.jsonpath.JsonPath;

import org.eduroadmap.RunAs;
import org.eduroadmap.TestClock;
import org.eduroadmap.api.ApiScope;
import org.eduroadmap.api.ApiTokenService;
import org.eduroadmap.base.RuleViolation;
import org.eduroadmap.notification.NotificationKind;
import org.eduroadmap.roadmap.Choice;

/**
 * Who finds which request, on the demo requests: the ministry and the administration every one, a UNESCO
 * advisor only those sent to their own office. For an advisor, a request they may not see answers exactly
 * like a number that does not exist, wherever they reach for it. Rolled back.
 */
@SpringBootTest
@Import(TestClock.class)
@Transactional
class RequestVisibilityIT {

    /** A draft to IITE, linked to an activity and a KPI. */
    private static final String DRAFT = "TA-2026-003";
    /** Sent to IITE, waiting for the ministry's answer; Anna Sokolova ("advisor", IITE) assigned. */
    private static final String TO_IITE = "TA-2025-001";
    /** Sent to the Tehran office, nobody assigned. */
    private static final String TO_TEHRAN = "TA-2026-001";
    private static final String NO_SUCH = "TA-1999-999";
    /** The requests sent to IITE in the demo data, the draft aside. */
    private static final List<String> IITE_SENT = List.of("TA-2023-001", "TA-2024-001", "TA-2025-001");

    @Autowired
    AssistanceService assistance;
    @Autowired
    RequestWorkflowService workflow;
    @Autowired
    RequestEditingService editing;
    @Autowired
    RequestConversationService conversation;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    EntityManager entityManager;
    @Autowired
    WebApplicationContext context;

    private <T> T as(String user, String role, Supplier<T> action) {
        return new RunAs(securityContext).as(user, role, action);
    }

    private List<String> listed(String user, String role, RequestFilter filter) {
        return as(user, role, () -> assistance.list(filter, PageRequest.of(0, 100)).map(ListedRequest::number)
                .getContent());
    }

    private List<String> onTheBoard(String user, String role) {
        return as(user, role, () -> assistance.board(RequestFilter.none(), 100).values().stream()
                .flatMap(lane -> lane.getContent().stream()).map(ListedRequest::number).toList());
    }

    private static RequestFilter text(String words) {
        return new RequestFilter(null, null, null, null, false, false, words);
    }

    private long notices(String username, NotificationKind kind) {
        return entityManager.createQuery("select count(n) from Notification n where n.recipient.username = :user "
                + "and n.kind = :kind", Long.class).setParameter("user", username).setParameter("kind", kind)
                .getSingleResult();
    }

    private Long tehranId() {
        return as("manager", "PROJECT_MANAGER", () -> assistance.unescoOffices()).stream()
                .filter(office -> office.label(Locale.ENGLISH).contains("Tehran")).findFirst().orElseThrow().id();
    }

    private long attachPdf(String number) {
        byte[] pdf = "%PDF-1.4 concept note".getBytes(StandardCharsets.US_ASCII);
        return as("manager", "PROJECT_MANAGER", () -> attachments.upload(number, "concept-note.pdf", pdf)).id();
    }

    private String messageKey(Runnable call) {
        try {
            call.run();
        } catch (RuleViolation refused) {
            return refused.messageKey();
        }
        throw new AssertionError("not refused");
    }

    @ParameterizedTest
    @CsvSource({"minister, MINISTER", "manager, PROJECT_MANAGER", "admin, ADMIN"})
    void theMinistryAndTheAdministrationFindEveryRequest(String user, String role) {
        for (String number : List.of(DRAFT, TO_IITE, TO_TEHRAN)) {
            assertThat(as(user, role, () -> workflow.detail(number))).as(number).isPresent();
            assertThat(as(user, role, () -> editing.draft(number))).as(number).isPresent();
        }
        assertThat(listed(user, role, RequestFilter.none())).contains(DRAFT, TO_IITE, TO_TEHRAN).hasSize(6);
        assertThat(listed(user, role, text("open educational"))).containsExactly(DRAFT);
        assertThat(onTheBoard(user, role)).contains(DRAFT, TO_IITE, TO_TEHRAN);
        assertThat(as(user, role, () -> assistance.pipeline()).get(RequestStatus.DRAFT)).isEqualTo(1);
        assertThat(as(user, role, () -> assistance.requestsForKpi("MOE-DIGITAL-TEXTBOOKS")))
                .extracting(RequestRow::number).containsExactly(DRAFT);
        assertThat(as(user, role, () -> assistance.requests(PageRequest.of(0, 100))).getContent()).hasSize(6);
        long attachment = attachPdf(DRAFT);
        assertThat(as(user, role, () -> attachments.download(attachment)).fileName()).isEqualTo("concept-note.pdf");
        assertThat(as(user, role, () -> attachments.attachments(DRAFT))).hasSize(1);
    }

    @Test
    void anAdvisorFindsOnlyTheRequestsSentToTheirOffice() {
        assertThat(as("advisor", "UNESCO_ADVISOR", () -> workflow.detail(TO_IITE))).isPresent();
        assertThat(as("advisor", "UNESCO_ADVISOR", () -> workflow.detail(DRAFT))).isEmpty();
        assertThat(as("advisor", "UNESCO_ADVISOR", () -> workflow.detail(TO_TEHRAN))).isEmpty();
        assertThat(as("advisor", "UNESCO_ADVISOR", () -> editing.draft(DRAFT))).isEmpty();

        assertThat(listed("advisor", "UNESCO_ADVISOR", RequestFilter.none()))
                .containsExactlyInAnyOrderElementsOf(IITE_SENT);
        assertThat(onTheBoard("advisor", "UNESCO_ADVISOR")).containsExactlyInAnyOrderElementsOf(IITE_SENT);
        assertThat(listed("advisor", "UNESCO_ADVISOR", text("open educational"))).isEmpty();
        assertThat(listed("advisor", "UNESCO_ADVISOR", text("connectivity"))).isEmpty();
        assertThat(listed("advisor", "UNESCO_ADVISOR",
                new RequestFilter(RequestStatus.DRAFT, null, null, null, false, false, null))).isEmpty();
        assertThat(listed("advisor", "UNESCO_ADVISOR",
                new RequestFilter(null, null, null, tehranId(), false, false, null))).isEmpty();
        assertThat(listed("advisor", "UNESCO_ADVISOR",
                new RequestFilter(null, null, null, null, true, false, null))).containsExactlyInAnyOrder(
                "TA-2024-001", TO_IITE);
        assertThat(listed("gelkhoury", "UNESCO_ADVISOR",
                new RequestFilter(null, null, null, null, false, true, null))).containsExactly(TO_TEHRAN);

        var pipeline = as("advisor", "UNESCO_ADVISOR", () -> assistance.pipeline());
        assertThat(pipeline.get(RequestStatus.DRAFT)).isZero();
        assertThat(pipeline.get(RequestStatus.SUBMITTED)).isZero();
        assertThat(pipeline.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(3);
        assertThat(as("advisor", "UNESCO_ADVISOR", () -> assistance.requestsForKpi("MOE-DIGITAL-TEXTBOOKS"))).isEmpty();
        assertThat(as("advisor", "UNESCO_ADVISOR", () -> assistance.requestsForKpi("SDG-4.a.1b"))).isEmpty();
        assertThat(as("advisor", "UNESCO_ADVISOR", () -> assistance.requests(PageRequest.of(0, 100))))
                .extracting(RequestRow::number).containsExactlyInAnyOrderElementsOf(IITE_SENT);
    }

    @Test
    void anAdvisorOfAnotherOfficeFindsNoneOfIitesRequests() {
        for (String number : List.of(DRAFT, TO_IITE)) {
            assertThat(as("gelkhoury", "UNESCO_ADVISOR", () -> workflow.detail(number))).as(number).isEmpty();
        }
        assertThat(as("gelkhoury", "UNESCO_ADVISOR", () -> workflow.detail(TO_TEHRAN))).isPresent();
        assertThat(listed("gelkhoury", "UNESCO_ADVISOR", RequestFilter.none())).containsExactly(TO_TEHRAN);
        assertThat(as("gelkhoury", "UNESCO_ADVISOR", () -> conversation.conversation(TO_IITE))).isEmpty();
        assertThat(as("gelkhoury", "UNESCO_ADVISOR", () -> conversation.conversation(TO_TEHRAN))).isNotEmpty();
    }

    @Test
    void forAnAdvisorARequestTheyMayNotSeeAnswersLikeOneThatDoesNotExist() {
        for (String hidden : List.of(DRAFT, TO_TEHRAN)) {
            long version = as("minister", "MINISTER", () -> workflow.detail(hidden)).orElseThrow().version();
            for (String number : List.of(hidden, NO_SUCH)) {
                assertThat(as("advisor", "UNESCO_ADVISOR", () -> workflow.availableActions(number))).isEmpty();
                assertThat(as("advisor", "UNESCO_ADVISOR", () -> workflow.assignableAdvisors(number))).isEmpty();
                assertThat(messageKey(() -> as("advisor", "UNESCO_ADVISOR",
                        () -> workflow.perform(number, version, RequestAction.TAKE, null))))
                        .isEqualTo("request.error.gone");
                assertThat(as("advisor", "UNESCO_ADVISOR", () -> conversation.conversation(number))).isEmpty();
                assertThat(messageKey(() -> as("advisor", "UNESCO_ADVISOR",
                        () -> conversation.comment(number, "Any news?", false))))
                        .isEqualTo("conversation.error.request");
                assertThat(as("advisor", "UNESCO_ADVISOR", () -> attachments.attachments(number))).isEmpty();
                assertThat(messageKey(() -> as("advisor", "UNESCO_ADVISOR", () -> attachments.upload(number,
                        "note.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))))
                        .isEqualTo("conversation.error.request");
            }
        }
        assertThat(as("minister", "MINISTER", () -> workflow.detail(TO_TEHRAN)).orElseThrow().status())
                .isEqualTo(RequestStatus.SUBMITTED);
        assertThat(as("minister", "MINISTER", () -> conversation.conversation(DRAFT))).isEmpty();
    }

    @Test
    void anAttachmentOfARequestAnAdvisorMayNotSeeIsNotFound() {
        long onDraft = attachPdf(DRAFT);
        long onSent = attachPdf(TO_IITE);
        long missing = onDraft + 100_000;
        for (long id : List.of(onDraft, missing)) {
            assertThat(messageKey(() -> as("advisor", "UNESCO_ADVISOR", () -> attachments.download(id))))
                    .isEqualTo("attachment.error.missing");
            assertThat(messageKey(() -> as("advisor", "UNESCO_ADVISOR", () -> {
                attachments.delete(id);
                return null;
            }))).isEqualTo("attachment.error.missing");
        }
        assertThat(as("advisor", "UNESCO_ADVISOR", () -> attachments.download(onSent)).fileName())
                .isEqualTo("concept-note.pdf");
        assertThat(messageKey(() -> as("gelkhoury", "UNESCO_ADVISOR", () -> attachments.download(onSent))))
                .isEqualTo("attachment.error.missing");
        assertThat(as("minister", "MINISTER", () -> attachments.download(onDraft)).fileName())
                .isEqualTo("concept-note.pdf");
    }

    @Test
    void whatAnAdvisorSeesFollowsTheRequestsCurrentStatusAndOffice() {
        // Withdrawn before it was ever sent: still the ministry's own.
        long draftVersion = as("manager", "PROJECT_MANAGER", () -> workflow.detail(DRAFT)).orElseThrow().version();
        as("manager", "PROJECT_MANAGER", () -> workflow.perform(DRAFT, draftVersion, RequestAction.WITHDRAW, null));
        assertThat(as("advisor", "UNESCO_ADVISOR", () -> workflow.detail(DRAFT))).isEmpty();

        // Withdrawn after it was sent: the office keeps seeing what it was sent.
        long tehranVersion = as("manager", "PROJECT_MANAGER", () -> workflow.detail(TO_TEHRAN)).orElseThrow().version();
        as("manager", "PROJECT_MANAGER",
                () -> workflow.perform(TO_TEHRAN, tehranVersion, RequestAction.WITHDRAW, null));
        assertThat(as("gelkhoury", "UNESCO_ADVISOR", () -> workflow.detail(TO_TEHRAN)).orElseThrow().status())
                .isEqualTo(RequestStatus.WITHDRAWN);

        // Sent elsewhere while it waits for information: the first office loses it, the other finds it.
        Long ownComment = as("minister", "MINISTER", () -> conversation.conversation(TO_IITE)).stream()
                .filter(comment -> comment.authorUsername().equals("advisor")).findFirst().orElseThrow().id();
        RequestDraft readdressed = as("manager", "PROJECT_MANAGER", () -> editing.draft(TO_IITE)).orElseThrow();
        readdressed.setAddressedOrganisation(new Choice(tehranId(), null));
        readdressed.setDueDate(LocalDate.ofInstant(TestClock.NOW, ZoneOffset.UTC).plusMonths(1));
        as("manager", "PROJECT_MANAGER", () -> editing.save(readdressed));
        assertThat(as("advisor", "UNESCO_ADVISOR", () -> workflow.detail(TO_IITE))).isEmpty();
        assertThat(as("gelkhoury", "UNESCO_ADVISOR", () -> workflow.detail(TO_IITE))).isPresent();
        assertThat(messageKey(() -> as("advisor", "UNESCO_ADVISOR", () -> {
            conversation.edit(ownComment, "Reworded");
            return null;
        }))).isEqualTo("conversation.error.comment");

        // The assigned advisor of the first office is no longer told of its steps or comments.
        long transitionsBefore = notices("advisor", NotificationKind.REQUEST_TRANSITION);
        long commentsBefore = notices("advisor", NotificationKind.REQUEST_COMMENT);
        long version = as("manager", "PROJECT_MANAGER", () -> workflow.detail(TO_IITE)).orElseThrow().version();
        as("manager", "PROJECT_MANAGER", () -> workflow.perform(TO_IITE, version, RequestAction.ANSWER,
                "40 master trainers per velayat."));
        as("manager", "PROJECT_MANAGER", () -> conversation.comment(TO_IITE, "The dates follow.", false));
        assertThat(notices("advisor", NotificationKind.REQUEST_TRANSITION)).isEqualTo(transitionsBefore);
        assertThat(notices("advisor", NotificationKind.REQUEST_COMMENT)).isEqualTo(commentsBefore);
    }

    @Test
    void submittingADraftShowsItToTheAddressedOfficeOnly() {
        assertThat(listed("advisor", "UNESCO_ADVISOR", RequestFilter.none())).doesNotContain(DRAFT);
        long version = as("manager", "PROJECT_MANAGER", () -> workflow.detail(DRAFT)).orElseThrow().version();
        as("manager", "PROJECT_MANAGER", () -> workflow.perform(DRAFT, version, RequestAction.SUBMIT, null));
        assertThat(as("advisor", "UNESCO_ADVISOR", () -> workflow.detail(DRAFT))).isPresent();
        assertThat(listed("advisor", "UNESCO_ADVISOR", RequestFilter.none())).contains(DRAFT);
        assertThat(as("advisor", "UNESCO_ADVISOR", () -> workflow.availableActions(DRAFT)))
                .containsExactly(RequestAction.TAKE, RequestAction.ASSIGN);
        assertThat(as("gelkhoury", "UNESCO_ADVISOR", () -> workflow.detail(DRAFT))).isEmpty();
    }

    @Test
    void nobodyIsToldOfAMentionOnARequestTheyMayNotSee() {
        long advisorBefore = notices("advisor", NotificationKind.REQUEST_MENTION);
        long ministerBefore = notices("minister", NotificationKind.REQUEST_MENTION);
        as("manager", "PROJECT_MANAGER", () -> conversation.comment(DRAFT,
                "@advisor @minister a first look before we send it?", false));
        assertThat(notices("advisor", NotificationKind.REQUEST_MENTION)).isEqualTo(advisorBefore);
        assertThat(notices("minister", NotificationKind.REQUEST_MENTION)).isEqualTo(ministerBefore + 1);

        long gelkhouryBefore = notices("gelkhoury", NotificationKind.REQUEST_MENTION);
        as("advisor", "UNESCO_ADVISOR", () -> conversation.comment(TO_IITE, "@gelkhoury any similar work?", false));
        assertThat(notices("gelkhoury", NotificationKind.REQUEST_MENTION)).isEqualTo(gelkhouryBefore);
    }

    @Test
    void anonymousCallersReachNoRequest() {
        securityContext.clearContext();
        List<Runnable> calls = List.of(
                () -> workflow.detail(TO_IITE),
                () -> assistance.list(RequestFilter.none(), PageRequest.of(0, 10)),
                () -> assistance.board(RequestFilter.none(), 10),
                () -> assistance.pipeline(),
                () -> assistance.requests(PageRequest.of(0, 10)),
                () -> conversation.conversation(TO_IITE),
                () -> conversation.comment(TO_IITE, "Hello", false),
                () -> workflow.perform(TO_IITE, 0, RequestAction.ANSWER, "x"),
                () -> attachments.attachments(TO_IITE),
                () -> attachments.download(1));
        for (Runnable call : calls) {
            assertThatThrownBy(call::run).isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        }
    }

    @Test
    void theApiReadsAsTheAdministrationThatIssuedTheTokenAndNoUserSessionGetsIn() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String secret = as("admin", "ADMIN", () -> tokens.create("Visibility check", EnumSet.of(ApiScope.READ)))
                .secret();
        String body = mvc.perform(get("/api/v1/requests").param("size", "100")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> numbers = JsonPath.read(body, "$.items[*].number");
        assertThat(numbers).contains(DRAFT, TO_IITE, TO_TEHRAN).hasSize(6);
        assertThat((Integer) JsonPath.read(body, "$.total")).isEqualTo(6);

        mvc.perform(get("/api/v1/requests")).andExpect(status().isUnauthorized());
        for (String role : List.of("UNESCO_ADVISOR", "MINISTER", "PROJECT_MANAGER", "ADMIN")) {
            mvc.perform(get("/api/v1/requests").with(user("advisor").roles(role)))
                    .andExpect(status().is4xxClientError());
        }
    }
}
