package org.eduroadmap.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.RunAs;
import org.eduroadmap.api.ApiScope;
import org.eduroadmap.api.ApiTokenService;
import org.eduroadmap.assistance.AttachmentService;
import org.eduroadmap.assistance.RequestAction;
import org.eduroadmap.assistance.RequestCategory;
import org.eduroadmap.assistance.RequestConversationService;
import org.eduroadmap.assistance.RequestDraft;
import org.eduroadmap.assistance.RequestEditingService;
import org.eduroadmap.assistance.RequestWorkflowService;
import org.eduroadmap.base.LocalizedText;
import org.eduroadmap.base.RuleViolation;
import org.eduroadmap.kpi.Framework;
import org.eduroadmap.kpi.KpiCommentService;
import org.eduroadmap.kpi.KpiDefinition;
import org.eduroadmap.kpi.KpiDefinitionService;
import org.eduroadmap.kpi.MeasurementInput;
import org.eduroadmap.kpi.MeasurementService;
import org.eduroadmap.meeting.MeetingDetail;
import org.eduroadmap.meeting.MeetingFormat;
import org.eduroadmap.meeting.MeetingService;
import org.eduroadmap.meeting.NewMeeting;
import org.eduroadmap.roadmap.ActivityDraft;
import org.eduroadmap.roadmap.ActivityService;
import org.eduroadmap.roadmap.BaselineService;
import org.eduroadmap.roadmap.Choice;

/**
 * Hostile and unusual input through every form that saves text, as the services see it whichever screen, file
 * or API it came from. Markup, SQL, every script and emoji are stored exactly as typed (and shown as text, see
 * RequestSectionsIT); invisible control characters and direction overrides are dropped; blank and over-long
 * texts are refused with a message and store nothing, and a limit counts only what is stored. Numbers, years,
 * dates and codes outside their bounds are refused with a message and store nothing. On H2 and PostgreSQL
 * alike (PostgreSQL refuses NUL in text). Rolled back.
 */
@SpringBootTest
@Transactional
class HostileInputIT {

    private static final String KPI = "SDG-4.4.1";
    private static final String COUNT_KPI = "MOE-DIGITAL-TEXTBOOKS";

    @Autowired
    KpiCommentService kpiComments;
    @Autowired
    KpiDefinitionService kpiDefinitions;
    @Autowired
    MeasurementService measurements;
    @Autowired
    RequestConversationService conversation;
    @Autowired
    RequestEditingService requestEditing;
    @Autowired
    RequestWorkflowService workflow;
    @Autowired
    BaselineService baselines;
    @Autowired
    ActivityService activities;
    @Autowired
    MeetingService meetings;
    @Autowired
    ApiTokenService apiTokens;
    @Autowired
    AttachmentService attachments;
    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    EntityManager entityManager;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private RunAs runAs;
    private long activityId;
    private long measurementId;
    private long commentId;

    /**
     * One free-text field of a form: how a permitted user saves a text through it, the SQL that reads the
     * stored values back (newest first), its limit and whether it may be left empty.
     */
    private record Field(String name, Consumer<String> save, String storedQuery, int maxLength, boolean required) {
    }

    /** A value outside a form's bounds, the message it must be refused with, and the SQL showing what is stored. */
    private record Boundary(String name, Runnable attempt, String messageKey, String storedQuery) {
    }

    @BeforeEach
    void seed() {
        runAs = new RunAs(securityContext);
        activityId = jdbc.queryForObject("select min(id) from activity where kind = 'ACTIVITY'", Long.class);
        measurementId = asManager(() -> measurements.record(
                new MeasurementInput(KPI, 2000, null, new BigDecimal("12.5"), "seed", null)));
        commentId = asManager(() -> conversation.comment("TA-2025-001", "seed", false)).id();
        entityManager.flush();
    }

