package org.eduroadmap.kpi;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.benmanes.caffeine.cache.Cache;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.base.DataVersion;
import org.eduroadmap.base.Pages;

/** Reading KPIs and judging them against their targets. Every signed-in role may read. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class KpiService {

    private final KpiRepository kpis;
    private final KpiMeasurementRepository measurements;
    private final PriorityAreaRepository priorityAreas;
    private final DataVersion dataVersion;
    private final Clock clock;
    private final Cache<Judging, Judged> judged = DataVersion.cache();

    KpiService(KpiRepository kpis, KpiMeasurementRepository measurements, PriorityAreaRepository priorityAreas,
               DataVersion dataVersion, Clock clock) {
        this.kpis = kpis;
        this.measurements = measurements;
        this.priorityAreas = priorityAreas;
        this.dataVersion = dataVersion;
        this.clock = clock;
    }

    /** The strategy's priority areas in their order. */
    public List<PriorityAreaChoice> priorityAreas() {
        return priorityAreas.findChoices();
    }

    /** Every KPI with its status for a year, read as {@link #overview(int, String)} says. */
    public List<KpiOverview> overview(int year) {
        return overview(year, null);
    }

    /**
     * The same for one region: its own approved values against the national targets. KPIs not
     * broken down by region are left out.
     * <p>
     * Judged at a data version and kept: a later visit judges again only the KPIs changed since (two statements
     * either way, three for a region, however many values and years there are), and every KPI is read again at
     * least every {@link DataVersion#LONGEST_KEPT}, a bound for a change nobody wrote down. In the order of their
     * codes.
     */
    public List<KpiOverview> overview(int year, String regionCode) {
        OptionalLong version = dataVersion.readable();
        if (version.isEmpty()) {
            return judgeAll(year, regionCode, 0).kpis();
        }
        long at = version.getAsLong();
        Judging judging = new Judging(year, regionCode);
        Judged kept = judged.getIfPresent(judging);
        Judged now;
        if (kept == null || at < kept.version()
                || kept.readWhole().isBefore(clock.instant().minus(DataVersion.LONGEST_KEPT))) {
            now = judgeAll(year, regionCode, at);
        } else if (kept.version() == at) {
            now = kept;
        } else {
            now = judgeChanged(kept, year, regionCode, at);
        }
        if (now != kept) {
            judged.asMap().merge(judging, now, (old, fresh) -> old.version() > fresh.version() ? old : fresh);
        }
        return now.kpis();
    }

    /** For a year, nationally (region null) or in a region. */
    private record Judging(int year, String regionCode) {
    }

    /** The KPIs judged at a data version, by id, and in the order of their codes. */
    private record Judged(long version, Instant readWhole, Map<Long, KpiOverview> byId, List<KpiOverview> kpis) {

        Judged(long version, Instant readWhole, Map<Long, KpiOverview> byId) {
            this(version, readWhole, Map.copyOf(byId), byId.values().stream()
                    .sorted(Comparator.comparing(KpiOverview::code)).toList());
        }
    }

    private Judged judgeAll(int year, String regionCode, long version) {
        List<AssessedKpi> all = AssessedKpi.of(regionCode == null ? kpis.findAllForAssessment()
                : kpis.findAllByRegionForAssessment(), kpis.findAllTargets());
        return new Judged(version, clock.instant(), byId(all, assess(all, year, regionCode)));
    }

    /**
     * The kept KPIs with those changed since judged again; a changed KPI no longer broken down by region leaves a
     * region's figures, one newly broken down joins them.
     */
    private Judged judgeChanged(Judged kept, int year, String regionCode, long version) {
        KpiPages.ChangedKpis changed = kpis.findChanged(kept.version(), version);
        if (changed.kpiIds().isEmpty()) {
            return new Judged(version, kept.readWhole(), kept.byId(), kept.kpis());
        }
        List<AssessedKpi> again = AssessedKpi.of(kpis.findForAssessment(changed.kpiIds(), regionCode != null),
                changed.targets());
        List<KpiOverview> judgedAgain = again.isEmpty() || regionCode == null ? assess(again, year, null)
                : assess(again, measurements.findRegionalSeries(again.stream().map(AssessedKpi::id).toList(), year,
                        regionCode), year);
        Map<Long, KpiOverview> byId = new HashMap<>(kept.byId());
        byId.keySet().removeAll(changed.kpiIds());
        byId.putAll(byId(again, judgedAgain));
        return new Judged(version, kept.readWhole(), byId);
    }

    private static Map<Long, KpiOverview> byId(List<AssessedKpi> kpis, List<KpiOverview> judged) {
        Map<Long, KpiOverview> byId = new HashMap<>();
        for (int i = 0; i < kpis.size(); i++) {
            byId.put(kpis.get(i).id(), judged.get(i));
        }
        return byId;
    }

    /**
     * A page of the KPI catalogue, filtered by text over code and names, priority area and status
     * (each null for any). Status is computed, not stored: with a status filter the matching KPIs
     * are judged first and the page cut from them, which stays cheap for a catalogue of hundreds.
     */
    public Slice<KpiOverview> catalogue(String text, String areaCode, KpiStatus status, int year, Pageable pageable) {
        Pageable sorted = Pages.sortedOr(pageable, Sort.by("code"));
        String search = text == null ? "" : text.strip().toLowerCase();
        String area = areaCode == null ? "" : areaCode;
        if (status != null) {
            List<KpiOverview> matching = assess(kpis.findPage(search, area, Pageable.unpaged(sorted.getSort()))
                    .getContent(), year).stream().filter(kpi -> kpi.status() == status).toList();
            int from = (int) Math.min(sorted.getOffset(), matching.size());
            int to = Math.min(from + sorted.getPageSize(), matching.size());
            return new SliceImpl<>(matching.subList(from, to), sorted, to < matching.size());
        }
        Slice<AssessedKpi.Row> page = kpis.findPage(search, area, sorted);
        return new SliceImpl<>(assess(page.getContent(), year), pageable, page.hasNext());
    }

    /** The KPIs of the rows, in their order, judged with their targets. */
    private List<KpiOverview> assess(List<AssessedKpi.Row> rows, int year) {
        return assess(AssessedKpi.of(rows, rows.isEmpty() ? List.of()
                : kpis.findTargets(rows.stream().map(AssessedKpi.Row::id).toList())), year, null);
    }

    /** Approved values of a region (or the nation, when null) over the years, beside the national targets. */
    public Optional<KpiTrend> trend(String code, String regionCode, int fromYear, int toYear) {
        return kpis.findByCode(code).map(kpi -> trend(kpi, regionCode == null
                ? measurements.findNationalSeries(kpi.getId())
                : measurements.findRegionalSeries(List.of(kpi.getId()), toYear, regionCode), fromYear, toYear));
    }

    private static KpiTrend trend(Kpi kpi, List<YearValue> values, int fromYear, int toYear) {
        Map<Integer, BigDecimal> actualByYear = values.stream()
                .collect(Collectors.toMap(YearValue::year, YearValue::value));
        KpiRule rule = kpi.rule();
        List<Integer> years = IntStream.rangeClosed(fromYear, toYear).boxed().toList();
        List<BigDecimal> actual = new ArrayList<>();
        List<BigDecimal> target = new ArrayList<>();
        for (int year : years) {
            actual.add(actualByYear.get(year));
            target.add(year < kpi.getBaselineYear() ? null : rule.targetFor(year).orElse(null));
        }
        return new KpiTrend(kpi.getCode(), kpi.getName(), kpi.getUnit(), kpi.getDecimals(), years, actual,
                target, rule.targets());
    }

    public List<RegionValue> regional(String code, int year) {
        return kpis.findByCode(code).map(kpi -> measurements.findRegional(kpi.getId(), year)).orElse(List.of());
    }

    public Optional<KpiDetail> detail(String code, int year) {
        return detail(code, year, year);
    }

    /**
     * What a KPI's page shows besides its values and charts by breakdown, with its national trend from a year
     * to the judged year, read with two statements.
     */
    public Optional<KpiDetail> detail(String code, int year, int trendFromYear) {
        return kpis.findByCode(code).map(kpi -> {
            List<YearValue> series = measurements.findNationalSeries(List.of(kpi.getId()), year);
            KpiOverview overview = assess(List.of(AssessedKpi.of(kpi)), series, year).get(0);
            BigDecimal latestTarget = overview.latestYear() == null ? null
                    : kpi.rule().targetFor(overview.latestYear()).orElse(null);
            return new KpiDetail(overview, kpi.getDescription(), kpi.getDirection(), kpi.getBaselineValue(),
                    kpi.getBaselineYear(), kpi.getOnTrackPercent(), kpi.getAtRiskPercent(), kpi.getDataSource(),
                    kpi.getDimensions().contains(Dimension.REGION), new java.util.TreeMap<>(kpi.getTargets()),
                    latestTarget, trend(kpi, series, Math.min(trendFromYear, year), year));
        });
    }

    /**
     * The national value of a year split by each dimension the KPI is broken down by, other than
     * region (which has its own chart); dimensions without approved values for the year are left out.
     */
    public Map<Dimension, List<BreakdownValue>> breakdowns(String code, int year) {
        Map<Dimension, List<BreakdownValue>> breakdowns = new java.util.EnumMap<>(Dimension.class);
        kpis.findByCode(code).ifPresent(kpi -> {
            for (Dimension dimension : kpi.getDimensions()) {
                // In the enums' natural order (primary before secondary, urban before rural), not alphabetical.
                List<BreakdownValue> values = switch (dimension) {
                    case SCHOOL_LEVEL -> inOrder(measurements.findBySchoolLevel(kpi.getId(), year), SchoolLevel.class);
                    case SEX -> inOrder(measurements.findBySex(kpi.getId(), year), Sex.class);
                    case LOCATION -> inOrder(measurements.findByLocation(kpi.getId(), year), Location.class);
                    case REGION -> List.of();
                };
                if (!values.isEmpty()) {
                    breakdowns.put(dimension, values);
                }
            }
        });
        return breakdowns;
    }

    private static <E extends Enum<E>> List<BreakdownValue> inOrder(List<BreakdownValue> values, Class<E> parts) {
        return values.stream().sorted(java.util.Comparator.comparingInt(value -> Enum.valueOf(parts, value.part())
                .ordinal())).toList();
    }

    /** Values submitted and waiting for an approver. */
    public long valuesAwaitingApproval() {
        return measurements.countByStatus(MeasurementStatus.SUBMITTED);
    }

    private List<KpiOverview> assess(List<AssessedKpi> list, int year, String regionCode) {
        if (list.isEmpty()) {
            return List.of();
        }
        if (regionCode != null) {
            // Every KPI's values in one read (a few thousand rows at most, through an index): a list of ids would
            // keep the database from using it.
            return assess(list, measurements.findRegionalSeries(year, regionCode), year);
        }
        // Read with each KPI: one line, however many years it has values for.
        return assess(list, kpi -> NationalSeries.parse(kpi.id(), kpi.history(), year), year);
    }

    private List<KpiOverview> assess(List<AssessedKpi> list, List<YearValue> series, int year) {
        Map<Long, List<YearValue>> histories = series.stream().collect(Collectors.groupingBy(YearValue::kpiId));
        return assess(list, kpi -> histories.getOrDefault(kpi.id(), List.of()), year);
    }

    /** Judges each KPI on its history (oldest first) up to the year. */
    private static List<KpiOverview> assess(List<AssessedKpi> list, Function<AssessedKpi, List<YearValue>> histories,
                                            int year) {
        return list.stream().map(kpi -> {
            List<YearValue> history = histories.apply(kpi);
            YearValue value = history.isEmpty() ? null : history.getLast();
            KpiRule.Assessment assessment = value == null
                    ? kpi.rule().assess(Optional.empty(), year)
                    : kpi.rule().assess(Optional.of(value.value()), value.year());
            BigDecimal yearTarget = kpi.rule().targetFor(year).orElse(null);
            return new KpiOverview(kpi.code(), kpi.name(), kpi.areaCode(), kpi.areaOrder(), kpi.areaName(),
                    kpi.framework(), kpi.unit(), kpi.decimals(), kpi.owner(), value == null ? null : value.value(),
                    value == null ? null : value.year(), yearTarget, assessment.status(),
                    assessment.progressPercent(), history);
        }).toList();
    }
}
