package org.eduroadmap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eduroadmap.security.AccessMatrixIT.Who.ADMIN;
import static org.eduroadmap.security.AccessMatrixIT.Who.ANONYMOUS;
import static org.eduroadmap.security.AccessMatrixIT.Who.MINISTER;
import static org.eduroadmap.security.AccessMatrixIT.Who.PROJECT_MANAGER;
import static org.eduroadmap.security.AccessMatrixIT.Who.UNESCO_ADVISOR;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.security.Principal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;

/**
 * Who may do what, as one table: every screen and every service operation that changes data, with the
 * principals allowed (the four roles and anonymous visitors). Each cell is tried: the view's access rules are
 * evaluated for the principal, and the operation is called as the principal (with placeholder arguments, in a
 * transaction that is rolled back) to see whether the service lets the call through its authorisation check.
 * An operation or a view that the table does not list fails the test, so nothing new escapes the matrix.
 */
@SpringBootTest
@Transactional
class AccessMatrixIT {

    enum Who { ANONYMOUS, MINISTER, PROJECT_MANAGER, UNESCO_ADVISOR, ADMIN }

    private static final Set<Who> SIGNED_IN = EnumSet.of(MINISTER, PROJECT_MANAGER, UNESCO_ADVISOR, ADMIN);

    /** Screens by route, and who may open them. */
    private static final Map<String, Set<Who>> VIEWS = Map.ofEntries(
            Map.entry("login", EnumSet.allOf(Who.class)),
            Map.entry("", SIGNED_IN),
            Map.entry("kpis", SIGNED_IN),
            Map.entry("kpis/:code", SIGNED_IN),
            Map.entry("kpis/import", EnumSet.of(PROJECT_MANAGER, ADMIN)),
            Map.entry("roadmap", SIGNED_IN),
            Map.entry("meetings", SIGNED_IN),
            Map.entry("meetings/:id", SIGNED_IN),
            Map.entry("assistance", SIGNED_IN),
            Map.entry("assistance/:number", SIGNED_IN),
            Map.entry("admin", EnumSet.of(ADMIN)),
            Map.entry("admin/api-tokens", EnumSet.of(ADMIN)),
            Map.entry("audit", EnumSet.of(ADMIN, MINISTER)));

    /** Operations that change data ("Service.method"), and who may call them. */
    private static final Map<String, Set<Who>> OPERATIONS = Map.ofEntries(
            Map.entry("ActivityService.save", EnumSet.of(PROJECT_MANAGER)),
            Map.entry("ActivityService.shiftSuccessors", EnumSet.of(PROJECT_MANAGER)),
            // Checking a token is how an API call signs in: it runs before anyone is known.
            Map.entry("ApiTokenService.authenticate", EnumSet.allOf(Who.class)),
            Map.entry("ApiTokenService.create", EnumSet.of(ADMIN)),
            Map.entry("ApiTokenService.revoke", EnumSet.of(ADMIN)),
            Map.entry("AttachmentService.delete", EnumSet.of(PROJECT_MANAGER, UNESCO_ADVISOR, ADMIN)),
            Map.entry("AttachmentService.upload", EnumSet.of(PROJECT_MANAGER, UNESCO_ADVISOR, ADMIN)),
            Map.entry("BaselineService.save", EnumSet.of(PROJECT_MANAGER)),
            Map.entry("ImportService.importFile", EnumSet.of(PROJECT_MANAGER, ADMIN)),
            Map.entry("KpiCommentService.comment", SIGNED_IN),
            Map.entry("KpiDefinitionService.create", EnumSet.of(PROJECT_MANAGER, ADMIN)),
            Map.entry("KpiDefinitionService.save", EnumSet.of(PROJECT_MANAGER, ADMIN)),
            Map.entry("MeasurementService.approve", EnumSet.of(ADMIN)),
            Map.entry("MeasurementService.correct", EnumSet.of(PROJECT_MANAGER)),
            Map.entry("MeasurementService.record", EnumSet.of(PROJECT_MANAGER)),
            Map.entry("MeasurementService.recordRegions", EnumSet.of(PROJECT_MANAGER)),
            Map.entry("MeasurementService.returnForChanges", EnumSet.of(ADMIN)),
            Map.entry("MeasurementService.submit", EnumSet.of(PROJECT_MANAGER)),
            // Only an API token with the measurements:write scope, never a person's role.
            Map.entry("MeasurementService.submitBatch", EnumSet.noneOf(Who.class)),
            Map.entry("MeetingService.record", EnumSet.of(PROJECT_MANAGER)),
            Map.entry("MeetingService.recordFollowUp", EnumSet.of(PROJECT_MANAGER)),
            Map.entry("NotificationService.markAllRead", SIGNED_IN),
            Map.entry("NotificationService.markRead", SIGNED_IN),
            Map.entry("RequestConversationService.comment", EnumSet.of(PROJECT_MANAGER, UNESCO_ADVISOR, ADMIN)),
            Map.entry("RequestConversationService.edit", EnumSet.of(PROJECT_MANAGER, UNESCO_ADVISOR, ADMIN)),
            Map.entry("RequestEditingService.linkToActivity", EnumSet.of(PROJECT_MANAGER)),
            Map.entry("RequestEditingService.save", EnumSet.of(PROJECT_MANAGER)),
            // Who may take which step is the workflow's own table (RequestWorkflowTest); here: signed-in only.
            Map.entry("RequestWorkflowService.perform", SIGNED_IN),
            // The trail records what everyone does, failed sign-ins of anonymous visitors included.
            Map.entry("SecurityEventLog.record", EnumSet.allOf(Who.class)),
            Map.entry("SecurityEventLog.recordFromCurrentRequest", EnumSet.allOf(Who.class)),
            Map.entry("UserService.changeLanguage", SIGNED_IN),
            Map.entry("UserService.changeOwnPassword", SIGNED_IN),
            Map.entry("UserService.resetPassword", EnumSet.of(ADMIN)),
            Map.entry("UserService.setEnabled", EnumSet.of(ADMIN)));

