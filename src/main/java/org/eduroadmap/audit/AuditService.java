package org.eduroadmap.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.base.Pages;

/**
 * The audit trail as administrators and ministers read it: who changed which record and how, and who
 * signed in, failed to, or was refused. Nobody else may read it, and nobody may change it.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

    /** The roles that may read the audit trail, as Spring Security authorities. */
    public static final Set<String> READERS = Set.of("ROLE_ADMIN", "ROLE_MINISTER");
    /** Shown instead of the text of an internal note to readers who may not see internal notes. */
    public static final String HIDDEN = "•••";

    private static final String MAY_READ = "hasAnyRole('ADMIN', 'MINISTER')";
    private static final Set<String> INTERNAL_TEXT = Set.of("body");

    private final AuditRevisionRepository revisions;
    private final SecurityEventRepository events;
    private final AuditTables tables;

    AuditService(AuditRevisionRepository revisions, SecurityEventRepository events, AuditTables tables) {
        this.revisions = revisions;
        this.events = events;
        this.tables = tables;
    }

    /** Whether the signed-in user may read the audit trail: decides whether history links are shown. */
    public static boolean currentUserMayRead() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(READERS::contains);
    }

    @PreAuthorize(MAY_READ)
    public Set<String> entityTypes() {
        return tables.entityTypes();
    }

    /** The id of a record known by a natural key, e.g. ("Kpi", "code", "4.4.1"), as far as its history knows it. */
    @PreAuthorize(MAY_READ)
    public java.util.Optional<String> idOf(String entityType, String property, String value) {
        return tables.idOf(entityType, property, value);
    }

    /** Changes newest first, each with its field-level before and after. */
    @PreAuthorize(MAY_READ)
    public Slice<ChangeRow> changes(ChangeFilter filter, Pageable pageable) {
        String entityType = blankToNull(filter.entityType());
        if (entityType != null && !tables.isAudited(entityType)) {
            return new SliceImpl<>(List.of(), pageable, false);
        }
        Slice<ChangeRef> refs = revisions.findChanges(pattern(filter.username()), entityType,
                blankToNull(filter.entityId()), filter.operation() == null ? null : filter.operation().name(),
                start(filter.from()).toEpochMilli(), end(filter.to()).toEpochMilli(), unsorted(pageable));
        Set<String> hidden = currentUserMaySeeInternalNotes() ? Set.of() : INTERNAL_TEXT;
        return refs.map(ref -> new ChangeRow(ref.revision(), ref.at(), ref.username(), ref.entityType(),
                ref.entityId(), Operation.valueOf(ref.operation()), tables.fieldChanges(ref, hidden)));
    }

    /** Security events newest first. */
    @PreAuthorize(MAY_READ)
    public Slice<SecurityEventRow> securityEvents(SecurityEventFilter filter, Pageable pageable) {
        Set<SecurityEventKind> kinds = filter.kind() == null ? EnumSet.allOf(SecurityEventKind.class)
                : EnumSet.of(filter.kind());
        return events.findRows(pattern(filter.username()), kinds, start(filter.from()), end(filter.to()),
                Pages.sortedOr(pageable, Sort.by(Sort.Direction.DESC, "occurredAt", "id")));
    }

    /** Internal notes are for UNESCO advisors and administrators; a minister reads that one was written, not what. */
    private static boolean currentUserMaySeeInternalNotes() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority()));
    }

    private static Pageable unsorted(Pageable pageable) {
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
    }

    private static String pattern(String username) {
        String value = blankToNull(username);
        if (value == null) {
            return null;
        }
        String escaped = value.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Instant start(LocalDate from) {
        return from == null ? Instant.EPOCH : from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant end(LocalDate to) {
        return to == null ? Instant.parse("9999-12-31T00:00:00Z") : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
