package org.eduroadmap.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.RunAs;
import org.eduroadmap.assistance.RequestConversationService;
import org.eduroadmap.base.RuleViolation;
import org.eduroadmap.kpi.KpiCommentService;
import org.eduroadmap.roadmap.BaselineService;

/**
 * Hostile and unusual text through the free-text fields: markup, SQL, every script and emoji are stored exactly
 * as typed (and shown as text, see RequestSectionsIT); invisible control characters and direction overrides are
 * dropped; blank and over-long texts are refused with a message and store nothing. On H2 and PostgreSQL alike
 * (PostgreSQL refuses NUL in text). Rolled back.
 */
@SpringBootTest
@Transactional
class HostileInputIT {

    @Autowired
    KpiCommentService kpiComments;
    @Autowired
    RequestConversationService conversation;
    @Autowired
    BaselineService baselines;
    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    EntityManager entityManager;
    @Autowired
    JdbcTemplate jdbc;

    private record Field(String name, Consumer<String> save, String lastValueQuery) {
    }

    private List<Field> fields() {
        RunAs manager = new RunAs(securityContext);
        return List.of(
                new Field("KPI comment", text -> manager.run("manager", "PROJECT_MANAGER",
                        () -> kpiComments.comment("SDG-4.4.1", text)),
                        "select body from kpi_comment order by id desc"),
                new Field("request comment", text -> manager.run("manager", "PROJECT_MANAGER",
                        () -> conversation.comment("TA-2025-001", text, false)),
                        "select body from request_comment order by id desc"),
                new Field("baseline name", text -> manager.run("manager", "PROJECT_MANAGER",
                        () -> baselines.save(text)),
                        "select name from baseline order by id desc"));
    }

    private String stored(Field field, String typed) {
        field.save().accept(typed);
        entityManager.flush();
        return jdbc.queryForList(field.lastValueQuery(), String.class).getFirst();
    }

    @Test
    void whatPeopleCanSeeIsKeptExactly() {
        List<String> kept = List.of(
                "<img src=x onerror=alert(1)> <script>alert('x')</script>",
                "'; drop table kpi; -- \" OR 1=1",
                "Мектеп 🎓📚 Türkmençe ýüň, ğ, ş, ž; 学校",
                "Line one\nline two\ttabbed");
        int tried = 0;
        for (Field field : fields()) {
            for (String text : kept) {
                assertThat(stored(field, text)).as(field.name()).isEqualTo(text);
                tried++;
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from kpi", Long.class)).isPositive();
        System.out.printf("Hostile input: %d kept-as-typed values tried%n", tried);
    }

    @Test
    void invisibleControlsAndDirectionOverridesAreDropped() {
        for (Field field : fields()) {
            assertThat(stored(field, "report\u0000 of\u0007 the\u001b week")).as(field.name())
                    .isEqualTo("report of the week");
            assertThat(stored(field, "invoice\u202Efdp.exe \u2066isolated\u2069")).as(field.name())
                    .isEqualTo("invoicefdp.exe isolated");
        }
    }

    @Test
    void blankAndOverlongTextIsRefusedWithAMessageAndNothingStored() {
        for (Field field : fields()) {
            long before = jdbc.queryForList(field.lastValueQuery(), String.class).size();
            for (String refused : List.of("", "   \n\t ", "\u0000\u0000", "x".repeat(100_000))) {
                assertThatThrownBy(() -> field.save().accept(refused)).as(field.name())
                        .isInstanceOfSatisfying(RuleViolation.class,
                                violation -> assertThat(violation.messageKey()).isNotBlank());
            }
            assertThat(jdbc.queryForList(field.lastValueQuery(), String.class)).as(field.name()).hasSize((int) before);
        }
    }
}
