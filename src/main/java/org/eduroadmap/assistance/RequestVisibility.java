package org.eduroadmap.assistance;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import org.eduroadmap.organisation.Organisation;
import org.eduroadmap.security.AppUser;
import org.eduroadmap.security.AppUserRepository;
import org.eduroadmap.security.Role;

/**
 * Which requests a user may see, the one place that says so. The ministry and the administration
 * (ministers, project managers, administrators) see every request. A UNESCO advisor sees a request once
 * the ministry has sent it (submitted, and not a draft) and only when it is addressed to the advisor's own
 * office, whatever its status now (a draft withdrawn before it was ever sent stays the ministry's). Everything
 * else is, for them, a request that does not exist. An API token reads as the administration that issued it.
 * <p>
 * Every query that reads requests adds {@link #CONDITION} to its {@code where} clause (or, when built per call,
 * {@link #OFFICE_CONDITION} for an advisor), so an invisible request never leaves the database and no caller
 * can tell it from a missing one.
 */
@Component
class RequestVisibility {

    /** An advisor's part of the rule, after the office: the ministry has sent the request. */
    private static final String SENT_TO_THE_OFFICE =
            " and r.status <> org.eduroadmap.assistance.RequestStatus.DRAFT and r.submittedAt is not null";

    /**
     * The rule as a JPQL condition on a request aliased {@code r}, for a method parameter
     * {@code RequestViewer viewer}. A {@code null} organisation (the ministry and the administration) lets
     * every request through; an advisor's is their office's id.
     */
    static final String CONDITION = " (:#{#viewer.limitedToOrganisation()} is null or (r.addressedOrganisation.id"
            + " = :#{#viewer.limitedToOrganisation()}" + SENT_TO_THE_OFFICE + ")) ";

    /**
     * The same for a query written for a viewer known to be limited to an office, with a parameter
     * {@code office}: for a query built from only the conditions that apply (see {@link RequestListQueries}).
     */
    static final String OFFICE_CONDITION = " (r.addressedOrganisation.id = :office" + SENT_TO_THE_OFFICE + ") ";


    /** Sees no request at all: no user, or an advisor without an office. */
    private static final RequestViewer NOBODY = new RequestViewer(-1L);
    private static final RequestViewer EVERY_REQUEST = new RequestViewer(null);
    /** The authority of an API token allowed to read (named in the API's security rules). */
    private static final String API_READ_SCOPE = "SCOPE_read";

    private final AssistanceRequestRepository requests;
    private final AppUserRepository users;
    private final SecurityContextHolderStrategy securityContext;

    RequestVisibility(AssistanceRequestRepository requests, AppUserRepository users,
                      SecurityContextHolderStrategy securityContext) {
        this.requests = requests;
        this.users = users;
        this.securityContext = securityContext;
    }

    /**
     * Whoever is signed in, by the role the sign-in carries (as every service rule reads it): only an
     * advisor's office is read from the database, so the ministry's screens pay no extra statement. An API
     * token is no user: an administrator issues it to another system (the EMIS) to read with the
     * administration's view, so a caller holding the token's read scope sees every request.
     */
    RequestViewer current() {
        var authentication = securityContext.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return NOBODY;
        }
        Set<String> granted = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        if (granted.contains(API_READ_SCOPE)) {
            return EVERY_REQUEST;
        }
        // The most limited role first, should a sign-in ever carry two.
        return Stream.of(Role.UNESCO_ADVISOR, Role.MINISTER, Role.PROJECT_MANAGER, Role.ADMIN)
                .filter(role -> granted.contains(role.authority())).findFirst()
                .map(role -> of(role, () -> users.findByUsername(authentication.getName())
                        .map(AppUser::getOrganisation).map(Organisation::getId)))
                .orElse(NOBODY);
    }

    static RequestViewer of(AppUser user) {
        return of(user.getRole(), () -> Optional.ofNullable(user.getOrganisation()).map(Organisation::getId));
    }

    /** The rule's Java half: which roles see every request, and whose office limits an advisor. */
    private static RequestViewer of(Role role, Supplier<Optional<Long>> office) {
        return switch (role) {
            case MINISTER, PROJECT_MANAGER, ADMIN -> EVERY_REQUEST;
            case UNESCO_ADVISOR -> office.get().map(RequestViewer::new).orElse(NOBODY);
        };
    }

    /** Whether the user may see the request now: who may be told about it, or mentioned on it. */
    boolean sees(AppUser user, long requestId) {
        return requests.countVisible(requestId, of(user)) > 0;
    }
}
