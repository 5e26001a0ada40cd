package org.eduroadmap.assistance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code request_tally} in step with the requests: how many each office holds in each status, split by
 * whether the ministry has sent them (what an advisor's pipeline needs). A change of a request's office, status
 * or sending moves one request from its old count to its new one in the same transaction, each count updated in
 * place so that two changes never lose each other; every start recounts all (the counts locked meanwhile), so
 * requests written by other means (demo or scale data, a restored backup) are counted too.
 */
@Component
@Order(100)
class RequestTallies implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RequestTallies.class);

    /** Where a request is counted. */
    record Place(long officeId, RequestStatus status, boolean sent) {

        static Place of(AssistanceRequest request) {
            return new Place(request.getAddressedOrganisation().getId(), request.getStatus(),
                    request.getSubmittedAt() != null);
        }
    }

    /** One order for every transaction's updates, so that two never wait for each other in a circle. */
    private static final Comparator<Place> ORDER = Comparator.comparingLong(Place::officeId)
            .thenComparing(Place::status).thenComparing(Place::sent);

    private final JdbcTemplate jdbc;

    RequestTallies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts a request where it now is, and no longer where it was ({@code null} for a new request). */
    @Transactional(propagation = Propagation.MANDATORY)
    void moved(Place from, Place to) {
        if (to.equals(from)) {
            return;
        }
        if (from == null) {
            add(to, 1);
        } else if (ORDER.compare(from, to) < 0) {
            add(from, -1);
            add(to, 1);
        } else {
            add(to, 1);
            add(from, -1);
        }
    }

    private void add(Place place, long change) {
        if (jdbc.update("update request_tally set requests = requests + ? where addressed_org_id = ? and status = ?"
                + " and sent = ?", change, place.officeId(), place.status().name(), place.sent()) == 0) {
            jdbc.update("insert into request_tally (addressed_org_id, status, sent, requests) values (?, ?, ?, ?)",
                    place.officeId(), place.status().name(), place.sent(), change);
        }
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        // Locked first: a change under way on another node waits, then adds itself to the new count.
        Map<Place, Long> kept = new HashMap<>();
        jdbc.query("select addressed_org_id, status, sent, requests from request_tally order by addressed_org_id,"
                + " status, sent for update", row -> {
            kept.put(new Place(row.getLong(1), RequestStatus.valueOf(row.getString(2)), row.getBoolean(3)),
                    row.getLong(4));
        });
        Map<Place, Long> counted = new HashMap<>();
        jdbc.query("""
                select addressed_org_id, status, sent, count(*) from (
                    select addressed_org_id, status, submitted_at is not null as sent from assistance_request) r
                group by addressed_org_id, status, sent""", row -> {
            counted.put(new Place(row.getLong(1), RequestStatus.valueOf(row.getString(2)), row.getBoolean(3)),
                    row.getLong(4));
        });
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        kept.forEach((place, requests) -> {
            long now = counted.getOrDefault(place, 0L);
            if (now != requests) {
                updates.add(new Object[]{now, place.officeId(), place.status().name(), place.sent()});
            }
        });
        counted.forEach((place, requests) -> {
            if (!kept.containsKey(place)) {
                inserts.add(new Object[]{place.officeId(), place.status().name(), place.sent(), requests});
            }
        });
        jdbc.batchUpdate("update request_tally set requests = ? where addressed_org_id = ? and status = ?"
                + " and sent = ?", updates);
        jdbc.batchUpdate("insert into request_tally (addressed_org_id, status, sent, requests) values (?, ?, ?, ?)",
                inserts);
        log.info("Requests recounted by office and status in {} ms: {} counts changed, {} new.",
                (System.nanoTime() - started) / 1_000_000, updates.size(), inserts.size());
    }
}
