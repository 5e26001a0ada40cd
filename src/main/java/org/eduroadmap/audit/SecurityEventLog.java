package org.eduroadmap.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes security events to the audit trail and to the log. Recording runs in its own transaction: a
 * refused action rolls its own work back, but the refusal must stay on record.
 */
@Service
public class SecurityEventLog {

    private static final Logger log = LoggerFactory.getLogger("org.eduroadmap.audit.security");

    private final SecurityEventRepository events;
    private final Clock clock;

    SecurityEventLog(SecurityEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Called by the sign-in machinery and the services themselves, whoever is signed in (or nobody). */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(SecurityEventKind kind, String username, String remoteAddress, String detail) {
        String who = username == null || username.isBlank() ? "-" : username;
        events.save(new SecurityEvent(Instant.now(clock), kind, who, remoteAddress, detail));
        log.info("security event={} user={} address={} detail={}", kind, LogSafe.encode(who),
                LogSafe.encode(remoteAddress), LogSafe.encode(detail));
    }

    /** As {@link #record}, from the address of the request being served, if any. */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFromCurrentRequest(SecurityEventKind kind, String username, String detail) {
        record(kind, username, SecurityEventRecorder.remoteAddress(null), detail);
    }

    /** The latest sign-in outcomes of a username since a moment, newest first: what sign-in throttling reads. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<SignInOutcome> recentSignIns(String username, Instant since, int limit) {
        return events.findSignInOutcomes(username, since, PageRequest.of(0, limit));
    }
}
