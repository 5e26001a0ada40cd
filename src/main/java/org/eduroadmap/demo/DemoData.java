package org.eduroadmap.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.assistance.AssistanceRequest;
import org.eduroadmap.assistance.AssistanceRequestRepository;
import org.eduroadmap.assistance.RequestAction;
import org.eduroadmap.assistance.RequestCategory;
import org.eduroadmap.assistance.RequestComment;
import org.eduroadmap.assistance.RequestCommentRepository;
import org.eduroadmap.assistance.RequestHistory;
import org.eduroadmap.assistance.RequestHistoryRepository;
import org.eduroadmap.assistance.RequestPriority;
import org.eduroadmap.assistance.RequestStatus;
import org.eduroadmap.base.LocalizedText;
import org.eduroadmap.kpi.Dimension;
import org.eduroadmap.kpi.Direction;
import org.eduroadmap.kpi.Framework;
import org.eduroadmap.kpi.Kpi;
import org.eduroadmap.kpi.KpiMeasurement;
import org.eduroadmap.kpi.KpiMeasurementRepository;
import org.eduroadmap.kpi.KpiRepository;
import org.eduroadmap.kpi.KpiUnit;
import org.eduroadmap.kpi.Location;
import org.eduroadmap.kpi.SchoolLevel;
import org.eduroadmap.kpi.Sex;
import org.eduroadmap.kpi.MeasurementStatus;
import org.eduroadmap.kpi.PriorityArea;
import org.eduroadmap.kpi.PriorityAreaRepository;
import org.eduroadmap.kpi.Strategy;
import org.eduroadmap.kpi.StrategyRepository;
import org.eduroadmap.meeting.Meeting;
import org.eduroadmap.meeting.MeetingFormat;
import org.eduroadmap.meeting.MeetingRepository;
import org.eduroadmap.organisation.Organisation;
import org.eduroadmap.organisation.OrganisationKind;
import org.eduroadmap.organisation.OrganisationRepository;
import org.eduroadmap.organisation.Region;
import org.eduroadmap.organisation.RegionRepository;
import org.eduroadmap.roadmap.ActionAreaRepository;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.ActivityRepository;
import org.eduroadmap.roadmap.BaselineRepository;
import org.eduroadmap.roadmap.RoadmapRepository;
import org.eduroadmap.security.AppUser;
import org.eduroadmap.security.AppUserRepository;
import org.eduroadmap.security.Role;

