package org.eduroadmap.roadmap;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.base.KeptCounts;

/**
 * Keeps each action area's {@link AreaTally}, and the count of open activities per planned end date
 * ({@code open_activity_end}) and per month of it ({@code open_activity_month}), in step with the activities: every
 * change of an activity recounts its areas, end dates and their months, before and after, in the same transaction
 * (the rows locked meanwhile), and every start of the
 * application recounts all, so data written by other means (demo or scale data, a restored backup) is counted
 * too.
 */
@Component
@Order(100)
class RoadmapTallies implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RoadmapTallies.class);

    /** Neither done nor cancelled: what can fall overdue. */
    private static final String OPEN = "status in ('NOT_STARTED', 'IN_PROGRESS', 'ON_HOLD')";

    private final AreaTallyRepository tallies;
    private final ActionAreaRepository areas;
    private final JdbcTemplate jdbc;
    @PersistenceContext
    private EntityManager entityManager;

    RoadmapTallies(AreaTallyRepository tallies, ActionAreaRepository areas, JdbcTemplate jdbc) {
        this.tallies = tallies;
        this.areas = areas;
        this.jdbc = jdbc;
    }

    /** Open activities overdue, and due from today to a day. */
    record OpenCounts(long overdue, long dueSoon) {
    }

    /**
     * Adds up the open activities per month before this one, then per day from the first of this month up to
     * {@code until}: a row per month and per day, not per activity or past day.
     */
    OpenCounts open(LocalDate today, LocalDate until) {
        Object[] sums = (Object[]) entityManager.createNativeQuery("""
                select (select coalesce(sum(activities), 0) from open_activity_month where end_month < :month)
                       + coalesce(sum(case when planned_end < :today then activities else 0 end), 0),
                       coalesce(sum(case when planned_end >= :today then activities else 0 end), 0)
                from open_activity_end where planned_end >= :monthStart and planned_end <= :until""", Object[].class)
                .setParameter("month", month(today)).setParameter("today", today)
                .setParameter("monthStart", today.withDayOfMonth(1)).setParameter("until", until).getSingleResult();
        return new OpenCounts(((Number) sums[0]).longValue(), ((Number) sums[1]).longValue());
    }

    /** A month as {@code open_activity_month} names it: 202611 for November 2026. */
    private static int month(LocalDate day) {
        return day.getYear() * 100 + day.getMonthValue();
    }

    /** The month of a planned end in SQL, as {@link #month(LocalDate)}. */
    private static final String END_MONTH =
            "cast(extract(year from planned_end) * 100 + extract(month from planned_end) as integer)";

    /**
     * Recounts the areas and the end dates an activity was and is in, each in order so that two transactions
     * never wait for each other in a circle.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void recount(Collection<Long> areaIds, Collection<LocalDate> ends) {
        new TreeSet<>(ends).forEach(this::recountEnd);
        // After the days, each month from its days: a transaction holding a month's row waits for no day's.
        ends.stream().map(RoadmapTallies::month).collect(Collectors.toCollection(TreeSet::new))
                .forEach(this::recountMonth);
        for (long areaId : new TreeSet<>(areaIds)) {
            AreaTally tally = tallies.findForUpdate(areaId).orElseGet(() -> new AreaTally(areaId));
            AreaTallyRepository.Sums sums = tallies.count(areaId);
            tally.set(sums.activities().longValue(), sums.percentSum().longValue(), sums.plannedDays().longValue(),
                    sums.weightedDays().longValue());
            tallies.save(tally);
        }
    }

    private void recountEnd(LocalDate end) {
        recount("open_activity_end", "planned_end", end, () -> jdbc.queryForObject(
                "select count(*) from activity where " + OPEN + " and planned_end = ?", Long.class, end));
    }

    private void recountMonth(int month) {
        LocalDate first = LocalDate.of(month / 100, month % 100, 1);
        recount("open_activity_month", "end_month", month, () -> jdbc.queryForObject(
                "select coalesce(sum(activities), 0) from open_activity_end where planned_end >= ? and planned_end <= ?",
                Long.class, first, first.plusMonths(1).minusDays(1)));
    }

    /** Locks a key's row of open activities, counts them again and writes the count if it moved. */
    private void recount(String table, String keyColumn, Object key, Supplier<Long> counting) {
        List<Long> kept = jdbc.queryForList("select activities from " + table + " where " + keyColumn + " = ? for update",
                Long.class, key);
        long open = counting.get();
        if (kept.isEmpty()) {
            // A key never counted before; another transaction may be counting it too.
            if (!KeptCounts.insertIfAbsent(jdbc, "insert into " + table + " (" + keyColumn + ", activities) values (?, ?)",
                    new Object[]{key, open})) {
                recount(table, keyColumn, key, counting);
            }
        } else if (kept.getFirst() != open) {
            jdbc.update("update " + table + " set activities = ? where " + keyColumn + " = ?", open, key);
        }
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        recount(areas.findAll().stream().map(ActionArea::getId).toList(), List.of());
        KeptCounts.rebuild(jdbc, "open_activity_end", List.of("planned_end"), "activities",
                "select planned_end, count(*) from activity where " + OPEN + " group by planned_end");
        KeptCounts.rebuild(jdbc, "open_activity_month", List.of("end_month"), "activities",
                "select " + END_MONTH + ", count(*) from activity where " + OPEN + " group by " + END_MONTH);
        log.info("Roadmap progress and open activities recounted in {} ms.", (System.nanoTime() - started) / 1_000_000);
    }
}