    private List<Field> fields() {
        return List.of(
                new Field("KPI comment", text -> manager(() -> kpiComments.comment(KPI, text)),
                        "select body from kpi_comment order by id desc", 4000, true),
                new Field("request comment", text -> manager(() -> conversation.comment("TA-2025-001", text, false)),
                        "select body from request_comment order by id desc", 4000, true),
                new Field("request comment edited", text -> manager(() -> conversation.edit(commentId, text)),
                        "select body from request_comment where id = " + commentId, 4000, true),
                new Field("baseline name", text -> manager(() -> baselines.save(text)),
                        "select name from baseline order by id desc", 200, true),
                new Field("activity title (English)", text -> saveActivity(draft -> draft.setTitleEn(text)),
                        activityColumn("name_en"), 300, true),
                new Field("activity title (Russian)", text -> saveActivity(draft -> draft.setTitleRu(text)),
                        activityColumn("name_ru"), 300, false),
                new Field("activity title (Turkmen)", text -> saveActivity(draft -> draft.setTitleTk(text)),
                        activityColumn("name_tk"), 300, false),
                new Field("activity description", text -> saveActivity(draft -> draft.setDescription(text)),
                        activityColumn("description"), 4000, false),
                new Field("KPI name (English)", text -> saveKpi(d -> texts(d, LocalizedText.of(text, d.name().ru(),
                        d.name().tk()), d.description(), d.dataSource())), kpiColumn("name_en"), 300, true),
                new Field("KPI name (Russian)", text -> saveKpi(d -> texts(d, LocalizedText.of(d.name().en(), text,
                        d.name().tk()), d.description(), d.dataSource())), kpiColumn("name_ru"), 300, true),
                new Field("KPI name (Turkmen)", text -> saveKpi(d -> texts(d, LocalizedText.of(d.name().en(),
                        d.name().ru(), text), d.description(), d.dataSource())), kpiColumn("name_tk"), 300, true),
                new Field("KPI description", text -> saveKpi(d -> texts(d, d.name(), text, d.dataSource())),
                        kpiColumn("description"), 4000, false),
                new Field("KPI data source", text -> saveKpi(d -> texts(d, d.name(), d.description(), text)),
                        kpiColumn("data_source"), 500, false),
                new Field("measurement source", text -> manager(() -> measurements.correct(measurementId,
                        measurementVersion(), new BigDecimal("13"), text, null)), measurementColumn("source"), 500,
                        false),
                new Field("measurement comment", text -> manager(() -> measurements.correct(measurementId,
                        measurementVersion(), new BigDecimal("13"), "seed", text)), measurementColumn("comment"),
                        2000, false),
                new Field("measurement return reason", this::returnMeasurement,
                        "select reason from measurement_transition where measurement_id = " + measurementId
                                + " and to_status = 'RETURNED' order by id desc", 2000, true),
                new Field("request title", text -> raiseRequest(text, "Description"),
                        "select title from assistance_request order by id desc", 300, true),
                new Field("request description", text -> raiseRequest("Title", text),
                        "select description from assistance_request order by id desc", 4000, true),
                new Field("request decline reason", this::declineNewRequest,
                        "select decline_reason from assistance_request where decline_reason is not null"
                                + " order by id desc", 2000, true),
                new Field("meeting title", text -> recordMeeting(LocalizedText.of(text, "Встреча", "Duşuşyk"), null,
                        new MeetingDetail.Participant("Aýna Berdiýewa", "Ministry"), "Decide"),
                        "select name_en from meeting order by id desc", 300, true),
                new Field("meeting summary", text -> recordMeeting(meetingTitle(), text,
                        new MeetingDetail.Participant("Aýna Berdiýewa", "Ministry"), "Decide"),
                        "select summary from meeting order by id desc", 4000, false),
                new Field("meeting participant", text -> recordMeeting(meetingTitle(), null,
                        new MeetingDetail.Participant(text, "Ministry"), "Decide"),
                        "select full_name from meeting_participant order by meeting_id desc, position", 200, true),
                new Field("meeting participant's affiliation", text -> recordMeeting(meetingTitle(), null,
                        new MeetingDetail.Participant("Aýna Berdiýewa", text), "Decide"),
                        "select affiliation from meeting_participant order by meeting_id desc, position", 300, true),
                new Field("meeting decision", text -> recordMeeting(meetingTitle(), null,
                        new MeetingDetail.Participant("Aýna Berdiýewa", "Ministry"), text),
                        "select wording from meeting_decision order by meeting_id desc, position", 2000, true));
    }

