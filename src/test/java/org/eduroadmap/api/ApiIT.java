package org.eduroadmap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import tools.jackson.databind.json.JsonMapper;

import org.eduroadmap.RunAs;
import org.eduroadmap.TestClock;

/**
 * The REST API over HTTP, through the real security chain: who gets in, what a batch of values
 * does, what leaves. Not transactional (each call commits as in production); what the tests
 * write is removed afterwards, so the demo data stays as other tests expect it.
 */
@SpringBootTest
@Import(TestClock.class)
class ApiIT {

    /** A regional KPI whose demo values start in 2019: 2011 to 2018 are free for a batch. */
    private static final String KPI = "SDG-4.a.1b";
    private static final List<String> REGIONS = List.of("TM-S", "ARK", "TM-A", "TM-B", "TM-D", "TM-L", "TM-M");

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    org.eduroadmap.kpi.MeasurementService measurements;

    private MockMvc mvc;
    private ListAppender<ILoggingEvent> audit;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        audit = new ListAppender<>();
        audit.start();
        ((Logger) LoggerFactory.getLogger(LogApiAuditTrail.LOGGER)).addAppender(audit);
    }

    @AfterEach
    void removeWhatTheTestsWrote() {
        ((Logger) LoggerFactory.getLogger(LogApiAuditTrail.LOGGER)).detachAppender(audit);
        jdbc.update("delete from measurement_transition where measurement_id in"
                + " (select id from kpi_measurement where created_by like 'api:%')");
        jdbc.update("delete from kpi_measurement where created_by like 'api:%'");
        jdbc.update("delete from api_token");
    }

    private CreatedApiToken token(String name, ApiScope... scopes) {
        return new RunAs(securityContext).as("admin", "ADMIN",
                () -> tokens.create(name, EnumSet.copyOf(List.of(scopes))));
    }

    private static MockHttpServletRequestBuilder with(MockHttpServletRequestBuilder request, CreatedApiToken token) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token.secret());
    }

    private String batch(int fromYear, int toYear) {
        List<Map<String, Object>> values = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            for (String region : REGIONS) {
                values.add(Map.of("kpi", KPI, "year", year, "region", region, "value", 30 + year - 2010,
                        "source", "EMIS school census"));
            }
        }
        return json.writeValueAsString(Map.of("measurements", values));
    }

    private MockHttpServletRequestBuilder postBatch(String body) {
        return post("/api/v1/measurements").contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private int apiRows() {
        return jdbc.queryForObject("select count(*) from kpi_measurement where created_by like 'api:%'", Integer.class);
    }

    @Test
    void withoutATokenTheApiAnswers401InJson() throws Exception {
        mvc.perform(get("/api/v1/kpis"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.error").value("Unauthorized"))
                .andExpect(jsonPath("$.message").isNotEmpty());
        mvc.perform(postBatch(batch(2011, 2011))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/kpis").header(HttpHeaders.AUTHORIZATION, "Bearer edr_not-a-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
        assertThat(apiRows()).isZero();
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() throws Exception {
        CreatedApiToken token = token("Partner portal", ApiScope.READ);
        mvc.perform(with(get("/api/v1/kpis"), token)).andExpect(status().isOk());
        new RunAs(securityContext).run("admin", "ADMIN", () -> tokens.revoke(token.id()));
        mvc.perform(with(get("/api/v1/kpis"), token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").value("The token is unknown or revoked."));
    }

    @Test
    void aReadTokenCannotSendValues() throws Exception {
        CreatedApiToken token = token("Reporting", ApiScope.READ);
        mvc.perform(with(postBatch(batch(2011, 2011)), token))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        assertThat(apiRows()).isZero();
    }

    @Test
    void aWriteOnlyTokenCannotRead() throws Exception {
        CreatedApiToken token = token("EMIS", ApiScope.MEASUREMENTS_WRITE);
        mvc.perform(with(get("/api/v1/measurements"), token)).andExpect(status().isForbidden());
        mvc.perform(with(get("/api/v1/requests"), token)).andExpect(status().isForbidden());
    }

    @Test
    void theEmisSendsSevenRegionsTimesEightYearsThatWaitForApproval() throws Exception {
        CreatedApiToken token = token("EMIS", ApiScope.MEASUREMENTS_WRITE);
        mvc.perform(with(postBatch(batch(2011, 2018)), token))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.submitted").value(56))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.ids.length()").value(56));
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select m.status, m.source, m.created_by, m.period_year, r.code as region
                from kpi_measurement m join kpi k on k.id = m.kpi_id join region r on r.id = m.region_id
                where k.code = ? and m.period_year between 2011 and 2018
                """, KPI);
        assertThat(rows).hasSize(56).allSatisfy(row -> {
            assertThat(row.get("STATUS")).isEqualTo("SUBMITTED");
            assertThat(row.get("SOURCE")).isEqualTo("EMIS school census (API token EMIS)");
            assertThat(row.get("CREATED_BY")).isEqualTo("api:EMIS");
        });
        assertThat(rows).extracting(row -> row.get("REGION")).containsAll(REGIONS);
        assertThat(jdbc.queryForObject("""
                select count(*) from measurement_transition t join kpi_measurement m on m.id = t.measurement_id
                where m.created_by = 'api:EMIS' and t.to_status = 'SUBMITTED' and t.from_status is null
                """, Integer.class)).as("each value's history starts with its submission").isEqualTo(56);

        // Sent again, the same values are duplicates: refused, nothing more written.
        mvc.perform(with(postBatch(batch(2011, 2011)), token)).andExpect(status().isBadRequest());
        assertThat(apiRows()).isEqualTo(56);
    }

    @Test
    void oneBadValueRefusesTheWholeBatchAndNamesIt() throws Exception {
        CreatedApiToken token = token("EMIS", ApiScope.MEASUREMENTS_WRITE);
        String body = """
                {"measurements": [
                  {"kpi": "SDG-4.a.1b", "year": 2012, "region": "TM-S", "value": 40.5},
                  {"kpi": "SDG-4.a.1b", "year": 2012, "region": "TM-A", "value": 140},
                  {"kpi": "SDG-4.a.1b", "year": 2012, "region": "TM-B", "value": 38}
                ]}
                """;
        mvc.perform(with(postBatch(body), token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].index").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("value"))
                .andExpect(jsonPath("$.errors[0].message").value("A percentage must be between 0 and 100."));
        assertThat(apiRows()).isZero();
    }

    @Test
    void unknownKpisRegionsAndRepeatedValuesAreRefused() throws Exception {
        CreatedApiToken token = token("EMIS", ApiScope.MEASUREMENTS_WRITE);
        String body = """
                {"measurements": [
                  {"kpi": "NO-SUCH-KPI", "year": 2012, "value": 1},
                  {"kpi": "SDG-4.a.1b", "year": 2012, "region": "XX", "value": 40},
                  {"kpi": "SDG-4.a.1b", "year": 2012, "region": "TM-M", "value": 40},
                  {"kpi": "SDG-4.a.1b", "year": 2012, "region": "TM-M", "value": 41},
                  {"kpi": "SDG-4.a.1b", "year": 2031, "value": 41}
                ]}
                """;
        mvc.perform(with(postBatch(body), token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(4))
                .andExpect(jsonPath("$.errors[0].index").value(0))
                .andExpect(jsonPath("$.errors[0].field").value("kpi"))
                .andExpect(jsonPath("$.errors[0].message").value("Unknown KPI code."))
                .andExpect(jsonPath("$.errors[1].index").value(1))
                .andExpect(jsonPath("$.errors[1].field").value("region"))
                .andExpect(jsonPath("$.errors[1].message").value("Unknown region."))
                .andExpect(jsonPath("$.errors[2].index").value(3))
                .andExpect(jsonPath("$.errors[3].index").value(4))
                .andExpect(jsonPath("$.errors[3].field").value("year"));
        mvc.perform(with(postBatch("{\"measurements\": []}"), token)).andExpect(status().isBadRequest());
        mvc.perform(with(postBatch("not json"), token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400));
        assertThat(apiRows()).isZero();
    }

    @Test
    void callsBeyondTheLimitWaitWithRetryAfter() throws Exception {
        CreatedApiToken token = token("Busy client", ApiScope.READ);
        for (int call = 0; call < 60; call++) {
            mvc.perform(with(get("/api/v1/requests").param("size", "1"), token)).andExpect(status().isOk());
        }
        mvc.perform(with(get("/api/v1/requests").param("size", "1"), token))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists(HttpHeaders.RETRY_AFTER))
                .andExpect(jsonPath("$.status").value(429));
        CreatedApiToken other = token("Quiet client", ApiScope.READ);
        mvc.perform(with(get("/api/v1/requests").param("size", "1"), other))
                .andExpect(status().isOk());
    }

    @Test
    void theApiKeepsNoSession() throws Exception {
        CreatedApiToken token = token("Reporting", ApiScope.READ, ApiScope.MEASUREMENTS_WRITE);
        for (MockHttpServletRequestBuilder request : List.of(get("/api/v1/kpis"), get("/api/v1/kpis"),
                postBatch(batch(2013, 2013)), get("/api/v1/nothing-here"))) {
            MvcResult result = mvc.perform(with(request, token)).andReturn();
            assertThat(result.getRequest().getSession(false)).isNull();
            assertThat(result.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).noneMatch(c -> c.contains("JSESSIONID"));
        }
        MvcResult refused = mvc.perform(get("/api/v1/kpis")).andReturn();
        assertThat(refused.getRequest().getSession(false)).isNull();
    }

    @Test
    void requestSummariesNeverCarryInternalNotes() throws Exception {
        List<String> notes = jdbc.queryForList("select body from request_comment where internal = true", String.class);
        assertThat(notes).as("the demo holds internal notes to leak").isNotEmpty();
        CreatedApiToken token = token("Reporting", ApiScope.READ);
        String body = mvc.perform(with(get("/api/v1/requests").param("size", "500"), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(jdbc.queryForObject("select count(*) from assistance_request",
                        Integer.class)))
                .andExpect(jsonPath("$.items[0].number").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        assertThat(notes).allSatisfy(note -> assertThat(body).doesNotContain(note));
        assertThat(body).doesNotContain("\"comments\"", "\"body\"", "internal");
    }

    @Test
    void readsKpisMeasurementsAndActivitiesAsDocumented() throws Exception {
        CreatedApiToken token = token("Reporting", ApiScope.READ);
        mvc.perform(with(get("/api/v1/kpis").param("year", "2026"), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").isNotEmpty())
                .andExpect(jsonPath("$[0].name.en").isNotEmpty())
                .andExpect(jsonPath("$[0].year").value(2026));
        mvc.perform(with(get("/api/v1/kpis/" + KPI), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kpi.code").value(KPI))
                .andExpect(jsonPath("$.targets['2026']").value(90.0));
        mvc.perform(with(get("/api/v1/kpis/NOPE"), token)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(with(get("/api/v1/nothing-here"), token)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("There is nothing at this address."));
        mvc.perform(with(get("/api/v1/measurements").param("kpi", KPI).param("region", "TM-S")
                        .param("year", "2024"), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].region").value("TM-S"))
                .andExpect(jsonPath("$.items[0].status").value("APPROVED"))
                .andExpect(jsonPath("$.items[0].updatedAt").value(org.hamcrest.Matchers.endsWith("Z")));
        mvc.perform(with(get("/api/v1/measurements").param("kpi", KPI).param("size", "5"), token))
                .andExpect(jsonPath("$.items.length()").value(5))
                .andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(5)));
        mvc.perform(with(get("/api/v1/measurements").param("size", "501"), token))
                .andExpect(status().isBadRequest());
        mvc.perform(with(get("/api/v1/activities").param("size", "2"), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].plannedStart").value(org.hamcrest.Matchers.matchesPattern(
                        "\\d{4}-\\d{2}-\\d{2}")));
    }

    @Test
    void everyCallIsAudited() throws Exception {
        CreatedApiToken token = token("AuditCheck", ApiScope.READ);
        mvc.perform(with(get("/api/v1/kpis"), token));
        mvc.perform(get("/api/v1/kpis"));
        mvc.perform(with(postBatch(batch(2011, 2011)), token));
        assertThat(audit.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "token=AuditCheck method=GET path=/api/v1/kpis status=200 remote=127.0.0.1",
                "token=- method=GET path=/api/v1/kpis status=401 remote=127.0.0.1",
                "token=AuditCheck method=POST path=/api/v1/measurements status=403 remote=127.0.0.1");
        assertThat(jdbc.queryForList("select detail from security_event where kind = 'API_CALL'"
                + " and username = 'api:AuditCheck' order by id", String.class))
                .containsExactly("GET /api/v1/kpis → 200", "POST /api/v1/measurements → 403");
    }

    @Test
    void theServiceItselfRequiresTheWriteScope() {
        var input = List.of(new org.eduroadmap.kpi.MeasurementInput(KPI, 2014, "TM-S", java.math.BigDecimal.TEN,
                null, null));
        for (String authority : List.of("SCOPE_read", "ROLE_PROJECT_MANAGER", "ROLE_ADMIN")) {
            var context = securityContext.createEmptyContext();
            context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                    .authenticated("caller", null, List.of(
                            new org.springframework.security.core.authority.SimpleGrantedAuthority(authority))));
            securityContext.setContext(context);
            try {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> measurements.submitBatch(input))
                        .as(authority).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
            } finally {
                securityContext.clearContext();
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from kpi_measurement where period_year = 2014",
                Integer.class)).isZero();
    }

    @Test
    void theScreensKeepTheirOwnSecurity() throws Exception {
        CreatedApiToken token = token("Reporting", ApiScope.READ);
        // A token is no way into the application's pages.
        mvc.perform(with(get("/admin"), token)).andExpect(status().is3xxRedirection());
    }
}