/**
 * Fills an empty database with the demo: the organisations and people of the 2023 talks between
 * the Ministry of Education of Turkmenistan and UNESCO IITE, and invented but plausible figures.
 * Runs only in the {@code demo} profile and never touches a database that already holds data.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String PASSWORD = "demo";
    private static final String DEMO_SOURCE = "Demo data (invented)";
    private static final int FIRST_YEAR = 2019;
    private static final int LAST_APPROVED_YEAR = 2025;
    private static final String NOT_YET_REPORTED = "MOE-EMIS-COVERAGE";

    private final OrganisationRepository organisations;
    private final RegionRepository regions;
    private final AppUserRepository users;
    private final StrategyRepository strategies;
    private final PriorityAreaRepository priorityAreas;
    private final KpiRepository kpis;
    private final KpiMeasurementRepository measurements;
    private final MeetingRepository meetings;
    private final ActionAreaRepository actionAreas;
    private final ActivityRepository activities;
    private final BaselineRepository baselines;
    private final DemoRoadmap demoRoadmap;
    private final AssistanceRequestRepository requests;
    private final RequestCommentRepository comments;
    private final RequestHistoryRepository history;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoData(OrganisationRepository organisations, RegionRepository regions, AppUserRepository users,
             StrategyRepository strategies, PriorityAreaRepository priorityAreas, KpiRepository kpis,
             KpiMeasurementRepository measurements, MeetingRepository meetings, RoadmapRepository roadmaps,
             ActionAreaRepository actionAreas, ActivityRepository activities, BaselineRepository baselines,
             AssistanceRequestRepository requests, RequestCommentRepository comments,
             RequestHistoryRepository history, PasswordEncoder passwordEncoder, Clock clock) {
        this.organisations = organisations;
        this.regions = regions;
        this.users = users;
        this.strategies = strategies;
        this.priorityAreas = priorityAreas;
        this.kpis = kpis;
        this.measurements = measurements;
        this.meetings = meetings;
        this.actionAreas = actionAreas;
        this.activities = activities;
        this.baselines = baselines;
        this.demoRoadmap = new DemoRoadmap(roadmaps, actionAreas, activities, baselines, meetings);
        this.requests = requests;
        this.comments = comments;
        this.history = history;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0 || organisations.count() > 0) {
            log.info("Database already holds data: demo data not inserted.");
            return;
        }
        Organisations orgs = organisations();
        People people = people(orgs);
        List<Kpi> kpiList = kpis(orgs);
        measurements(kpiList);
        breakdowns(kpiList);
        Meeting july = meetings();
        List<Activity> roadmap = demoRoadmap.create(orgs, people, kpiList, july);
        requests(orgs, people, roadmap, kpiList);
        log.info("Demo data inserted: {} KPIs, {} measurements, {} activities in {} action areas, {} baselines, "
                        + "{} requests.", kpis.count(), measurements.count(), activities.count(), actionAreas.count(),
                baselines.count(), requests.count());
    }

    record Organisations(Organisation ministry, Organisation delegation, Organisation iite,
                         Organisation tehran, Organisation paris) {
    }

    record People(AppUser minister, AppUser manager, AppUser advisor, AppUser deputy,
                  AppUser representative, AppUser iiteDirector, AppUser tehranDirector,
                  AppUser parisHead) {
    }

    private Organisations organisations() {
        return new Organisations(
                organisations.save(new Organisation("MOE-TM", OrganisationKind.MINISTRY, LocalizedText.of(
                        "Ministry of Education of Turkmenistan", "Министерство образования Туркменистана",
                        "Türkmenistanyň Bilim ministrligi"))),
                organisations.save(new Organisation("TM-UNESCO", OrganisationKind.DELEGATION, LocalizedText.of(
                        "Permanent Delegation of Turkmenistan to UNESCO",
                        "Постоянное представительство Туркменистана при ЮНЕСКО",
                        "Türkmenistanyň ÝUNESKO-daky hemişelik wekilhanasy"))),
                organisations.save(new Organisation("UNESCO-IITE", OrganisationKind.UNESCO, LocalizedText.of(
                        "UNESCO Institute for Information Technologies in Education",
                        "Институт ЮНЕСКО по информационным технологиям в образовании",
                        "ÝUNESKO-nyň Bilimde maglumat tehnologiýalary instituty"))),
                organisations.save(new Organisation("UNESCO-TEHRAN", OrganisationKind.UNESCO, LocalizedText.of(
                        "UNESCO Cluster Office in Tehran", "Кластерное бюро ЮНЕСКО в Тегеране",
                        "ÝUNESKO-nyň Tährandaky klaster edarasy"))),
                organisations.save(new Organisation("UNESCO-ED-POLICY", OrganisationKind.UNESCO, LocalizedText.of(
                        "UNESCO Education Policy Department (Paris)",
                        "Департамент образовательной политики ЮНЕСКО (Париж)",
                        "ÝUNESKO-nyň Bilim syýasaty departamenti (Pariž)"))));
    }

    private People people(Organisations orgs) {
        user("admin", "System administrator", "Demo account", Role.ADMIN, null);
        return new People(
                user("minister", "Gurbangul Atayeva", "Minister of Education", Role.MINISTER, orgs.ministry()),
                user("manager", "Merdan Orazov", "Roadmap coordinator (demo person)", Role.PROJECT_MANAGER,
                        orgs.ministry()),
                user("advisor", "Anna Sokolova", "Programme specialist (demo person)", Role.UNESCO_ADVISOR,
                        orgs.iite()),
                user("aatayev", "Azat Atayev", "Deputy Minister of Education", Role.MINISTER, orgs.ministry()),
                user("mcharyyev", "Maksat Charyyev", "Permanent Representative of Turkmenistan to UNESCO",
                        Role.MINISTER, orgs.delegation()),
                user("tzhan", "Tao Zhan", "Director, UNESCO IITE", Role.UNESCO_ADVISOR, orgs.iite()),
                user("gelkhoury", "Golda El-Khoury", "Director, UNESCO Cluster Office in Tehran",
                        Role.UNESCO_ADVISOR, orgs.tehran()),
                user("gchang", "Gwan-Chol Chang", "Head, UNESCO Education Policy Department",
                        Role.UNESCO_ADVISOR, orgs.paris()));
    }

    private AppUser user(String username, String fullName, String jobTitle, Role role, Organisation organisation) {
        AppUser user = new AppUser(username, passwordEncoder.encode(PASSWORD), fullName, role, organisation);
        user.setJobTitle(jobTitle);
        return users.save(user);
    }

    private List<Kpi> kpis(Organisations orgs) {
        Strategy strategy = strategies.save(new Strategy("DIGITAL-EDU-2030", LocalizedText.of(
                "Digital education development strategy 2019–2030",
                "Стратегия развития цифрового образования на 2019–2030 годы",
                "2019–2030-njy ýyllar üçin sanly bilimi ösdürmegiň strategiýasy"), 2019, 2030));
        PriorityArea connect = area(strategy, "CONNECTIVITY", 1, "Connectivity and equipment of schools",
                "Подключение и оснащение школ", "Mekdepleri birikdirmek we enjamlaşdyrmak");
        PriorityArea skills = area(strategy, "SKILLS", 2, "Digital skills of learners and teachers",
                "Цифровые навыки учащихся и учителей", "Okuwçylaryň we mugallymlaryň sanly başarnyklary");
        PriorityArea content = area(strategy, "CONTENT", 3, "Digital content and platforms",
                "Цифровой контент и платформы", "Sanly mazmun we platformalar");
        PriorityArea emis = area(strategy, "EMIS", 4, "Education management information system",
                "Информационная система управления образованием", "Bilimi dolandyryş maglumat ulgamy");
        Organisation ministry = orgs.ministry();
        return List.of(
                kpi("SDG-4.a.1a", connect, Framework.SDG4, KpiUnit.PERCENT, Direction.HIGHER_IS_BETTER, ministry,
                        "Schools with access to electricity", "Школы с доступом к электричеству",
                        "Elektrik energiýasy bilen üpjün edilen mekdepler",
                        97.5, 2019, Map.of(2022, 99.0, 2026, 100.0, 2030, 100.0),
                        EnumSet.of(Dimension.REGION, Dimension.SCHOOL_LEVEL, Dimension.LOCATION)),
                kpi("SDG-4.a.1b", connect, Framework.SDG4, KpiUnit.PERCENT, Direction.HIGHER_IS_BETTER, ministry,
                        "Schools with Internet for pedagogical purposes",
                        "Школы с доступом к Интернету в педагогических целях",
                        "Internete pedagogik maksatlar üçin elýeterli mekdepler",
                        41.0, 2019, Map.of(2022, 60.0, 2024, 75.0, 2026, 90.0, 2030, 100.0),
                        EnumSet.of(Dimension.REGION, Dimension.SCHOOL_LEVEL, Dimension.LOCATION)),
                kpi("SDG-4.a.1c", connect, Framework.SDG4, KpiUnit.PERCENT, Direction.HIGHER_IS_BETTER, ministry,
                        "Schools with computers for pedagogical purposes",
                        "Школы с компьютерами для педагогических целей",
                        "Pedagogik maksatlar üçin kompýuterli mekdepler",
                        68.0, 2019, Map.of(2022, 80.0, 2026, 95.0, 2030, 100.0),
                        EnumSet.of(Dimension.REGION, Dimension.SCHOOL_LEVEL, Dimension.LOCATION)),
                kpi("MOE-PUPILS-PER-PC", connect, Framework.NATIONAL, KpiUnit.RATIO, Direction.LOWER_IS_BETTER,
                        ministry, "Pupils per school computer", "Учащихся на один школьный компьютер",
                        "Bir mekdep kompýuterine düşýän okuwçy", 28.0, 2019,
                        Map.of(2022, 20.0, 2026, 12.0, 2030, 8.0), EnumSet.of(Dimension.REGION)),
                kpi("SDG-4.4.1", skills, Framework.SDG4, KpiUnit.PERCENT, Direction.HIGHER_IS_BETTER, ministry,
                        "Youth and adults with ICT skills (sending e-mail with an attachment)",
                        "Молодёжь и взрослые с навыками ИКТ (отправка письма с вложением)",
                        "KMT başarnyklary bolan ýaşlar we ulular (goşundyly hat ibermek)",
                        38.0, 2019, Map.of(2022, 48.0, 2026, 62.0, 2030, 75.0),
                        EnumSet.of(Dimension.REGION, Dimension.SEX, Dimension.LOCATION)),
                kpi("SDG-4.c.1-DIG", skills, Framework.SDG4, KpiUnit.PERCENT, Direction.HIGHER_IS_BETTER, ministry,
                        "Teachers trained in digital skills", "Учителя, обученные цифровым навыкам",
                        "Sanly başarnyklara taýýarlanan mugallymlar",
                        22.0, 2019, Map.of(2022, 40.0, 2026, 70.0, 2030, 90.0),
                        EnumSet.of(Dimension.REGION, Dimension.SCHOOL_LEVEL, Dimension.SEX)),
                kpi("MOE-ELEARNING", content, Framework.NATIONAL, KpiUnit.PERCENT, Direction.HIGHER_IS_BETTER,
                        ministry, "Schools connected to the national e-learning platform",
                        "Школы, подключённые к национальной платформе электронного обучения",
                        "Milli elektron okuw platformasyna birikdirilen mekdepler",
                        10.0, 2020, Map.of(2022, 35.0, 2024, 60.0, 2026, 85.0),
                        EnumSet.of(Dimension.REGION, Dimension.SCHOOL_LEVEL)),
                kpi("MOE-DIGITAL-TEXTBOOKS", content, Framework.NATIONAL, KpiUnit.COUNT, Direction.HIGHER_IS_BETTER,
                        ministry, "Digital textbooks published", "Опубликовано цифровых учебников",
                        "Neşir edilen sanly okuw kitaplary",
                        20.0, 2019, Map.of(2022, 120.0, 2024, 220.0, 2026, 350.0), EnumSet.noneOf(Dimension.class)),
                kpi("MOE-EMIS-COVERAGE", emis, Framework.NATIONAL, KpiUnit.PERCENT, Direction.HIGHER_IS_BETTER,
                        ministry, "Schools reporting to the EMIS", "Школы, передающие данные в ИСУО",
                        "BDMU-a maglumat berýän mekdepler",
                        0.0, 2020, Map.of(2023, 20.0, 2025, 60.0, 2026, 80.0, 2028, 100.0),
                        EnumSet.of(Dimension.REGION)));
    }

    private PriorityArea area(Strategy strategy, String code, int order, String en, String ru, String tk) {
        return priorityAreas.save(new PriorityArea(strategy, code, LocalizedText.of(en, ru, tk), order));
    }

    private Kpi kpi(String code, PriorityArea area, Framework framework, KpiUnit unit, Direction direction,
                    Organisation owner, String en, String ru, String tk, double baseline, int baselineYear,
                    Map<Integer, Double> targets, EnumSet<Dimension> dimensions) {
        Kpi kpi = new Kpi(code, LocalizedText.of(en, ru, tk), framework, area, unit, direction, owner);
        kpi.setBaseline(BigDecimal.valueOf(baseline), baselineYear);
        kpi.setThresholds(BigDecimal.valueOf(80), BigDecimal.valueOf(50));
        kpi.setDecimals(unit == KpiUnit.COUNT ? 0 : 1);
        kpi.setDataSource(framework == Framework.SDG4
                ? "School census and household survey, reported to the UIS (demo values)"
                : "Ministry of Education administrative data (demo values)");
        targets.forEach((year, value) -> kpi.getTargets().put(year, BigDecimal.valueOf(value)));
        kpi.getDimensions().addAll(dimensions);
        return kpis.save(kpi);
    }

    /**
     * National values follow a path chosen so the demo shows every status; regions scatter around
     * them (the capital ahead, the northern and eastern velayats behind), reproducibly.
     */
    private void measurements(List<Kpi> kpiList) {
        Map<String, double[]> national = Map.of(
                "SDG-4.a.1a", new double[]{97.5, 98.0, 98.4, 98.9, 99.2, 99.5, 99.7, 99.8},
                "SDG-4.a.1b", new double[]{41, 46, 52, 59, 65, 71, 77, 81},
                "SDG-4.a.1c", new double[]{68, 70, 73, 76, 79, 82, 85, 87},
                "MOE-PUPILS-PER-PC", new double[]{28, 27, 25, 22, 20, 18, 16.5, 15.5},
                "SDG-4.4.1", new double[]{38, 39, 41, 43, 45, 47, 50, 52},
                "SDG-4.c.1-DIG", new double[]{22, 24, 27, 31, 36, 41, 45, 50},
                "MOE-ELEARNING", new double[]{Double.NaN, 10, 18, 24, 29, 34, 40, 44},
                "MOE-DIGITAL-TEXTBOOKS", new double[]{20, 34, 61, 98, 140, 182, 240, 275},
                "MOE-EMIS-COVERAGE", new double[]{Double.NaN, 0, 2, 6, 12, 21, 33, 38});
        Map<String, Double> regionalOffset = Map.of("TM-S", 1.12, "ARK", 1.10, "TM-A", 1.0, "TM-B", 0.97,
                "TM-D", 0.86, "TM-L", 0.9, "TM-M", 0.95);
        List<Region> allRegions = regions.findAllByOrderBySortOrder();
        Random random = new Random(2023_07_24L);
        Instant now = clock.instant();
        for (Kpi kpi : kpiList) {
            double[] path = national.get(kpi.getCode());
            for (int i = 0; i < path.length; i++) {
                if (Double.isNaN(path[i])) {
                    continue;
                }
                int year = FIRST_YEAR + i;
                MeasurementStatus status = year <= LAST_APPROVED_YEAR ? MeasurementStatus.APPROVED
                        : MeasurementStatus.SUBMITTED;
                Instant recorded = LocalDate.of(Math.min(year + 1, 2026), 2, 15).atStartOfDay().toInstant(ZoneOffset.UTC);
                // The national EMIS figure for the current year is still to be entered: work for the demo manager.
                if (!(year > LAST_APPROVED_YEAR && kpi.getCode().equals(NOT_YET_REPORTED))) {
                    save(kpi, year, null, path[i], status, recorded.isAfter(now) ? now : recorded);
                }
                if (!kpi.getDimensions().contains(Dimension.REGION)) {
                    continue;
                }
                for (Region region : allRegions) {
                    if ("ARK".equals(region.getCode()) && year < 2023) {
                        continue; // Arkadag became a city with velayat status in 2023.
                    }
                    double factor = regionalOffset.get(region.getCode());
                    if (kpi.getDirection() == Direction.LOWER_IS_BETTER) {
                        factor = 1 / factor;
                    }
                    double value = path[i] * factor * (0.98 + random.nextDouble() * 0.04);
                    if (kpi.getUnit() == KpiUnit.PERCENT) {
                        value = Math.min(100, value);
                    }
                    save(kpi, year, region, value, status, recorded.isAfter(now) ? now : recorded);
                }
            }
        }
    }

    /**
     * 2025's national values split by school level, sex and location for the KPIs broken down so:
     * girls slightly ahead in ICT skills, rural schools behind, upper secondary best equipped.
     */
    private void breakdowns(List<Kpi> kpiList) {
        Instant at = LocalDate.of(2026, 2, 15).atStartOfDay().toInstant(ZoneOffset.UTC);
        Map<String, double[]> split = Map.of(
                "SDG-4.a.1b", new double[]{72, 79, 86, 88, 63, 0, 0},
                "SDG-4.a.1c", new double[]{81, 86, 92, 93, 74, 0, 0},
                "SDG-4.4.1", new double[]{0, 0, 0, 61, 39, 51, 49},
                "SDG-4.c.1-DIG", new double[]{41, 46, 51, 0, 0, 47, 40});
        for (Kpi kpi : kpiList) {
            double[] values = split.get(kpi.getCode());
            if (values == null) {
                continue;
            }
            if (kpi.getDimensions().contains(Dimension.SCHOOL_LEVEL)) {
                part(kpi, values[0], at, SchoolLevel.PRIMARY, null, null);
                part(kpi, values[1], at, SchoolLevel.LOWER_SECONDARY, null, null);
                part(kpi, values[2], at, SchoolLevel.UPPER_SECONDARY, null, null);
            }
            if (kpi.getDimensions().contains(Dimension.LOCATION)) {
                part(kpi, values[3], at, null, null, Location.URBAN);
                part(kpi, values[4], at, null, null, Location.RURAL);
            }
            if (kpi.getDimensions().contains(Dimension.SEX)) {
                part(kpi, values[5], at, null, Sex.FEMALE, null);
                part(kpi, values[6], at, null, Sex.MALE, null);
            }
        }
    }

    private void part(Kpi kpi, double value, Instant at, SchoolLevel level, Sex sex, Location location) {
        KpiMeasurement measurement = new KpiMeasurement(kpi, LAST_APPROVED_YEAR, null,
                BigDecimal.valueOf(value).setScale(kpi.getDecimals(), RoundingMode.HALF_UP), DEMO_SOURCE, "manager", at);
        measurement.breakDownBy(level, sex, location);
        measurement.moveTo(MeasurementStatus.APPROVED, null, at);
        measurements.save(measurement);
    }

    private void save(Kpi kpi, int year, Region region, double value, MeasurementStatus status, Instant at) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(kpi.getDecimals(), RoundingMode.HALF_UP);
        KpiMeasurement measurement = new KpiMeasurement(kpi, year, region, rounded, DEMO_SOURCE, "manager", at);
        measurement.moveTo(status, null, at);
        measurements.save(measurement);
    }

    private Meeting meetings() {
        Meeting june = new Meeting(LocalDate.of(2023, 6, 1), MeetingFormat.IN_PERSON, LocalizedText.of(
                "Permanent Representative of Turkmenistan and the Director of UNESCO IITE (early June 2023)",
                "Постоянный представитель Туркменистана и директор ИИТО ЮНЕСКО (начало июня 2023)",
                "Türkmenistanyň hemişelik wekili we ÝUNESKO-nyň BMTI-niň direktory (2023-nji ýylyň iýun aýynyň başy)"),
                "Maksat Charyyev met Tao Zhan, Director of UNESCO IITE. The exact day in early June is not "
                        + "recorded; the 1st is used.");
        june.addDecision("IITE offers UNESCO technical assistance to implement effective digital education "
                + "strategies in Turkmenistan.");
        june.addParticipant("Maksat Charyyev", "Permanent Representative of Turkmenistan to UNESCO");
        june.addParticipant("Tao Zhan", "Director, UNESCO IITE");
        meetings.save(june);

        Meeting july = new Meeting(LocalDate.of(2023, 7, 24), MeetingFormat.ONLINE, LocalizedText.of(
                "Online meeting on the bilateral cooperation Roadmap",
                "Онлайн-встреча по двусторонней «дорожной карте» сотрудничества",
                "Ikitaraplaýyn hyzmatdaşlygyň «ýol kartasy» boýunça onlaýn duşuşyk"),
                "The Ministry of Education of Turkmenistan and UNESCO IITE discussed a Roadmap for cooperation "
                        + "that will define concrete steps and action plans, and exchanged views on introducing a "
                        + "new information system for education management.");
        july.addDecision("Continue discussions on the development and content of the Roadmap.");
        july.addDecision("Prepare the signing of the Roadmap in the near future.");
        july.addDecision("Exchange further on the new education management information system (EMIS).");
        july.addParticipant("Gurbangul Atayeva", "Minister of Education of Turkmenistan");
        july.addParticipant("Azat Atayev", "Deputy Minister of Education of Turkmenistan");
        july.addParticipant("Maksat Charyyev", "Permanent Representative of Turkmenistan to UNESCO");
        july.addParticipant("Tao Zhan", "Director, UNESCO IITE");
        july.addParticipant("Golda El-Khoury", "Director, UNESCO Cluster Office in Tehran");
        july.addParticipant("Gwan-Chol Chang", "Head, UNESCO Education Policy Department (Paris)");
        return meetings.save(july);
    }

    private void requests(Organisations orgs, People people, List<Activity> roadmap, List<Kpi> kpiList) {
        Instant now = clock.instant();
        AssistanceRequest strategy = request("TA-2023-001", "Support to the review of the digital education strategy",
                "Technical advice on aligning the national digital education strategy with SDG 4 and the "
                        + "Education 2030 agenda, as offered by IITE in June 2023.",
                RequestCategory.POLICY_ADVICE, orgs, orgs.iite(), RequestPriority.HIGH, people, "2023-08-15");
        strategy.link(roadmap.get(2), null);
        strategy.assign(people.iiteDirector());
        strategy.place(RequestStatus.DELIVERED, at("2023-08-16"), at("2023-08-21"));

        AssistanceRequest emisDesign = request("TA-2024-001", "EMIS design: requirements and architecture review",
                "Review of the functional requirements and the architecture of the new education management "
                        + "information system before the pilot.",
                RequestCategory.EMIS_DESIGN, orgs, orgs.iite(), RequestPriority.URGENT, people, "2024-11-20");
        emisDesign.link(roadmap.get(6), kpi(kpiList, "MOE-EMIS-COVERAGE"));
        emisDesign.assign(people.advisor());
        emisDesign.place(RequestStatus.IN_PROGRESS, at("2024-11-21"), at("2024-11-25"));

        AssistanceRequest trainers = request("TA-2025-001", "Training of trainers in teachers' digital competencies",
                "Methodological support and materials for training 300 master trainers on the adapted ICT "
                        + "competency framework for teachers.",
                RequestCategory.CAPACITY_BUILDING, orgs, orgs.iite(), RequestPriority.HIGH, people, "2025-01-10");
        trainers.link(roadmap.get(9), kpi(kpiList, "SDG-4.c.1-DIG"));
        trainers.assign(people.advisor());
        trainers.place(RequestStatus.NEEDS_INFORMATION, at("2025-01-13"), at("2025-01-16"));

        AssistanceRequest connectivity = request("TA-2026-001", "Assessment of school connectivity in Dashoguz and Lebap",
                "Independent assessment of Internet connectivity and equipment of schools in the two velayats "
                        + "that lag behind the national average.",
                RequestCategory.INFRASTRUCTURE_ASSESSMENT, orgs, orgs.tehran(), RequestPriority.MEDIUM, people,
                "2026-11-16");
        connectivity.link(null, kpi(kpiList, "SDG-4.a.1b"));
        connectivity.place(RequestStatus.SUBMITTED, at("2026-11-17"), null);

        AssistanceRequest policyReview = request("TA-2026-002", "Education sector policy review: digital chapter",
                "Peer review of the digital chapter of the education sector plan.",
                RequestCategory.POLICY_ADVICE, orgs, orgs.paris(), RequestPriority.MEDIUM, people, "2026-10-01");
        policyReview.assign(people.parisHead());
        policyReview.place(RequestStatus.UNDER_REVIEW, at("2026-10-02"), at("2026-10-06"));

        AssistanceRequest oer = request("TA-2026-003", "Open educational resources in Turkmen",
                "Guidance on licensing and quality assurance for open educational resources in Turkmen.",
                RequestCategory.DIGITAL_CONTENT, orgs, orgs.iite(), RequestPriority.LOW, people, "2026-11-20");
        oer.link(roadmap.get(12), kpi(kpiList, "MOE-DIGITAL-TEXTBOOKS"));
        requests.saveAll(List.of(strategy, emisDesign, trainers, connectivity, policyReview, oer));

        comments.save(new RequestComment(trainers, people.advisor(),
                "Could you share the number of master trainers per velayat and the planned training dates?",
                false, at("2025-01-16")));
        comments.save(new RequestComment(trainers, people.iiteDirector(),
                "Internal: materials from the Central Asia project can be reused; check the licence first.",
                true, at("2025-01-17")));
        comments.save(new RequestComment(emisDesign, people.manager(),
                "The requirements document (version 2) is ready for review.", false, at("2024-11-22")));
        comments.save(new RequestComment(trainers, people.manager(),
                "@advisor The list of master trainers per velayat follows this week; training starts in March.",
                false, at("2025-01-20")));
        comments.save(new RequestComment(strategy, people.iiteDirector(),
                "The advisory note and the alignment matrix are attached to the final report sent on 15 December.",
                false, at("2023-12-15")));
        comments.save(new RequestComment(policyReview, people.parisHead(),
                "We will share the names of the two peer reviewers by the end of October.", false,
                at("2026-10-07")));
        comments.save(new RequestComment(connectivity, people.tehranDirector(),
                "Internal: a field visit is possible only after the winter break; align with the Almaty office.",
                true, at("2026-11-18")));
        pasts(people, strategy, emisDesign, trainers, connectivity, policyReview);
        if (now.isBefore(at("2026-11-17"))) {
            log.warn("The clock is earlier than some demo dates; the demo assumes late 2026.");
        }
    }

    /** Each demo request's history up to its present status, by the people who would have taken each step. */
    private void pasts(People people, AssistanceRequest strategy, AssistanceRequest emisDesign,
                       AssistanceRequest trainers, AssistanceRequest connectivity, AssistanceRequest policyReview) {
        AppUser manager = people.manager();
        history.saveAll(List.of(
                step(strategy, manager, "2023-08-16T09:00", RequestAction.SUBMIT, RequestStatus.DRAFT,
                        RequestStatus.SUBMITTED, null),
                step(strategy, people.iiteDirector(), "2023-08-21T09:00", RequestAction.TAKE, RequestStatus.SUBMITTED,
                        RequestStatus.UNDER_REVIEW, null),
                step(strategy, people.iiteDirector(), "2023-08-23T11:30", RequestAction.ACCEPT,
                        RequestStatus.UNDER_REVIEW, RequestStatus.ACCEPTED,
                        "Within IITE's offer of June 2023; the strategy review is on the national work plan."),
                step(strategy, people.iiteDirector(), "2023-09-04T08:00", RequestAction.START, RequestStatus.ACCEPTED,
                        RequestStatus.IN_PROGRESS, null),
                step(strategy, people.iiteDirector(), "2023-12-15T14:00", RequestAction.DELIVER,
                        RequestStatus.IN_PROGRESS, RequestStatus.DELIVERED,
                        "Advisory note on aligning the strategy with SDG 4, with a matrix of targets and indicators."),

                step(emisDesign, manager, "2024-11-21T09:00", RequestAction.SUBMIT, RequestStatus.DRAFT,
                        RequestStatus.SUBMITTED, null),
                step(emisDesign, people.advisor(), "2024-11-25T09:00", RequestAction.TAKE, RequestStatus.SUBMITTED,
                        RequestStatus.UNDER_REVIEW, null),
                step(emisDesign, people.advisor(), "2024-11-27T10:15", RequestAction.ACCEPT,
                        RequestStatus.UNDER_REVIEW, RequestStatus.ACCEPTED,
                        "The EMIS pilot depends on it; IITE reviewed similar systems in the region."),
                step(emisDesign, people.advisor(), "2024-12-02T08:30", RequestAction.START, RequestStatus.ACCEPTED,
                        RequestStatus.IN_PROGRESS, null),

                step(trainers, manager, "2025-01-13T09:00", RequestAction.SUBMIT, RequestStatus.DRAFT,
                        RequestStatus.SUBMITTED, null),
                step(trainers, people.advisor(), "2025-01-16T09:00", RequestAction.TAKE, RequestStatus.SUBMITTED,
                        RequestStatus.UNDER_REVIEW, null),
                step(trainers, people.advisor(), "2025-01-16T09:05", RequestAction.ASK_FOR_INFORMATION,
                        RequestStatus.UNDER_REVIEW, RequestStatus.NEEDS_INFORMATION,
                        "How many master trainers per velayat, and when should the training start?"),

                step(connectivity, manager, "2026-11-17T09:00", RequestAction.SUBMIT, RequestStatus.DRAFT,
                        RequestStatus.SUBMITTED, null),

                step(policyReview, manager, "2026-10-02T09:00", RequestAction.SUBMIT, RequestStatus.DRAFT,
                        RequestStatus.SUBMITTED, null),
                step(policyReview, people.parisHead(), "2026-10-06T09:00", RequestAction.TAKE,
                        RequestStatus.SUBMITTED, RequestStatus.UNDER_REVIEW, null)));
    }

    private static RequestHistory step(AssistanceRequest request, AppUser actor, String at, RequestAction action,
                                       RequestStatus from, RequestStatus to, String text) {
        return RequestHistory.transition(request, actor, Instant.parse(at + ":00Z"), action, from, to, text);
    }

    private AssistanceRequest request(String number, String title, String description, RequestCategory category,
                                      Organisations orgs, Organisation addressed, RequestPriority priority,
                                      People people, String createdOn) {
        AssistanceRequest request = new AssistanceRequest(number, title, description, category, orgs.ministry(),
                addressed, priority, people.manager(), at(createdOn));
        request.setDueDate(LocalDate.parse(createdOn).plusMonths(3));
        return request;
    }

    private static Kpi kpi(List<Kpi> kpiList, String code) {
        return kpiList.stream().filter(kpi -> kpi.getCode().equals(code)).findFirst().orElseThrow();
    }

    private static Instant at(String date) {
        return LocalDate.parse(date).atTime(9, 0).toInstant(ZoneOffset.UTC);
    }
}