    private List<Boundary> boundaries() {
        String measured = "select id, period_year, measured_value from kpi_measurement order by id";
        String activity = "select * from activity where id = " + activityId;
        String kpi = "select * from kpi where code = '" + KPI + "'";
        String targets = "select * from kpi_target order by kpi_id, target_year";
        String kpiCodes = "select code from kpi order by code";
        String requests = "select request_number from assistance_request order by id";
        String meetingRows = "select id from meeting order by id";
        String tokens = "select name from api_token order by id";
        LocalDate today = LocalDate.now(clock);
        int thisYear = today.getYear();
        return List.of(
                new Boundary("measurement value below zero", () -> record(KPI, 2001, "-0.1"),
                        "measurement.error.negative", measured),
                new Boundary("percentage above 100", () -> record(KPI, 2001, "100.01"),
                        "measurement.error.percentRange", measured),
                new Boundary("count with a fraction", () -> record(COUNT_KPI, 2001, "1.5"),
                        "measurement.error.wholeNumber", measured),
                new Boundary("value beyond what is kept", () -> record(COUNT_KPI, 2001, "1e16"),
                        "measurement.error.tooLarge", measured),
                new Boundary("measurement year before the first", () -> record(KPI, 1999, "1"),
                        "measurement.error.year", measured),
                new Boundary("measurement year in the future", () -> record(KPI, thisYear + 1, "1"),
                        "measurement.error.year", measured),
                new Boundary("corrected percentage far above 100", () -> manager(() -> measurements.correct(
                        measurementId, measurementVersion(), new BigDecimal("1e20"), null, null)),
                        "measurement.error.percentRange", measured),
                new Boundary("activity ends before it starts", () -> saveActivity(draft -> {
                    draft.setPlannedStart(LocalDate.of(2026, 5, 2));
                    draft.setPlannedEnd(LocalDate.of(2026, 5, 1));
                }), "activity.error.endBeforeStart", activity),
                new Boundary("activity starts in year 1", () -> saveActivity(draft ->
                        draft.setPlannedStart(LocalDate.of(1, 1, 1))), "input.error.dateRange", activity),
                new Boundary("activity ends in 9999", () -> saveActivity(draft ->
                        draft.setPlannedEnd(LocalDate.of(9999, 12, 31))), "input.error.dateRange", activity),
                new Boundary("activity actually started in 1900", () -> saveActivity(draft -> {
                    draft.setActualStart(LocalDate.of(1900, 1, 1));
                    draft.setActualEnd(null);
                }), "input.error.dateRange", activity),
                new Boundary("activity 101 % complete", () -> saveActivity(draft -> draft.setPercentComplete(101)),
                        "activity.error.percent", activity),
                new Boundary("activity -1 % complete", () -> saveActivity(draft -> draft.setPercentComplete(-1)),
                        "activity.error.percent", activity),
                new Boundary("KPI with 5 decimals", () -> saveKpi(d -> numbers(d, 5, d.baselineValue(),
                        d.baselineYear(), d.onTrackPercent(), d.atRiskPercent(), d.targets())),
                        "kpi.error.decimals", kpi),
                new Boundary("KPI baseline above 100 %", () -> saveKpi(d -> numbers(d, d.decimals(),
                        new BigDecimal("100.5"), d.baselineYear(), d.onTrackPercent(), d.atRiskPercent(),
                        d.targets())), "kpi.error.value", kpi),
                new Boundary("KPI baseline year 1999", () -> saveKpi(d -> numbers(d, d.decimals(), d.baselineValue(),
                        1999, d.onTrackPercent(), d.atRiskPercent(), d.targets())), "kpi.error.baselineYear", kpi),
                new Boundary("KPI baseline year 2101", () -> saveKpi(d -> numbers(d, d.decimals(), d.baselineValue(),
                        2101, d.onTrackPercent(), d.atRiskPercent(), new TreeMap<>())), "kpi.error.baselineYear",
                        kpi),
                new Boundary("KPI thresholds reversed", () -> saveKpi(d -> numbers(d, d.decimals(),
                        d.baselineValue(), d.baselineYear(), new BigDecimal("50"), new BigDecimal("60"),
                        d.targets())), "kpi.error.thresholds", kpi),
                new Boundary("KPI threshold above 100 %", () -> saveKpi(d -> numbers(d, d.decimals(),
                        d.baselineValue(), d.baselineYear(), new BigDecimal("100.01"), d.atRiskPercent(),
                        d.targets())), "kpi.error.thresholds", kpi),
                new Boundary("KPI target before the baseline", () -> saveKpi(d -> numbers(d, d.decimals(),
                        d.baselineValue(), d.baselineYear(), d.onTrackPercent(), d.atRiskPercent(),
                        new TreeMap<>(Map.of(d.baselineYear(), BigDecimal.TEN)))), "kpi.error.targetYear", targets),
                new Boundary("KPI target in 2101", () -> saveKpi(d -> numbers(d, d.decimals(), d.baselineValue(),
                        d.baselineYear(), d.onTrackPercent(), d.atRiskPercent(),
                        new TreeMap<>(Map.of(2101, BigDecimal.TEN)))), "kpi.error.targetYearLast", targets),
                new Boundary("KPI target above 100 %", () -> saveKpi(d -> numbers(d, d.decimals(), d.baselineValue(),
                        d.baselineYear(), d.onTrackPercent(), d.atRiskPercent(),
                        new TreeMap<>(Map.of(2030, new BigDecimal("101"))))), "kpi.error.targetValue", targets),
                new Boundary("new KPI code of 41 characters", () -> createKpi("A" + "1".repeat(40)),
                        "kpi.error.code", kpiCodes),
                new Boundary("new KPI code with markup", () -> createKpi("<b>KPI</b>"), "kpi.error.code", kpiCodes),
                new Boundary("new KPI code of one character", () -> createKpi("K"), "kpi.error.code", kpiCodes),
                new Boundary("request due yesterday", () -> raiseRequest("Title", "Description",
                        today.minusDays(1)), "request.error.dueDatePast", requests),
                new Boundary("request due in 9999", () -> raiseRequest("Title", "Description",
                        LocalDate.of(9999, 1, 1)), "input.error.dateRange", requests),
                new Boundary("meeting held in 1999", () -> recordMeeting(LocalDate.of(1999, 12, 31)),
                        "input.error.dateRange", meetingRows),
                new Boundary("meeting more than a year ahead", () -> recordMeeting(today.plusYears(1).plusDays(1)), "meeting.error.heldOnFuture", meetingRows),
                new Boundary("API token name of 51 characters", () -> createToken("x".repeat(51)),
                        "apiToken.error.name", tokens),
                new Boundary("API token name with markup", () -> createToken("<script>alert(1)</script>"),
                        "apiToken.error.name", tokens),
                new Boundary("API token name of invisible characters", () -> createToken("\u0000\u202E"),
                        "apiToken.error.nameRequired", tokens));
    }

