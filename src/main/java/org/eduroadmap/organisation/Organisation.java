package org.eduroadmap.organisation;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import org.eduroadmap.base.LocalizedText;

@Entity
@Audited
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationKind kind;

    @Embedded
    private LocalizedText name;

    protected Organisation() {
    }

    public Organisation(String code, OrganisationKind kind, LocalizedText name) {
        this.code = code;
        this.kind = kind;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public LocalizedText getName() {
        return name;
    }

    public String nameIn(Locale locale) {
        return name.in(locale);
    }
}
