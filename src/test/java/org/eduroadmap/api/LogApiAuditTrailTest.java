package org.eduroadmap.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogApiAuditTrailTest {

    @Test
    void whatACallerSendsCannotStartALineOfItsOwn() {
        String forged = LogApiAuditTrail.safe("/api/v1/kpis\r\ntoken=admin status=200");
        assertThat(forged).doesNotContain("\n", "\r", " ")
                .isEqualTo("/api/v1/kpis\\u000d\\u000atoken=admin\\u0020status=200");
        assertThat(LogApiAuditTrail.safe("a\\u000a")).isEqualTo("a\\\\u000a");
        assertThat(LogApiAuditTrail.safe(null)).isEqualTo("-");
    }
}
