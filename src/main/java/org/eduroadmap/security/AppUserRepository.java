package org.eduroadmap.security;

import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    /**
     * With the organisation: almost every caller asks for it next. Read on every request of a signed-in user,
     * so written as a query rather than an entity graph: Hibernate translates a query with an entity graph to
     * SQL again on every call, a written one once.
     */
    @Query("select u from AppUser u left join fetch u.organisation where u.username = :username")
    Optional<AppUser> findByUsername(String username);

    @Query("""
            select new org.eduroadmap.security.UserRow(u.id, u.username, u.fullName, u.jobTitle, u.role,
                   o.name, u.language, u.enabled, u.version)
            from AppUser u left join u.organisation o
            """)
    Slice<UserRow> findRows(Pageable pageable);

    long countByRole(Role role);

    /** One indexed lookup per request of a signed-in user; empty when the user no longer exists. */
    @Query("select new org.eduroadmap.security.SessionGuard$Standing(u.enabled, u.sessionGeneration) "
            + "from AppUser u where u.username = :username")
    Optional<SessionGuard.Standing> findStanding(String username);
}
