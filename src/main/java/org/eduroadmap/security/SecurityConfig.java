package org.eduroadmap.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.eduroadmap.security.ui.LoginView;

/**
 * Views carry {@code @RolesAllowed}/{@code @PermitAll} for Vaadin's navigation access control;
 * services carry {@code @PreAuthorize}, which is what actually guards the data. JSR-250 method
 * security stays off so Spring does not proxy the views themselves.
 * <p>
 * The REST API under {@code /api/**} has its own stateless chain, ordered before this one, in
 * {@code org.eduroadmap.api.ApiSecurityConfig}: this chain (sessions, login page, CSRF) serves the screens only.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionGuard sessionGuard) throws Exception {
        // Vaadin's configurer denies whatever no rule matches, static files included.
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/vendor/**", "/styles/**", "/images/**").permitAll()
                .requestMatchers("/manage/health", "/manage/health/**").permitAll()
                .requestMatchers("/manage/**").hasRole(Role.ADMIN_NAME));
        SecurityHeaders.apply(http);
        // A disabled user's sessions end on every node at their next request; see SessionGuard.
        http.addFilterAfter(sessionGuard.filter(), SecurityContextHolderFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    /**
     * Sign-ins stay observed; the authorization of each service call is not. Every service checks its caller
     * (several per screen), and timing each check was a fifth of the dashboard's computation after a change
     * (JFR), for timers no one reads: the rules themselves are enforced all the same.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults().shouldObserveAuthorizations(false).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
