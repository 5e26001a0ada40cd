package org.eduroadmap.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eduroadmap.base.LocalizedText;
import org.eduroadmap.kpi.Kpi;
import org.eduroadmap.meeting.Meeting;
import org.eduroadmap.meeting.MeetingRepository;
import org.eduroadmap.organisation.Organisation;
import org.eduroadmap.roadmap.ActionArea;
import org.eduroadmap.roadmap.ActionAreaRepository;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.ActivityKind;
import org.eduroadmap.roadmap.ActivityRepository;
import org.eduroadmap.roadmap.ActivityStatus;
import org.eduroadmap.roadmap.Baseline;
import org.eduroadmap.roadmap.BaselineRepository;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.RoadmapRepository;
import org.eduroadmap.roadmap.RoadmapStatus;
import org.eduroadmap.security.AppUser;

/**
 * The demo Roadmap as it stands on 28 November 2026: five action areas from September 2023 to
 * December 2027, the draft of March 2024 kept as a baseline (some work has slipped since), a
 * handful of overdue items, several due within the month, and the July 2023 meeting's decisions
 * followed up by the activities they led to.
 */
class DemoRoadmap {

    private final RoadmapRepository roadmaps;
    private final ActionAreaRepository actionAreas;
    private final ActivityRepository activities;
    private final BaselineRepository baselines;
    private final MeetingRepository meetings;

    /** Activities whose planned dates moved after the March 2024 draft: the dates they have now. */
    private final Map<Activity, Dates> slips = new IdentityHashMap<>();
    /** Activities added to the Roadmap after the March 2024 draft. */
    private final Set<Activity> addedLater = Collections.newSetFromMap(new IdentityHashMap<>());

    DemoRoadmap(RoadmapRepository roadmaps, ActionAreaRepository actionAreas, ActivityRepository activities,
                BaselineRepository baselines, MeetingRepository meetings) {
        this.roadmaps = roadmaps;
        this.actionAreas = actionAreas;
        this.activities = activities;
        this.baselines = baselines;
        this.meetings = meetings;
    }

