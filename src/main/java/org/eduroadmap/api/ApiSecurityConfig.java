package org.eduroadmap.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The REST API's own security, apart from the screens': it matches {@code /api/**} only and comes
 * before Vaadin's chain (which matches everything else). Stateless: no HTTP session, no cookie,
 * no CSRF token (no browser session to ride on); a bearer token on every call instead. Scopes are
 * checked here per method and path, and again by the services' own rules.
 */
@Configuration
class ApiSecurityConfig {

    static final String READ = "SCOPE_read";
    static final String WRITE_MEASUREMENTS = "SCOPE_measurements:write";

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokenService tokens, ApiRateLimiter limiter,
                                       ApiResponses responses, ApiAuditTrail trail,
                                       SecurityContextHolderStrategy securityContext) throws Exception {
        // The filters are made here, not declared as beans, so the servlet container does not also run them
        // on every other request.
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAuthority(READ)
                        .requestMatchers(HttpMethod.POST, "/api/v1/measurements").hasAuthority(WRITE_MEASUREMENTS)
                        .anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, refused) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                            responses.write(response, ApiError.of(HttpStatus.UNAUTHORIZED,
                                    "A bearer token is required: Authorization: Bearer <token>."));
                        })
                        .accessDeniedHandler((request, response, denied) -> responses.write(response,
                                ApiError.of(HttpStatus.FORBIDDEN, "The token's scope does not allow this call."))))
                .addFilterBefore(new ApiAuditFilter(trail), SecurityContextHolderFilter.class)
                .addFilterBefore(new ApiTokenFilter(tokens, limiter, responses, securityContext),
                        AuthorizationFilter.class)
                .build();
    }
}
