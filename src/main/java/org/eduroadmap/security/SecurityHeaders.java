package org.eduroadmap.security;

import java.util.List;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;

/**
 * Response headers that keep the browser from running foreign code, framing the app or leaking URLs.
 * X-Content-Type-Options: nosniff and Cache-Control come with Spring Security's defaults; HSTS too,
 * but only on HTTPS requests (behind a TLS proxy, set server.forward-headers-strategy so the app
 * knows the request was secure).
 */
final class SecurityHeaders {

    /**
     * As strict as Vaadin allows: its bootstrap page carries inline scripts and styles, and the client
     * runs server-sent JavaScript (executeJs) through Function(), hence 'unsafe-inline' and 'unsafe-eval'
     * for scripts. Everything loads from this origin only; nothing may frame the app.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private SecurityHeaders() {
    }

    static void apply(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny()));
        // The same headers once more, written before the request goes on: Spring writes its own when the
        // response is committed, and Vaadin's pages (the login page among them) came out without them (measured).
        HeaderWriterFilter eager = new HeaderWriterFilter(List.of(
                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
                new ReferrerPolicyHeaderWriter(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN),
                new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY),
                new XContentTypeOptionsHeaderWriter(),
                new HstsHeaderWriter()));
        eager.setShouldWriteHeadersEagerly(true);
        http.addFilterBefore(eager, HeaderWriterFilter.class);
    }
}