    /**
     * Saves the Roadmap and returns its activities; the first fourteen keep their order, since the
     * demo's assistance requests point at them by position.
     */
    List<Activity> create(DemoData.Organisations orgs, DemoData.People people, List<Kpi> kpiList, Meeting july) {
        Roadmap roadmap = roadmaps.save(new Roadmap(LocalizedText.of(
                "Roadmap for cooperation between the Ministry of Education of Turkmenistan and UNESCO IITE",
                "«Дорожная карта» сотрудничества Министерства образования Туркменистана и ИИТО ЮНЕСКО",
                "Türkmenistanyň Bilim ministrligi bilen ÝUNESKO-nyň BMTI-niň arasyndaky hyzmatdaşlygyň «ýol kartasy»"),
                RoadmapStatus.UNDER_NEGOTIATION, LocalDate.of(2023, 9, 1), LocalDate.of(2027, 12, 31)));
        ActionArea policy = actionArea(roadmap, "A1", 1, "Strategy and policy", "Стратегия и политика",
                "Strategiýa we syýasat");
        ActionArea emis = actionArea(roadmap, "A2", 2, "Education management information system",
                "Информационная система управления образованием", "Bilimi dolandyryş maglumat ulgamy");
        ActionArea teachers = actionArea(roadmap, "A3", 3, "Teachers' digital competencies",
                "Цифровые компетенции учителей", "Mugallymlaryň sanly başarnyklary");
        ActionArea content = actionArea(roadmap, "A4", 4, "Digital content and platforms",
                "Цифровой контент и платформы", "Sanly mazmun we platformalar");
        ActionArea infrastructure = actionArea(roadmap, "A5", 5, "Infrastructure and connectivity",
                "Инфраструктура и подключение", "Infrastruktura we birikdirmek");
        Organisation ministry = orgs.ministry();
        Organisation iite = orgs.iite();
        AppUser manager = people.manager();
        AppUser advisor = people.advisor();

        // A1 Strategy and policy
        Activity draft = activity(policy, ActivityKind.ACTIVITY, ministry, manager, "2023-09-01", "2024-02-29",
                "Draft the content of the Roadmap", "Подготовить содержание «дорожной карты»",
                "«Ýol kartasynyň» mazmunyny taýýarlamak", ActivityStatus.DONE, 100, "2023-09-04", "2024-03-15");
        draft.setMeeting(july);
        Activity signing = activity(policy, ActivityKind.MILESTONE, ministry, people.deputy(), "2024-04-30",
                "2024-04-30", "Roadmap signed", "Подписание «дорожной карты»", "«Ýol kartasyna» gol çekilmegi",
                ActivityStatus.NOT_STARTED, 0, null, null);
        signing.setMeeting(july);
        signing.getPredecessors().add(draft);
        slip(signing, "2024-06-30", "2024-06-30");
        Activity review = activity(policy, ActivityKind.ACTIVITY, iite, advisor, "2024-03-01", "2024-12-20",
                "Review of the digital education strategy against SDG 4",
                "Анализ стратегии цифрового образования с учётом ЦУР 4",
                "Sanly bilim strategiýasyny DÖM 4 boýunça seljermek", ActivityStatus.DONE, 100, "2024-03-11",
                "2025-01-31");
        Activity actionPlan = activity(policy, ActivityKind.ACTIVITY, ministry, manager, "2025-02-01", "2025-09-30",
                "Updated action plan of the strategy 2026–2030",
                "Обновлённый план действий стратегии на 2026–2030 годы",
                "Strategiýanyň 2026–2030-njy ýyllar üçin täzelenen hereket meýilnamasy",
                ActivityStatus.IN_PROGRESS, 70, "2025-02-10", null);
        actionPlan.getPredecessors().add(review);
        Activity workingGroup = activity(policy, ActivityKind.MILESTONE, ministry, manager, "2023-10-16",
                "2023-10-16", "Joint working group of the Ministry and IITE set up",
                "Создана совместная рабочая группа Министерства и ИИТО",
                "Ministrligiň we BMTI-niň bilelikdäki iş topary döredildi", ActivityStatus.DONE, 100,
                "2023-10-20", "2023-10-20");
        Activity midTermReview = activity(policy, ActivityKind.ACTIVITY, iite, advisor, "2026-10-01", "2026-12-18",
                "Mid-term review of the Roadmap", "Среднесрочный обзор «дорожной карты»",
                "«Ýol kartasyny» aralyk gözden geçirmek", ActivityStatus.IN_PROGRESS, 60, "2026-10-05", null);
        midTermReview.getPredecessors().add(review);
        Activity finalReport = activity(policy, ActivityKind.MILESTONE, ministry, manager, "2027-12-15",
                "2027-12-15", "Final joint report on the Roadmap",
                "Итоговый совместный отчёт по «дорожной карте»",
                "«Ýol kartasy» boýunça jemleýji bilelikdäki hasabat", ActivityStatus.NOT_STARTED, 0, null, null);
        finalReport.getPredecessors().add(midTermReview);

        // A2 Education management information system
        Activity emisNeeds = activity(emis, ActivityKind.ACTIVITY, iite, advisor, "2024-01-15", "2024-09-30",
                "EMIS needs assessment", "Оценка потребностей ИСУО", "BDMU-nyň zerurlyklaryna baha bermek",
                ActivityStatus.DONE, 100, "2024-02-01", "2024-10-25");
        emisNeeds.setMeeting(july);
        Activity emisConcept = activity(emis, ActivityKind.MILESTONE, ministry, manager, "2025-03-31", "2025-03-31",
                "EMIS concept note approved", "Концепция ИСУО утверждена", "BDMU-nyň konsepsiýasy tassyklandy",
                ActivityStatus.DONE, 100, "2025-04-18", "2025-04-18");
        emisConcept.getPredecessors().add(emisNeeds);
        Activity emisPilot = activity(emis, ActivityKind.ACTIVITY, ministry, manager, "2025-04-01", "2025-12-31",
                "EMIS pilot in Ahal and Ashgabat schools", "Пилот ИСУО в школах Ахала и Ашхабада",
                "Ahal we Aşgabat mekdeplerinde BDMU-ny synag görnüşinde ornaşdyrmak", ActivityStatus.IN_PROGRESS,
                55, "2025-10-01", null);
        emisPilot.getPredecessors().add(emisConcept);
        slip(emisPilot, "2025-09-01", "2026-06-30");
        Activity emisRollout = activity(emis, ActivityKind.ACTIVITY, ministry, manager, "2026-03-01", "2027-06-30",
                "EMIS national roll-out", "Общенациональное внедрение ИСУО", "BDMU-ny ýurt boýunça ornaşdyrmak",
                ActivityStatus.NOT_STARTED, 0, null, null);
        emisRollout.getPredecessors().add(emisPilot);
        slip(emisRollout, "2026-09-01", "2027-12-31");
        Activity emisDataRules = activity(emis, ActivityKind.ACTIVITY, ministry, manager, "2026-01-15", "2026-12-24",
                "EMIS data protection and access rules", "Правила защиты данных и доступа в ИСУО",
                "BDMU-da maglumatlary goramagyň we elýeterliligiň düzgünleri", ActivityStatus.IN_PROGRESS, 75,
                "2026-02-02", null);
        emisDataRules.getPredecessors().add(emisConcept);
        addedLater.add(emisDataRules);
        Activity emisOperators = activity(emis, ActivityKind.ACTIVITY, iite, advisor, "2027-01-15", "2027-09-30",
                "Training of school EMIS operators in all velayats",
                "Обучение школьных операторов ИСУО во всех велаятах",
                "Ähli welaýatlarda mekdep BDMU operatorlaryny okatmak", ActivityStatus.NOT_STARTED, 0, null, null);
        emisOperators.getPredecessors().add(emisPilot);

        // A3 Teachers' digital competencies
        Activity framework = activity(teachers, ActivityKind.ACTIVITY, iite, advisor, "2024-04-01", "2024-11-30",
                "Adapt the UNESCO ICT competency framework for teachers",
                "Адаптация рамки ИКТ-компетенций учителей ЮНЕСКО",
                "ÝUNESKO-nyň mugallymlar üçin KMT başarnyklar çarçuwasyny uýgunlaşdyrmak", ActivityStatus.DONE,
                100, "2024-04-15", "2024-12-10");
        Activity trainers = activity(teachers, ActivityKind.ACTIVITY, iite, advisor, "2024-12-02", "2025-09-30",
                "Training of 300 master trainers", "Подготовка 300 мастер-тренеров",
                "300 sany ussat tälimçini taýýarlamak", ActivityStatus.IN_PROGRESS, 80, "2025-02-03", null);
        trainers.getPredecessors().add(framework);
        slip(trainers, "2025-01-15", "2025-12-15");
        Activity cascade = activity(teachers, ActivityKind.ACTIVITY, ministry, manager, "2025-10-01", "2027-03-31",
                "Cascade training of teachers in all velayats",
                "Каскадное обучение учителей во всех велаятах", "Ähli welaýatlarda mugallymlary kaskad usulda okatmak",
                ActivityStatus.IN_PROGRESS, 30, "2026-02-01", null);
        cascade.getPredecessors().add(trainers);
        slip(cascade, "2026-01-15", "2027-06-30");
        Activity preService = activity(teachers, ActivityKind.ACTIVITY, iite, advisor, "2024-12-02", "2025-10-31",
                "Digital competencies in pre-service teacher education programmes",
                "Цифровые компетенции в программах подготовки будущих учителей",
                "Geljekki mugallymlary taýýarlaýyş maksatnamalarynda sanly başarnyklar", ActivityStatus.DONE, 100,
                "2024-12-16", "2025-11-14");
        preService.getPredecessors().add(framework);
        Activity selfAssessment = activity(teachers, ActivityKind.ACTIVITY, iite, advisor, "2026-05-04", "2026-12-22",
                "Online self-assessment of teachers' digital competencies",
                "Онлайн-самооценка цифровых компетенций учителей",
                "Mugallymlaryň sanly başarnyklaryna onlaýn öz-özüňe baha bermek", ActivityStatus.IN_PROGRESS, 80,
                "2026-05-11", null);
        selfAssessment.getPredecessors().add(framework);
        addedLater.add(selfAssessment);
        Activity conference = activity(teachers, ActivityKind.MILESTONE, ministry, manager, "2027-04-15",
                "2027-04-15", "National conference on digital pedagogy",
                "Национальная конференция по цифровой педагогике", "Sanly pedagogika boýunça milli maslahat",
                ActivityStatus.NOT_STARTED, 0, null, null);
        conference.getPredecessors().add(trainers);

        // A4 Digital content and platforms
        Activity platform = activity(content, ActivityKind.ACTIVITY, ministry, manager, "2024-09-01", "2025-12-31",
                "Connect schools to the national e-learning platform",
                "Подключение школ к национальной платформе электронного обучения",
                "Mekdepleri milli elektron okuw platformasyna birikdirmek", ActivityStatus.IN_PROGRESS, 65,
                "2024-09-15", null);
        slip(platform, "2024-09-01", "2026-03-31");
        Activity oer = activity(content, ActivityKind.ACTIVITY, iite, advisor, "2026-10-01", "2027-09-30",
                "Open educational resources in Turkmen", "Открытые образовательные ресурсы на туркменском языке",
                "Türkmen dilinde açyk bilim çeşmeleri", ActivityStatus.NOT_STARTED, 0, null, null);
        Activity textbooks = activity(content, ActivityKind.MILESTONE, ministry, manager, "2026-12-15", "2026-12-15",
                "350 digital textbooks published", "Опубликовано 350 цифровых учебников",
                "350 sany sanly okuw kitaby neşir edildi", ActivityStatus.NOT_STARTED, 0, null, null);
        Activity quality = activity(content, ActivityKind.ACTIVITY, iite, advisor, "2024-04-01", "2024-10-31",
                "Quality standard for digital learning content", "Стандарт качества цифрового учебного контента",
                "Sanly okuw mazmunynyň hil standarty", ActivityStatus.DONE, 100, "2024-04-08", "2024-11-22");
        oer.getPredecessors().add(quality);
        Activity digitise = activity(content, ActivityKind.ACTIVITY, ministry, manager, "2025-01-15", "2026-11-30",
                "Digitise school textbooks for grades 1–12", "Оцифровка школьных учебников для 1–12 классов",
                "1–12-nji synplaryň mekdep okuw kitaplaryny sanlylaşdyrmak", ActivityStatus.IN_PROGRESS, 90,
                "2025-01-20", null);
        digitise.getPredecessors().add(quality);
        textbooks.getPredecessors().add(digitise);
        Activity analytics = activity(content, ActivityKind.ACTIVITY, ministry, manager, "2026-07-01", "2027-03-31",
                "Learning analytics module for the e-learning platform",
                "Модуль учебной аналитики для платформы электронного обучения",
                "Elektron okuw platformasy üçin okuw analitikasy moduly", ActivityStatus.ON_HOLD, 10,
                "2026-07-06", null);
        analytics.setDescription("On hold until the EMIS pilot ends: the module reads its school data from the EMIS.");
        analytics.getPredecessors().add(emisPilot);
        addedLater.add(analytics);

        // A5 Infrastructure and connectivity
        Activity survey = activity(infrastructure, ActivityKind.ACTIVITY, iite, advisor, "2023-11-01", "2024-04-30",
                "Survey of school connectivity and equipment", "Обследование подключения и оснащения школ",
                "Mekdepleriň birikdirilişini we enjamlaşdyrylyşyny barlamak", ActivityStatus.DONE, 100,
                "2023-11-06", "2024-05-17");
        Activity connectivityPlan = activity(infrastructure, ActivityKind.ACTIVITY, ministry, manager, "2024-06-01",
                "2024-12-31", "National school connectivity plan 2025–2027",
                "Национальный план подключения школ на 2025–2027 годы",
                "2025–2027-nji ýyllar üçin mekdepleri birikdirmegiň milli meýilnamasy", ActivityStatus.DONE, 100,
                "2024-06-10", "2025-02-14");
        connectivityPlan.getPredecessors().add(survey);
        Activity broadband1 = activity(infrastructure, ActivityKind.ACTIVITY, ministry, manager, "2025-03-01",
                "2026-08-31", "Broadband for 500 rural schools, phase 1",
                "Широкополосный Интернет для 500 сельских школ, первый этап",
                "500 oba mekdebi üçin giň zolakly internet, birinji tapgyr", ActivityStatus.IN_PROGRESS, 85,
                "2025-03-17", null);
        broadband1.getPredecessors().add(connectivityPlan);
        slip(broadband1, "2025-03-01", "2026-10-31");
        Activity satellite = activity(infrastructure, ActivityKind.ACTIVITY, ministry, manager, "2025-04-01",
                "2025-12-31", "Satellite Internet pilot for remote schools",
                "Пилотный проект спутникового Интернета для отдалённых школ",
                "Uzakdaky mekdepler üçin hemra arkaly internetiň synag taslamasy", ActivityStatus.CANCELLED, 0,
                null, null);
        satellite.setDescription("Cancelled in 2025: the connectivity plan brings fibre to the districts concerned.");
        satellite.getPredecessors().add(connectivityPlan);
        Activity computerClasses = activity(infrastructure, ActivityKind.ACTIVITY, ministry, manager, "2026-02-01",
                "2026-12-25", "Computer classes for 120 schools in Dashoguz and Lebap",
                "Компьютерные классы для 120 школ Дашогузского и Лебапского велаятов",
                "Daşoguz we Lebap welaýatlarynyň 120 mekdebi üçin kompýuter synplary", ActivityStatus.IN_PROGRESS,
                70, "2026-02-16", null);
        computerClasses.getPredecessors().add(connectivityPlan);
        addedLater.add(computerClasses);
        Activity broadband2 = activity(infrastructure, ActivityKind.ACTIVITY, ministry, manager, "2026-11-01",
                "2027-11-30", "Broadband for all remaining schools, phase 2",
                "Широкополосный Интернет для всех остальных школ, второй этап",
                "Galan ähli mekdepler üçin giň zolakly internet, ikinji tapgyr", ActivityStatus.NOT_STARTED, 0,
                null, null);
        broadband2.getPredecessors().add(broadband1);

        link(emisPilot, kpiList, "MOE-EMIS-COVERAGE");
        link(emisRollout, kpiList, "MOE-EMIS-COVERAGE");
        link(emisOperators, kpiList, "MOE-EMIS-COVERAGE");
        link(trainers, kpiList, "SDG-4.c.1-DIG");
        link(cascade, kpiList, "SDG-4.c.1-DIG");
        link(selfAssessment, kpiList, "SDG-4.c.1-DIG");
        link(platform, kpiList, "MOE-ELEARNING");
        link(textbooks, kpiList, "MOE-DIGITAL-TEXTBOOKS");
        link(oer, kpiList, "MOE-DIGITAL-TEXTBOOKS");
        link(digitise, kpiList, "MOE-DIGITAL-TEXTBOOKS");
        link(survey, kpiList, "SDG-4.a.1b");
        link(broadband1, kpiList, "SDG-4.a.1b");
        link(broadband2, kpiList, "SDG-4.a.1b");
        link(computerClasses, kpiList, "SDG-4.a.1c");
        link(computerClasses, kpiList, "MOE-PUPILS-PER-PC");

        List<Activity> saved = activities.saveAll(List.of(
                // The assistance requests point at these first fourteen by position: keep their order.
                draft, signing, review, actionPlan, emisNeeds, emisConcept, emisPilot, emisRollout, framework,
                trainers, cascade, platform, oer, textbooks,
                workingGroup, midTermReview, finalReport, emisDataRules, emisOperators, preService, selfAssessment,
                conference, quality, digitise, analytics, survey, connectivityPlan, broadband1, satellite,
                computerClasses, broadband2));

        july.followUp(0, draft.getId());
        july.followUp(1, signing.getId());
        july.followUp(2, emisNeeds.getId());
        meetings.save(july);

        baselines(roadmap, saved, manager);
        return saved;
    }