    @Autowired
    ApplicationContext context;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    private static Authentication as(Who who) {
        return switch (who) {
            case ANONYMOUS -> new AnonymousAuthenticationToken("matrix", "anonymousUser",
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
            case MINISTER -> user("minister", who);
            case PROJECT_MANAGER -> user("manager", who);
            case UNESCO_ADVISOR -> user("advisor", who);
            case ADMIN -> user("admin", who);
        };
    }

    private static Authentication user(String name, Who role) {
        return UsernamePasswordAuthenticationToken.authenticated(name, null,
                AuthorityUtils.createAuthorityList("ROLE_" + role.name()));
    }

    /** Every public method of the application's services that runs in a read-write transaction. */
    private Map<String, List<Operation>> operations() {
        Map<String, List<Operation>> found = new TreeMap<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("org.eduroadmap")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                Transactional transactional = AnnotatedElementUtils.findMergedAnnotation(method, Transactional.class);
                if (transactional == null) {
                    transactional = AnnotatedElementUtils.findMergedAnnotation(type, Transactional.class);
                }
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic() && transactional != null
                        && !transactional.readOnly()) {
                    found.computeIfAbsent(type.getSimpleName() + "." + method.getName(), name -> new ArrayList<>())
                            .add(new Operation(bean, method));
                }
            }
        }
        return found;
    }

    private record Operation(Object bean, Method method) {

        /** Whether the call got past the service's authorisation check; whatever it did next is not the point. */
        boolean allowed() {
            Object[] arguments = new Object[method.getParameterCount()];
            Class<?>[] types = method.getParameterTypes();
            for (int i = 0; i < types.length; i++) {
                arguments[i] = placeholder(types[i]);
            }
            try {
                method.invoke(bean, arguments);
                return true;
            } catch (InvocationTargetException e) {
                return !(e.getCause() instanceof AuthorizationDeniedException
                        || e.getCause() instanceof AuthenticationCredentialsNotFoundException);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        private static Object placeholder(Class<?> type) {
            if (type == long.class) {
                return 0L;
            }
            if (type == int.class) {
                return 0;
            }
            if (type == boolean.class) {
                return false;
            }
            if (type == String.class) {
                return "";
            }
            if (type == List.class || type == java.util.Collection.class) {
                return List.of();
            }
            if (type == Set.class) {
                return Set.of();
            }
            return null;
        }
    }

    private Set<String> routes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> routes = new TreeSet<>();
        scanner.findCandidateComponents("org.eduroadmap").forEach(candidate -> routes.add(candidate.getBeanClassName()));
        return routes;
    }

    @Test
    void everyCellOfTheMatrixHolds() throws ClassNotFoundException {
        Map<String, List<Operation>> operations = operations();
        assertThat(operations.keySet()).as("operations that change data must each have a row in OPERATIONS")
                .isSubsetOf(OPERATIONS.keySet());
        assertThat(OPERATIONS.keySet()).as("rows for operations that no longer exist")
                .isSubsetOf(operations.keySet());

        List<String> wrong = new ArrayList<>();
        int cells = 0;
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        Set<String> routesSeen = new TreeSet<>();
        for (String className : routes()) {
            Class<?> view = Class.forName(className);
            boolean testOnly = view.getProtectionDomain().getCodeSource().getLocation().getPath()
                    .contains("test-classes");
            if (!testOnly) {
                String route = view.getAnnotation(Route.class).value();
                routesSeen.add(route);
                Set<Who> expected = VIEWS.get(route);
                assertThat(expected).as("a row in VIEWS for the screen /" + route).isNotNull();
                for (Who who : Who.values()) {
                    Principal principal = who == ANONYMOUS ? null : as(who);
                    boolean allowed = checker.hasAccess(view, principal,
                            role -> who != ANONYMOUS && role.equals(who.name()));
                    cells++;
                    if (allowed != expected.contains(who)) {
                        wrong.add("/" + route + " for " + who + ": " + (allowed ? "allowed" : "denied"));
                    }
                }
            }
        }
        assertThat(VIEWS.keySet()).as("rows for screens that no longer exist").isSubsetOf(routesSeen);

        int calls = 0;
        for (Map.Entry<String, List<Operation>> operation : operations.entrySet()) {
            Set<Who> expected = OPERATIONS.get(operation.getKey());
            for (Operation overload : operation.getValue()) {
                calls++;
                for (Who who : Who.values()) {
                    securityContext.getContext().setAuthentication(as(who));
                    boolean allowed;
                    try {
                        allowed = overload.allowed();
                    } finally {
                        securityContext.clearContext();
                    }
                    cells++;
                    if (allowed != expected.contains(who)) {
                        wrong.add(operation.getKey() + " for " + who + ": " + (allowed ? "allowed" : "denied"));
                    }
                }
            }
        }
        System.out.printf("Access matrix: %d screens and %d operations (%d methods) x %d principals = %d cells"
                + " checked%n", routesSeen.size(), operations.size(), calls, Who.values().length, cells);
        assertThat(wrong).as("cells where the application differs from the matrix").isEmpty();
    }
}
