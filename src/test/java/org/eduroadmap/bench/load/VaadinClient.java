package org.eduroadmap.bench.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One signed-in user speaking to the application over real HTTP the way Vaadin's browser engine does: the
 * Spring Security sign-in form with its CSRF token, the bootstrap page, the {@code v-r=init} request that
 * creates the UI, then UIDL requests carrying RPC invocations (navigation events, property syncs, clicks).
 * Every response is checked; anything a working screen would not answer throws {@link LoadFailure}.
 * <p>
 * What it leaves out compared with a browser: static files (scripts, styles, icons, the chart library), the
 * heartbeat, push, and the client-side rendering itself. It measures the server's side of each round trip.
 */
public final class VaadinClient implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Map<String, Object> CLICK_DETAILS = Map.of("event.shiftKey", false, "event.metaKey", false,
            "event.ctrlKey", false, "event.altKey", false, "event.detail", 1, "event.button", 0,
            "event.clientX", 10, "event.clientY", 10, "event.screenX", 10, "event.screenY", 10);

    private final String base;
    private final HttpClient http;
    private final RoundTrips roundTrips;
    private final UiTree tree = new UiTree();
    private String csrfToken;
    private String securityKey;
    private int uiId = -1;
    private int syncId;
    private int clientId;
    private JsonNode lastResponse;

    public VaadinClient(String base, RoundTrips roundTrips) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.roundTrips = roundTrips;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public UiTree tree() {
        return tree;
    }

    /** The last UIDL response, for checks on what the server asked the browser to run. */
    public JsonNode lastResponse() {
        return lastResponse;
    }

    /** Signs in through the login form, as LoginForm posts it: username, password and the page's CSRF token. */
    public void signIn(String username, String password) {
        HttpResponse<String> page = send("sign-in", get("login"), 200);
        String token = csrf(page.body());
        String form = form(Map.of("username", username, "password", password, "_csrf", token));
        HttpResponse<String> answer = send("sign-in", HttpRequest.newBuilder(URI.create(base + "login")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), 302);
        String location = answer.headers().firstValue("Location").orElse("");
        if (location.contains("login")) {
            throw new LoadFailure("sign-in of " + username + " refused: sent to " + location);
        }
    }

    /** Loads the page and creates a UI, as a browser opening the application does. */
    public void openApp() {
        HttpResponse<String> page = send("open app", get(""), 200);
        csrfToken = csrf(page.body());
        HttpResponse<String> init = send("open app", get("?v-r=init&location=&query="), 200);
        JsonNode config = parse(init.body()).path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (!uidl.has("Vaadin-Security-Key") || !config.has("v-uiId")) {
            throw new LoadFailure("init answer without a UI: " + abbreviate(init.body()));
        }
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        uiId = config.path("v-uiId").asInt();
        syncId = uidl.path("syncId").asInt();
        clientId = 0;
        tree.apply(uidl.path("changes"));
    }

    /** A route change, as the router sends it when a link is followed. */
    public JsonNode navigate(String step, String route, String query) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", 1);
        rpc.put("event", "ui-navigate");
        ObjectNode data = rpc.putObject("data");
        data.put("route", route);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "");
        return uidl(step, rpc);
    }

    /** A property the browser element changed, e.g. a select's value or what was typed into a text area. */
    public JsonNode sync(String step, int node, String property, String value) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "mSync");
        rpc.put("node", node);
        rpc.put("feature", 1);
        rpc.put("property", property);
        rpc.put("value", value);
        return uidl(step, rpc);
    }

    /** A click on an element, with the mouse details a click listener reads. */
    public JsonNode click(String step, int node) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", "click");
        rpc.set("data", JSON.valueToTree(CLICK_DETAILS));
        return uidl(step, rpc);
    }

    /**
     * The round trip a browser makes right after a screen arrives, when its components report their state. The
     * server keeps each UI's last answer (to resend it if the browser retries), so until this round trip it holds
     * the whole screen's answer, which a browser has already replaced by a short one.
     */
    public JsonNode settle(String step) {
        return uidl(step);
    }

    private JsonNode uidl(String step, ObjectNode... rpcs) {
        if (securityKey == null) {
            throw new LoadFailure("no UI open");
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", securityKey);
        ArrayNode list = body.putArray("rpc");
        for (ObjectNode rpc : rpcs) {
            list.add(rpc);
        }
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        HttpResponse<String> answer = send(step, HttpRequest.newBuilder(
                        URI.create(base + "?v-r=uidl&v-uiId=" + uiId)).timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), 200);
        String text = answer.body();
        if (text.startsWith("for(;;);")) {
            text = text.substring("for(;;);".length());
        }
        JsonNode json = parse(text);
        if (json.isArray()) {
            json = json.path(0);
        }
        JsonNode meta = json.path("meta");
        if (meta.has("appError") || meta.has("sessionExpired") || json.has("redirect") || meta.has("redirect")
                || json.path("resynchronize").asBoolean(false)) {
            throw new LoadFailure(step + ": the server answered " + abbreviate(text));
        }
        if (!json.has("syncId") || json.path("clientId").asInt(-1) != clientId + 1) {
            throw new LoadFailure(step + ": out of step with the server: " + abbreviate(text));
        }
        syncId = json.path("syncId").asInt();
        clientId = json.path("clientId").asInt();
        tree.apply(json.path("changes"));
        lastResponse = json;
        return json;
    }

    /** Ends the session through the logout form, so the server frees it. */
    public void signOut() {
        if (csrfToken == null) {
            return;
        }
        send("sign-out", HttpRequest.newBuilder(URI.create(base + "logout")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("_csrf", csrfToken)))), 302);
        csrfToken = null;
        securityKey = null;
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).GET();
    }

    private HttpResponse<String> send(String step, HttpRequest.Builder request, int expectedStatus) {
        request.header("Accept-Language", "en");
        long started = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            roundTrips.record(step, started, System.nanoTime() - started, false);
            throw new LoadFailure(step + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadFailure(step + ": interrupted", e);
        }
        long nanos = System.nanoTime() - started;
        boolean ok = response.statusCode() == expectedStatus;
        roundTrips.record(step, started, nanos, ok);
        if (!ok) {
            throw new LoadFailure(step + ": HTTP " + response.statusCode() + " instead of " + expectedStatus + " "
                    + response.headers().firstValue("Location").orElse(abbreviate(response.body())));
        }
        return response;
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            throw new LoadFailure("not JSON: " + abbreviate(text), e);
        }
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new LoadFailure("page without a CSRF token: " + abbreviate(html));
        }
        return matcher.group(1);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    @Override
    public void close() {
        http.close();
    }
}
