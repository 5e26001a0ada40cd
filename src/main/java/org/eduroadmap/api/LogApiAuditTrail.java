package org.eduroadmap.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.eduroadmap.audit.SecurityEventKind;
import org.eduroadmap.audit.SecurityEventLog;

/**
 * Keeps each API call in the audit trail (with the sign-ins and refusals, as "API call" by {@code api:<token>})
 * and writes it as one line to the {@code org.eduroadmap.api.audit} logger, which an operator can route to its
 * own file. Everything a caller controls is encoded, so a crafted path cannot forge a line of its own.
 */
@Component
class LogApiAuditTrail implements ApiAuditTrail {

    private final SecurityEventLog events;

    LogApiAuditTrail(SecurityEventLog events) {
        this.events = events;
    }

    static final String LOGGER = "org.eduroadmap.api.audit";
    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    @Override
    public void record(ApiCall call) {
        log.info("token={} method={} path={} status={} remote={}", safe(call.token()), safe(call.method()),
                safe(call.path()), call.status(), safe(call.remoteAddress()));
        events.record(SecurityEventKind.API_CALL, call.token() == null ? null : "api:" + call.token(),
                call.remoteAddress(), abbreviate(call.method() + " " + call.path()) + " → " + call.status());
    }

    /** The trail keeps 500 characters of detail: a very long address is cut, never refused. */
    private static String abbreviate(String text) {
        return text.length() <= 480 ? text : text.substring(0, 479) + "…";
    }

    /** Control characters (line breaks above all), spaces and backslashes become escapes; null becomes "-". */
    static String safe(String text) {
        if (text == null) {
            return "-";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\\') {
                out.append("\\\\");
            } else if (Character.isISOControl(c) || Character.isWhitespace(c) || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