    private String stored(Field field, String typed) {
        field.save().accept(typed);
        entityManager.flush();
        return jdbc.queryForList(field.storedQuery(), String.class).getFirst();
    }

    @Test
    void whatPeopleCanSeeIsKeptExactly() {
        List<String> kept = List.of(
                "<img src=x onerror=alert(1)> <script>alert('x')</script>",
                "'; drop table kpi; -- \" OR 1=1",
                "Мектеп 🎓📚 Türkmençe ýüň, ğ, ş, ž; 学校 مدرسة",
                "Line one\nline two\ttabbed");
        int tried = 0;
        for (Field field : fields()) {
            for (String text : kept) {
                assertThat(stored(field, text)).as(field.name()).isEqualTo(text);
                tried++;
            }
            // The limit itself is allowed, counted on what is stored: invisible characters do not count.
            String longest = "é".repeat(field.maxLength() - 1) + "\u0000\u202E" + "z";
            assertThat(stored(field, longest)).as(field.name()).isEqualTo("é".repeat(field.maxLength() - 1) + "z");
            tried++;
        }
        assertThat(jdbc.queryForObject("select count(*) from kpi", Long.class)).isPositive();
        System.out.printf("Hostile input: %d kept-as-typed values tried%n", tried);
    }

    @Test
    void invisibleControlsAndDirectionOverridesAreDropped() {
        for (Field field : fields()) {
            assertThat(stored(field, "report\u0000 of\u0007 the\u001b week\u0085")).as(field.name())
                    .isEqualTo("report of the week");
            assertThat(stored(field, "invoice\u202Efdp.exe \u2066isolated\u2069")).as(field.name())
                    .isEqualTo("invoicefdp.exe isolated");
        }
    }

