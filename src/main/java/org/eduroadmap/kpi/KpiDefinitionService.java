package org.eduroadmap.kpi;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.base.InputRules;
import org.eduroadmap.base.LocalizedText;
import org.eduroadmap.base.RuleViolation;
import org.eduroadmap.base.SafeText;
import org.eduroadmap.security.AppUser;
import org.eduroadmap.security.AppUserRepository;
import org.eduroadmap.security.Role;

/**
 * Editing what a KPI is: names, unit, baseline, thresholds and targets by year. Administrators edit
 * every KPI; a project manager edits the KPIs their own organisation owns.
 */
@Service
@Transactional
public class KpiDefinitionService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    public static final int NAME_LENGTH = 300;
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int DATA_SOURCE_LENGTH = 500;

    private final KpiRepository kpis;
    private final PriorityAreaRepository priorityAreas;
    private final AppUserRepository users;
    private final org.eduroadmap.organisation.OrganisationRepository organisations;
    private final SecurityContextHolderStrategy securityContext;

    KpiDefinitionService(KpiRepository kpis, PriorityAreaRepository priorityAreas, AppUserRepository users,
                         org.eduroadmap.organisation.OrganisationRepository organisations,
                         SecurityContextHolderStrategy securityContext) {
        this.kpis = kpis;
        this.priorityAreas = priorityAreas;
        this.users = users;
        this.organisations = organisations;
        this.securityContext = securityContext;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<KpiDefinition> definition(String code) {
        return kpis.findByCode(code).map(kpi -> {
            SortedMap<Integer, BigDecimal> targets = new TreeMap<>();
            kpi.getTargets().forEach((year, value) -> targets.put(year, plain(value)));
            return new KpiDefinition(kpi.getCode(), kpi.getName(), kpi.getDescription(),
                    kpi.getPriorityArea().getCode(), kpi.getUnit(), kpi.getDirection(), kpi.getDecimals(),
                    plain(kpi.getBaselineValue()), kpi.getBaselineYear(), plain(kpi.getOnTrackPercent()),
                    plain(kpi.getAtRiskPercent()), kpi.getDataSource(), targets, java.util.EnumSet.copyOf(
                            kpi.getDimensions().isEmpty() ? java.util.EnumSet.noneOf(Dimension.class) : kpi.getDimensions()),
                    kpi.getVersion());
        });
    }

    /** Whether the signed-in user may edit this KPI: the screen shows the editor only then. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mayEdit(String code) {
        return kpis.findByCode(code).map(this::mayEdit).orElse(false);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'PROJECT_MANAGER')")
    public void save(KpiDefinition typed) {
        KpiDefinition definition = cleaned(typed);
        Kpi kpi = kpis.findByCode(definition.code())
                .orElseThrow(() -> new RuleViolation("code", "measurement.error.kpi"));
        if (!mayEdit(kpi)) {
            throw new AccessDeniedException("Only the owning organisation's managers or an administrator may edit "
                    + kpi.getCode());
        }
        if (kpi.getVersion() != definition.version()) {
            throw new ObjectOptimisticLockingFailureException(Kpi.class, kpi.getId());
        }
        PriorityArea area = validate(definition);
        kpi.redefine(definition, area);
    }

    /**
     * A new KPI. An administrator chooses its owner; a project manager's KPIs belong to their own
     * organisation, whatever is asked.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'PROJECT_MANAGER')")
    public void create(KpiDefinition typed, Framework framework, String ownerCode) {
        KpiDefinition definition = cleaned(typed);
        String code = definition.code() == null ? "" : definition.code();
        if (!code.matches("[A-Za-z0-9][A-Za-z0-9.\\-]{1,39}")) {
            throw new RuleViolation("code", "kpi.error.code");
        }
        // Codes differing only in case would be two names for one indicator to a reader.
        if (kpis.existsByCodeIgnoreCase(code)) {
            throw new RuleViolation("code", "kpi.error.codeTaken", code);
        }
        PriorityArea area = validate(definition);
        Authentication authentication = securityContext.getContext().getAuthentication();
        boolean admin = authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(Role.ADMIN.authority()));
        AppUser user = users.findByUsername(authentication.getName()).orElseThrow();
        org.eduroadmap.organisation.Organisation owner = admin
                ? organisations.findByCode(ownerCode == null ? "" : ownerCode)
                        .orElseThrow(() -> new RuleViolation("owner", "kpi.error.owner"))
                : user.getOrganisation();
        if (owner == null) {
            throw new RuleViolation("owner", "kpi.error.owner");
        }
        Kpi kpi = new Kpi(code, definition.name(), framework == null ? Framework.NATIONAL : framework, area,
                definition.unit(), definition.direction(), owner);
        kpi.redefine(definition, area);
        kpis.save(kpi);
    }

    private boolean mayEdit(Kpi kpi) {
        Authentication authentication = securityContext.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        if (authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Role.ADMIN.authority()))) {
            return true;
        }
        return authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(Role.PROJECT_MANAGER.authority()))
                && users.findByUsername(authentication.getName()).map(AppUser::getOrganisation)
                .map(organisation -> organisation.getId().equals(kpi.getOwner().getId())).orElse(false);
    }

    /**
     * The definition with its texts cleaned and stripped, names checked for presence and every text for
     * its column's length, before any other rule looks at them.
     */
    private static KpiDefinition cleaned(KpiDefinition typed) {
        LocalizedText name = typed.name() == null ? LocalizedText.of(null, null, null) : typed.name();
        LocalizedText names = LocalizedText.of(
                InputRules.required("nameEn", name.en(), NAME_LENGTH, "kpi.error.names", "kpi.error.nameLength"),
                InputRules.required("nameRu", name.ru(), NAME_LENGTH, "kpi.error.names", "kpi.error.nameLength"),
                InputRules.required("nameTk", name.tk(), NAME_LENGTH, "kpi.error.names", "kpi.error.nameLength"));
        String code = typed.code() == null ? null : SafeText.clean(typed.code()).strip();
        String description = InputRules.optional("description", typed.description(), DESCRIPTION_LENGTH,
                "kpi.error.descriptionLength");
        String dataSource = InputRules.optional("dataSource", typed.dataSource(), DATA_SOURCE_LENGTH,
                "kpi.error.dataSourceLength");
        return new KpiDefinition(code, names, description, typed.priorityAreaCode(), typed.unit(),
                typed.direction(), typed.decimals(), typed.baselineValue(), typed.baselineYear(),
                typed.onTrackPercent(), typed.atRiskPercent(), dataSource,
                typed.targets() == null ? new TreeMap<>() : typed.targets(),
                typed.dimensions() == null ? Set.of() : typed.dimensions(), typed.version());
    }

    private PriorityArea validate(KpiDefinition definition) {
        PriorityArea area = priorityAreas.findByCode(definition.priorityAreaCode() == null ? ""
                : definition.priorityAreaCode()).orElseThrow(() -> new RuleViolation("priorityArea", "kpi.error.area"));
        if (definition.unit() == null || definition.direction() == null) {
            throw new RuleViolation("unit", "kpi.error.unit");
        }
        if (definition.decimals() < 0 || definition.decimals() > 4) {
            throw new RuleViolation("decimals", "kpi.error.decimals");
        }
        if (definition.baselineValue() == null || outOfRange(definition.unit(), definition.baselineValue())) {
            throw new RuleViolation("baselineValue", "kpi.error.value");
        }
        if (tooLarge(definition.baselineValue())) {
            throw new RuleViolation("baselineValue", "measurement.error.tooLarge");
        }
        InputRules.plausibleYear("baselineYear", definition.baselineYear(), "kpi.error.baselineYear");
        BigDecimal onTrack = definition.onTrackPercent();
        BigDecimal atRisk = definition.atRiskPercent();
        if (onTrack == null || atRisk == null || atRisk.signum() < 0 || onTrack.compareTo(HUNDRED) > 0
                || onTrack.compareTo(atRisk) <= 0) {
            throw new RuleViolation("onTrackPercent", "kpi.error.thresholds");
        }
        for (Map.Entry<Integer, BigDecimal> target : definition.targets().entrySet()) {
            if (target.getKey() == null || target.getKey() <= definition.baselineYear()) {
                throw new RuleViolation("targets", "kpi.error.targetYear", definition.baselineYear());
            }
            if (target.getKey() > InputRules.LAST_YEAR) {
                throw new RuleViolation("targets", "kpi.error.targetYearLast", InputRules.LAST_YEAR);
            }
            if (target.getValue() == null || outOfRange(definition.unit(), target.getValue())) {
                throw new RuleViolation("targets", "kpi.error.targetValue", target.getKey());
            }
            if (tooLarge(target.getValue())) {
                throw new RuleViolation("targets", "measurement.error.tooLarge");
            }
        }
        return area;
    }

    /** 60.0000 as 60, 41.5000 as 41.5: the database's scale is not the user's. Nothing is rounded. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static boolean outOfRange(KpiUnit unit, BigDecimal value) {
        return value.signum() < 0 || unit == KpiUnit.PERCENT && value.compareTo(HUNDRED) > 0;
    }

    /** Beyond what the database keeps: 15 digits before the decimal point. */
    private static boolean tooLarge(BigDecimal value) {
        return value.abs().compareTo(MeasurementRules.LARGEST) > 0;
    }
}
