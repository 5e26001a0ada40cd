package org.eduroadmap.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.RunAs;
import org.eduroadmap.TestClock;

/**
 * The request list's filters and sorts, each against what the table holds: every criterion narrows the list
 * exactly, several combine, and pages follow one another without gaps or repeats.
 */
@SpringBootTest
@Import(TestClock.class)
@Transactional
class RequestListIT {

    @Autowired
    AssistanceService assistance;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    private <T> T asMinister(Supplier<T> action) {
        return new RunAs(securityContext).as("minister", "MINISTER", action);
    }

    private List<String> numbers(RequestFilter filter, Sort sort) {
        return asMinister(() -> assistance.list(filter, PageRequest.of(0, 100, sort)).stream()
                .map(ListedRequest::number).toList());
    }

    private List<String> numbersWhere(String condition, Object... arguments) {
        return jdbc.queryForList("select request_number from assistance_request where " + condition
                + " order by request_number", String.class, arguments);
    }

    private static List<String> sorted(List<String> numbers) {
        return numbers.stream().sorted().toList();
    }

    @Test
    void eachCriterionNarrowsTheListToExactlyTheMatchingRequests() {
        Sort byNumber = Sort.by("number");
        for (RequestCategory category : RequestCategory.values()) {
            assertThat(numbers(new RequestFilter(null, category, null, null, false, false, null), byNumber))
                    .as(category.name()).isEqualTo(numbersWhere("category = ?", category.name()));
        }
        for (RequestPriority priority : RequestPriority.values()) {
            assertThat(numbers(new RequestFilter(null, null, priority, null, false, false, null), byNumber))
                    .as(priority.name()).isEqualTo(numbersWhere("priority = ?", priority.name()));
        }
        for (RequestStatus status : RequestStatus.values()) {
            assertThat(numbers(new RequestFilter(status, null, null, null, false, false, null), byNumber))
                    .as(status.name()).isEqualTo(numbersWhere("status = ?", status.name()));
        }
        long iite = jdbc.queryForObject("select id from organisation where code = 'UNESCO-IITE'", Long.class);
        assertThat(numbers(new RequestFilter(null, null, null, iite, false, false, null), byNumber))
                .isNotEmpty().isEqualTo(numbersWhere("addressed_org_id = ?", iite));
        assertThat(numbers(new RequestFilter(null, null, null, null, false, false, "  TRAINERS "), byNumber))
                .isNotEmpty()
                .isEqualTo(numbersWhere("lower(title) like '%trainers%' or lower(description) like '%trainers%'"));
        assertThat(numbers(RequestFilter.none(), byNumber)).isEqualTo(numbersWhere("1 = 1"));
    }

    @Test
    void criteriaCombine() {
        RequestCategory category = RequestCategory.valueOf(jdbc.queryForObject(
                "select category from assistance_request where request_number = 'TA-2025-001'", String.class));
        RequestPriority priority = RequestPriority.valueOf(jdbc.queryForObject(
                "select priority from assistance_request where request_number = 'TA-2025-001'", String.class));
        assertThat(numbers(new RequestFilter(null, category, priority, null, false, false, "trainers"),
                Sort.by("number"))).contains("TA-2025-001")
                .isEqualTo(numbersWhere("category = ? and priority = ? and (lower(title) like '%trainers%' "
                        + "or lower(description) like '%trainers%')", category.name(), priority.name()));
    }

    @Test
    void sortsFollowTheColumnAndPagesNeitherOverlapNorSkip() {
        List<String> byDue = numbers(RequestFilter.none(), Sort.by("dueDate", "number"));
        assertThat(byDue).isEqualTo(jdbc.queryForList(
                "select request_number from assistance_request order by due_date, request_number", String.class));
        List<String> newestFirst = numbers(RequestFilter.none(), Sort.unsorted());
        assertThat(newestFirst).isEqualTo(jdbc.queryForList(
                "select request_number from assistance_request order by created_at desc, id desc", String.class));

        List<String> paged = new ArrayList<>();
        Slice<ListedRequest> page = asMinister(() -> assistance.list(RequestFilter.none(), PageRequest.of(0, 2)));
        while (true) {
            page.forEach(request -> paged.add(request.number()));
            if (!page.hasNext()) {
                break;
            }
            var next = page.nextPageable();
            page = asMinister(() -> assistance.list(RequestFilter.none(), next));
        }
        assertThat(paged).isEqualTo(newestFirst);
        assertThat(sorted(paged)).doesNotHaveDuplicates();
    }

    @Test
    void everyColumnOfTheListSortsBothWays() {
        Map<String, String> columns = Map.of("number", "request_number", "title", "title", "createdAt", "created_at",
                "dueDate", "due_date");
        columns.forEach((property, column) -> {
            for (Sort.Direction direction : Sort.Direction.values()) {
                assertThat(numbers(RequestFilter.none(), Sort.by(direction, property)))
                        .as("%s %s", property, direction)
                        .isEqualTo(jdbc.queryForList("select request_number from assistance_request order by "
                                + column + " " + direction + ", id " + direction, String.class));
            }
        });
    }

    @Test
    void prioritiesSortByUrgencyAndStatusesInWorkflowOrder() {
        for (Sort.Direction direction : Sort.Direction.values()) {
            assertThat(numbers(RequestFilter.none(), Sort.by(direction, "priority"))).as("priority %s", direction)
                    .isEqualTo(inOrder("priority", RequestPriority.class, direction));
            assertThat(numbers(RequestFilter.none(), Sort.by(direction, "status"))).as("status %s", direction)
                    .isEqualTo(inOrder("status", RequestStatus.class, direction));
        }
        // The data tells the two orders apart: by name, its priorities and statuses would come otherwise.
        assertThat(byName("priority")).isNotEqualTo(byRank("priority", RequestPriority.class));
        assertThat(byName("status")).isNotEqualTo(byRank("status", RequestStatus.class));
    }

    private List<String> byName(String column) {
        return jdbc.queryForList("select distinct " + column + " from assistance_request", String.class).stream()
                .sorted().toList();
    }

    private <E extends Enum<E>> List<String> byRank(String column, Class<E> type) {
        return byName(column).stream().sorted(Comparator.comparingInt(name -> Enum.valueOf(type, name).ordinal()))
                .toList();
    }

    /** Every request's number, ordered by the enum's own order of the column's value, then by id, both one way. */
    private <E extends Enum<E>> List<String> inOrder(String column, Class<E> type, Sort.Direction direction) {
        Comparator<Map<String, Object>> byRank = Comparator.comparingInt(
                row -> Enum.valueOf(type, (String) row.get(column)).ordinal());
        return jdbc.queryForList("select request_number, " + column + ", id from assistance_request").stream()
                .sorted(direction.isAscending() ? byRank.thenComparingLong(row -> ((Number) row.get("id")).longValue())
                        : byRank.thenComparingLong(row -> ((Number) row.get("id")).longValue()).reversed())
                .map(row -> (String) row.get("request_number")).toList();
    }
}