    @Test
    void blankAndOverlongTextIsRefusedWithAMessageAndNothingStored() {
        for (Field field : fields()) {
            List<String> before = jdbc.queryForList(field.storedQuery(), String.class);
            List<String> refused = new ArrayList<>(List.of("x".repeat(field.maxLength() + 1),
                    " " + "x".repeat(field.maxLength()) + "y\u0000 ", "x".repeat(100_000)));
            if (field.required()) {
                refused.addAll(List.of("", "   \n\t ", "\u0000\u0000", "\u202E\u2066 \u0007"));
            }
            for (String text : refused) {
                assertThatThrownBy(() -> field.save().accept(text)).as(field.name() + ": " + text.length())
                        .isInstanceOfSatisfying(RuleViolation.class,
                                violation -> assertThat(violation.messageKey()).isNotBlank());
            }
            entityManager.flush();
            assertThat(jdbc.queryForList(field.storedQuery(), String.class)).as(field.name()).isEqualTo(before);
        }
    }

    @Test
    void anOptionalTextOfInvisibleCharactersIsStoredAsNothing() {
        for (Field field : fields().stream().filter(field -> !field.required()).toList()) {
            for (String blank : List.of("", "  \n ", "\u0000\u0000", "\u202E\u2066 \u0007")) {
                // Titles in Russian and Turkmen are stored empty (falling back to English), the others as null.
                assertThat(stored(field, blank)).as(field.name()).isNullOrEmpty();
            }
        }
    }

    @Test
    void valuesOutsideTheirBoundsAreRefusedWithAMessageAndNothingStored() {
        int refused = 0;
        for (Boundary boundary : boundaries()) {
            entityManager.flush();
            List<Map<String, Object>> before = jdbc.queryForList(boundary.storedQuery());
            assertThatThrownBy(boundary.attempt()::run).as(boundary.name())
                    .isInstanceOfSatisfying(RuleViolation.class,
                            violation -> assertThat(violation.messageKey()).isEqualTo(boundary.messageKey()));
            entityManager.flush();
            assertThat(jdbc.queryForList(boundary.storedQuery())).as(boundary.name()).isEqualTo(before);
            refused++;
        }
        System.out.printf("Hostile input: %d boundary values refused%n", refused);
    }

