package org.eduroadmap.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.TestClock;
import org.eduroadmap.security.AppUser;
import org.eduroadmap.security.AppUserRepository;

/**
 * Overdue notices on the demo Roadmap as of the test clock's day. Rolled back after each test, so
 * the notices and activity changes made here stay out of other tests.
 */
@SpringBootTest
@Import(TestClock.class)
@Transactional
class OverdueNoticesIT {

    private static final LocalDate TODAY = LocalDate.ofInstant(TestClock.NOW, ZoneOffset.UTC);

    @Autowired
    OverdueNotices overdueNotices;
    @Autowired
    ActivityRepository activities;
    @Autowired
    AppUserRepository users;
    @Autowired
    EntityManager entityManager;

    /** One notice as the database holds it: "username dedupe-key link subject". */
    @SuppressWarnings("unchecked")
    private List<String> notices() {
        entityManager.flush();
        return ((List<Object[]>) entityManager.createNativeQuery("""
                        select u.username, n.dedupe_key, n.link, n.subject_en, n.kind from notification n
                        join app_user u on u.id = n.recipient_id order by n.id""").getResultList())
                .stream().map(row -> row[0] + " " + row[1] + " " + row[2] + " " + row[3] + " " + row[4]).toList();
    }

    private void forgetAllNotices() {
        entityManager.flush();
        entityManager.createNativeQuery("delete from notification").executeUpdate();
    }

    /** What the notices should be, worked out from the timeline rows rather than the query under test. */
    private List<String> expectedNotices() {
        Map<String, String> usernames = users.findAll().stream()
                .collect(Collectors.toMap(AppUser::getFullName, AppUser::getUsername));
        return activities.findTimeline().stream()
                .filter(row -> row.isOverdue(TODAY) && row.responsible() != null)
                .sorted(java.util.Comparator.comparing(ActivityRow::id))
                .map(row -> usernames.get(row.responsible()) + " activity-overdue:" + row.id() + ":" + row.plannedEnd()
                        + " roadmap?activity=" + row.id() + " " + row.title().en() + " ACTIVITY_OVERDUE")
                .toList();
    }

    private ActivityRow row(String title) {
        return activities.findTimeline().stream().filter(row -> row.title().en().equals(title)).findFirst()
                .orElseThrow();
    }

    @Test
    void eachOverdueActivityNotifiesItsResponsiblePersonOnce() {
        forgetAllNotices();

        int added = overdueNotices.notifyOverdue();

        List<String> expected = expectedNotices();
        assertThat(expected).as("the demo has overdue activities with someone responsible").hasSizeGreaterThan(2);
        assertThat(added).isEqualTo(expected.size());
        assertThat(notices()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(notices()).anyMatch(notice -> notice.startsWith("manager ")
                && notice.contains("EMIS pilot in Ahal and Ashgabat schools"));
        assertThat(notices()).as("done activities are not overdue, however old their planned end")
                .noneMatch(notice -> notice.contains("EMIS needs assessment"))
                .noneMatch(notice -> notice.contains("Draft the content of the Roadmap"));

        assertThat(overdueNotices.notifyOverdue()).as("a second run").isZero();
        assertThat(notices()).hasSize(expected.size());
    }

    @Test
    void startupHasAlreadyNotified() {
        assertThat(notices()).containsAll(expectedNotices());
        assertThat(overdueNotices.notifyOverdue()).isZero();
    }

    @Test
    void aCancelledActivityIsNotNotifiedAndARescheduledOneThatSlipsAgainIs() {
        ActivityRow pilot = row("EMIS pilot in Ahal and Ashgabat schools");
        ActivityRow platform = row("Connect schools to the national e-learning platform");
        activities.findById(pilot.id()).orElseThrow()
                .recordProgress(ActivityStatus.CANCELLED, pilot.percentComplete(), pilot.actualStart(), null);
        forgetAllNotices();

        overdueNotices.notifyOverdue();
        assertThat(notices()).noneMatch(notice -> notice.contains("activity-overdue:" + pilot.id() + ":"));
        assertThat(notices()).filteredOn(notice -> notice.contains("activity-overdue:" + platform.id() + ":"))
                .hasSize(1);

        LocalDate newEnd = TODAY.minusDays(1);
        activities.findById(platform.id()).orElseThrow().reschedule(platform.plannedStart(), newEnd);
        assertThat(overdueNotices.notifyOverdue()).isEqualTo(1);
        assertThat(notices()).filteredOn(notice -> notice.contains("activity-overdue:" + platform.id() + ":"))
                .hasSize(2)
                .last().asString().startsWith("manager activity-overdue:" + platform.id() + ":" + newEnd + " ");
    }
}
