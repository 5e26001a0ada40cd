package org.eduroadmap.organisation;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reference data every signed-in user reads: organisations and regions. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final RegionRepository regions;

    OrganisationService(OrganisationRepository organisations, RegionRepository regions) {
        this.organisations = organisations;
        this.regions = regions;
    }

    public List<Organisation> organisations() {
        return organisations.findAllByOrderByKindAscCodeAsc();
    }

    public List<Region> regions() {
        return regions.findAllByOrderBySortOrder();
    }
}
