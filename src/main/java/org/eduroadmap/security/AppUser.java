package org.eduroadmap.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import org.eduroadmap.base.Language;
import org.eduroadmap.organisation.Organisation;

@Entity
@Audited
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true)
    private String username;

    /** Kept out of the history: a password change is recorded as a security event instead. */
    @NotAudited
    @Column(nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private String fullName;

    private String jobTitle;

    /** Where notices are also sent when e-mail delivery is configured; none means in-app only. */
    private String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(nullable = false)
    private String language = Language.EN.tag();

    private boolean enabled = true;

    /** Sessions signed in under an older generation end at their next request; see {@link SessionGuard}. */
    @NotAudited
    @Column(nullable = false)
    private int sessionGeneration;

    protected AppUser() {
    }

    public AppUser(String username, String passwordHash, String fullName, Role role, Organisation organisation) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.role = role;
        this.organisation = organisation;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getFullName() {
        return fullName;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Role getRole() {
        return role;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public Language getLanguage() {
        return Language.ofTag(language);
    }

    public void setLanguage(Language language) {
        this.language = language.tag();
    }

    public boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public long getVersion() {
        return version;
    }

    int getSessionGeneration() {
        return sessionGeneration;
    }

    /** Ends every open session of this user, on every node, at its next request. */
    void endSessions() {
        sessionGeneration++;
    }
}
