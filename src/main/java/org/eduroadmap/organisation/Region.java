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

/** A velayat or a city with velayat status. "National" figures have no region. */
@Entity
@Audited
public class Region {

    public enum Kind { VELAYAT, CITY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true)
    private String code;

    private String isoCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Embedded
    private LocalizedText name;

    private int sortOrder;

    protected Region() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getIsoCode() {
        return isoCode;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalizedText getName() {
        return name;
    }

    public String nameIn(Locale locale) {
        return name.in(locale);
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
