package org.eduroadmap.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSafeTest {

    @Test
    void lineBreaksAndControlCharactersBecomeVisibleEscapes() {
        assertThat(LogSafe.encode("eve\r\nINFO admin signed in\u0007\u2028"))
                .isEqualTo("eve\\r\\nINFO admin signed in\\u0007\\u2028")
                .doesNotContain("\n", "\r");
    }

    @Test
    void ordinaryTextIsUnchangedAndABackslashCannotFakeAnEscape() {
        assertThat(LogSafe.encode("Aýgül Öwezowa")).isEqualTo("Aýgül Öwezowa");
        assertThat(LogSafe.encode("a\\nb")).isEqualTo("a\\\\nb");
        assertThat(LogSafe.encode(null)).isEqualTo("null");
    }
}