    /**
     * The draft as it stood in March 2024, then the slips since, then the plan as reviewed in
     * September 2026.
     */
    private void baselines(Roadmap roadmap, List<Activity> saved, AppUser manager) {
        Baseline draft = new Baseline(roadmap, "As signed in draft, March 2024", manager.getUsername(),
                at("2024-03-20"));
        saved.stream().filter(activity -> !addedLater.contains(activity)).forEach(draft::add);
        baselines.save(draft);

        slips.forEach((activity, now) -> activity.reschedule(now.start(), now.end()));
        activities.saveAll(new ArrayList<>(slips.keySet()));

        Baseline review = new Baseline(roadmap, "Q3 2026 review", manager.getUsername(), at("2026-09-15"));
        saved.forEach(review::add);
        baselines.save(review);
    }

    /** Records the dates the activity has today; it keeps its drafted dates until the first baseline is taken. */
    private void slip(Activity activity, String plannedStart, String plannedEnd) {
        slips.put(activity, new Dates(LocalDate.parse(plannedStart), LocalDate.parse(plannedEnd)));
    }

    private record Dates(LocalDate start, LocalDate end) {
    }

    private ActionArea actionArea(Roadmap roadmap, String code, int order, String en, String ru, String tk) {
        return actionAreas.save(new ActionArea(roadmap, code, LocalizedText.of(en, ru, tk), order));
    }

    private static Activity activity(ActionArea area, ActivityKind kind, Organisation owner, AppUser responsible,
                                     String plannedStart, String plannedEnd, String en, String ru, String tk,
                                     ActivityStatus status, int percent, String actualStart, String actualEnd) {
        Activity activity = new Activity(area, kind, LocalizedText.of(en, ru, tk), owner,
                LocalDate.parse(plannedStart), LocalDate.parse(plannedEnd));
        activity.setResponsible(responsible);
        activity.recordProgress(status, percent, actualStart == null ? null : LocalDate.parse(actualStart),
                actualEnd == null ? null : LocalDate.parse(actualEnd));
        return activity;
    }

    private static void link(Activity activity, List<Kpi> kpiList, String code) {
        kpiList.stream().filter(kpi -> kpi.getCode().equals(code)).forEach(activity.getKpis()::add);
    }

    private static Instant at(String date) {
        return LocalDate.parse(date).atTime(9, 0).toInstant(ZoneOffset.UTC);
    }
}