    @Test
    void attachedFileNamesAreStoredWithoutControlsOverridesOrHalfCharacters() {
        byte[] pdf = "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Map<String, String> storedAs = Map.of(
                "invoice\u202Efdp.pdf", "invoicefdp.pdf",
                "re\u0000port\u0085 <i>2025.pdf", "report _i_2025.pdf",
                "C:\\Users\\x\\..\\plan.pdf", "plan.pdf");
        storedAs.forEach((typed, expected) -> assertThat(asManager(() -> attachments.upload("TA-2025-001", typed,
                pdf)).fileName()).as(typed).isEqualTo(expected));
        String name = asManager(() -> attachments.upload("TA-2025-001", "a" + "🎓".repeat(150) + ".pdf", pdf))
                .fileName();
        assertThat(name).endsWith(".pdf").hasSizeLessThanOrEqualTo(200);
        assertThat(name.codePoints().filter(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)
                .count()).as("no half emoji").isZero();
    }

    // Saving through the services as a user allowed to.

    private void manager(Runnable action) {
        runAs.run("manager", "PROJECT_MANAGER", action);
    }

    private <T> T asManager(java.util.function.Supplier<T> action) {
        return runAs.as("manager", "PROJECT_MANAGER", action);
    }

    private void saveActivity(Consumer<ActivityDraft> change) {
        manager(() -> {
            ActivityDraft draft = activities.draft(activityId).orElseThrow();
            change.accept(draft);
            activities.save(draft);
        });
    }

    private String activityColumn(String column) {
        return "select " + column + " from activity where id = " + activityId;
    }

    private void saveKpi(UnaryOperator<KpiDefinition> change) {
        runAs.run("admin", "ADMIN", () -> kpiDefinitions.save(change.apply(
                kpiDefinitions.definition(KPI).orElseThrow())));
    }

    private static String kpiColumn(String column) {
        return "select " + column + " from kpi where code = '" + KPI + "'";
    }

    private void createKpi(String code) {
        runAs.run("admin", "ADMIN", () -> {
            KpiDefinition d = kpiDefinitions.definition(KPI).orElseThrow();
            kpiDefinitions.create(new KpiDefinition(code, d.name(), d.description(), d.priorityAreaCode(), d.unit(),
                    d.direction(), d.decimals(), d.baselineValue(), d.baselineYear(), d.onTrackPercent(),
                    d.atRiskPercent(), d.dataSource(), d.targets(), d.dimensions(), 0), Framework.NATIONAL,
                    "MOE");
        });
    }

    private static KpiDefinition texts(KpiDefinition d, LocalizedText name, String description, String dataSource) {
        return new KpiDefinition(d.code(), name, description, d.priorityAreaCode(), d.unit(), d.direction(),
                d.decimals(), d.baselineValue(), d.baselineYear(), d.onTrackPercent(), d.atRiskPercent(), dataSource,
                d.targets(), d.dimensions(), d.version());
    }

    private static KpiDefinition numbers(KpiDefinition d, int decimals, BigDecimal baselineValue, int baselineYear,
                                         BigDecimal onTrack, BigDecimal atRisk, SortedMap<Integer, BigDecimal> targets) {
        return new KpiDefinition(d.code(), d.name(), d.description(), d.priorityAreaCode(), d.unit(), d.direction(),
                decimals, baselineValue, baselineYear, onTrack, atRisk, d.dataSource(), targets, d.dimensions(),
                d.version());
    }

    private void record(String kpiCode, int year, String value) {
        manager(() -> measurements.record(new MeasurementInput(kpiCode, year, null, new BigDecimal(value), null,
                null)));
    }

    private String measurementColumn(String column) {
        return "select " + column + " from kpi_measurement where id = " + measurementId;
    }

    private long measurementVersion() {
        entityManager.flush();
        return jdbc.queryForObject("select version from kpi_measurement where id = ?", Long.class, measurementId);
    }

    private void returnMeasurement(String reason) {
        entityManager.flush();
        String status = jdbc.queryForObject("select status from kpi_measurement where id = ?", String.class,
                measurementId);
        if (!"SUBMITTED".equals(status)) {
            manager(() -> measurements.submit(measurementId, measurementVersion()));
        }
        runAs.run("admin", "ADMIN", () -> measurements.returnForChanges(measurementId, measurementVersion(),
                reason));
    }

    private String raiseRequest(String title, String description) {
        return raiseRequest(title, description, null);
    }

    private String raiseRequest(String title, String description, LocalDate due) {
        Long office = jdbc.queryForObject("select organisation_id from app_user where username = 'advisor'",
                Long.class);
        RequestDraft draft = new RequestDraft();
        draft.setTitle(title);
        draft.setDescription(description);
        draft.setCategory(RequestCategory.POLICY_ADVICE);
        draft.setAddressedOrganisation(new Choice(office, LocalizedText.of("UNESCO", "ЮНЕСКО", "ÝUNESKO")));
        draft.setDueDate(due);
        return asManager(() -> requestEditing.save(draft));
    }

    private void declineNewRequest(String reason) {
        String number = raiseRequest("To decline", "Description");
        manager(() -> workflow.perform(number, requestVersion(number), RequestAction.SUBMIT, null));
        runAs.run("advisor", "UNESCO_ADVISOR", () -> {
            workflow.perform(number, requestVersion(number), RequestAction.TAKE, null);
            workflow.perform(number, requestVersion(number), RequestAction.DECLINE, reason);
        });
    }

    private long requestVersion(String number) {
        entityManager.flush();
        return jdbc.queryForObject("select version from assistance_request where request_number = ?", Long.class,
                number);
    }

    private static LocalizedText meetingTitle() {
        return LocalizedText.of("Steering group", "Руководящая группа", "Ýolbaşçy topar");
    }

    private void recordMeeting(LocalizedText title, String summary, MeetingDetail.Participant participant,
                               String decision) {
        manager(() -> meetings.record(new NewMeeting(LocalDate.of(2025, 3, 4), MeetingFormat.ONLINE, title, summary,
                List.of(participant), List.of(decision))));
    }

    private void recordMeeting(LocalDate heldOn) {
        manager(() -> meetings.record(new NewMeeting(heldOn, MeetingFormat.ONLINE, meetingTitle(), null,
                List.of(), List.of())));
    }

    private void createToken(String name) {
        runAs.run("admin", "ADMIN", () -> apiTokens.create(name, Set.of(ApiScope.values()[0])));
    }
}
