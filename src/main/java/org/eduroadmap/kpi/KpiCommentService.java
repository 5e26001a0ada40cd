package org.eduroadmap.kpi;

import java.time.Clock;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.base.InputRules;
import org.eduroadmap.base.RuleViolation;
import org.eduroadmap.security.AppUser;
import org.eduroadmap.security.AppUserRepository;

/** The discussion under a KPI. Every signed-in role reads and writes it, ministers included. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class KpiCommentService {

    public static final int MAX_LENGTH = 4000;

    private final KpiRepository kpis;
    private final KpiCommentRepository comments;
    private final AppUserRepository users;
    private final SecurityContextHolderStrategy securityContext;
    private final Clock clock;

    KpiCommentService(KpiRepository kpis, KpiCommentRepository comments, AppUserRepository users,
                      SecurityContextHolderStrategy securityContext, Clock clock) {
        this.kpis = kpis;
        this.comments = comments;
        this.users = users;
        this.securityContext = securityContext;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CommentRow> comments(String kpiCode) {
        return comments.findForKpi(kpiCode);
    }

    public void comment(String kpiCode, String body) {
        String text = InputRules.required("body", body, MAX_LENGTH, "comment.error.empty", "comment.error.tooLong");
        Kpi kpi = kpis.findByCode(kpiCode).orElseThrow(() -> new RuleViolation(null, "measurement.error.kpi"));
        AppUser author = users.findByUsername(securityContext.getContext().getAuthentication().getName())
                .orElseThrow(() -> new IllegalStateException("Signed-in user not found"));
        comments.save(new KpiComment(kpi, author, text, clock.instant()));
    }
}
