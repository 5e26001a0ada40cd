package org.eduroadmap.bench.load;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

/**
 * The steps of one signed-in user's visit: open the dashboard, change its year filter, open a KPI, open the
 * Roadmap timeline, open an assistance request and add a comment to it. Each step checks that the screen
 * it reached shows what it should, so a broken screen counts as an error and never as a fast answer.
 */
public final class Journey {

    /** The steps in order, as they are named in the figures. */
    public static final List<String> STEPS = List.of("open dashboard", "change filter", "open KPI", "open timeline",
            "open request", "type comment", "post comment");

    private final VaadinClient client;
    private final List<String> requestNumbers;
    private final String author;
    private int comments;

    public Journey(VaadinClient client, List<String> requestNumbers, String author) {
        this.client = client;
        this.requestNumbers = requestNumbers;
        this.author = author;
    }

    /** How many comments this user has posted and seen appear. */
    public int comments() {
        return comments;
    }

    /** Runs step {@code index} of {@link #STEPS}. */
    public void step(int index) {
        switch (index) {
            case 0 -> openDashboard();
            case 1 -> changeFilter();
            case 2 -> openKpi();
            case 3 -> openTimeline();
            case 4 -> openRequest();
            case 5 -> typeComment();
            case 6 -> postComment();
            default -> throw new IllegalArgumentException("no step " + index);
        }
    }

    private String pendingComment;
    private int commentField = -1;

    private void openDashboard() {
        client.navigate(STEPS.get(0), "", "");
        yearSelect();
        if (kpiLinks().isEmpty()) {
            throw new LoadFailure("the dashboard shows no KPI card");
        }
    }

    private void changeFilter() {
        UiTree tree = client.tree();
        UiTree.Node year = yearSelect();
        List<UiTree.Node> items = tree.find(node -> "vaadin-select-item".equals(node.tag())
                && isYear(tree.text(node)) && isWithin(tree, year, node));
        List<UiTree.Node> others = items.stream().filter(item -> !Objects.equals(item.property("value"),
                year.property("value"))).toList();
        if (others.isEmpty()) {
            throw new LoadFailure("the year filter offers no other year");
        }
        UiTree.Node chosen = others.get(ThreadLocalRandom.current().nextInt(Math.min(others.size(), 5)));
        String yearText = tree.text(chosen);
        JsonNode answer = client.sync(STEPS.get(1), year.id(), "value", chosen.property("value"));
        if (!answer.path("execute").toString().contains("year=" + yearText)) {
            throw new LoadFailure("changing the year to " + yearText + " did not update the dashboard: "
                    + VaadinClient.abbreviate(answer.toString()));
        }
        if (answer.path("changes").size() < 10) {
            throw new LoadFailure("changing the year to " + yearText + " redrew nothing");
        }
    }

    private void openKpi() {
        List<String> links = kpiLinks();
        if (links.isEmpty()) {
            throw new LoadFailure("no KPI card to open");
        }
        String link = links.get(ThreadLocalRandom.current().nextInt(links.size()));
        String code = link.substring("kpis/".length());
        client.navigate(STEPS.get(2), link, "");
        String heading = heading();
        if (!heading.startsWith(code)) {
            throw new LoadFailure("KPI " + code + " opened on '" + heading + "'");
        }
    }

    private void openTimeline() {
        client.navigate(STEPS.get(3), "roadmap", "");
        if (client.tree().first(node -> node.hasClass("timeline-legend")).isEmpty()) {
            throw new LoadFailure("the Roadmap page shows no timeline: '" + heading() + "'");
        }
    }

    private void openRequest() {
        String number = requestNumbers.get(ThreadLocalRandom.current().nextInt(requestNumbers.size()));
        client.navigate(STEPS.get(4), "assistance/" + number, "");
        String heading = heading();
        if (!heading.startsWith(number)) {
            throw new LoadFailure("request " + number + " opened on '" + heading + "'");
        }
        commentField = client.tree().first(node -> "vaadin-text-area".equals(node.tag())
                        && node.hasClass("conversation-new")).map(UiTree.Node::id)
                .orElseThrow(() -> new LoadFailure("request " + number + " offers no comment field"));
    }

    private void typeComment() {
        pendingComment = "Checked with the regional team (" + author + ", visit " + (comments + 1) + ", "
                + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36) + ")";
        client.sync(STEPS.get(5), commentField, "value", pendingComment);
    }

    private void postComment() {
        UiTree tree = client.tree();
        UiTree.Node post = tree.first(node -> "vaadin-button".equals(node.tag()) && "Post".equals(tree.text(node)))
                .orElseThrow(() -> new LoadFailure("no Post button beside the comment field"));
        client.click(STEPS.get(6), post.id());
        String comment = pendingComment;
        if (tree.first(node -> node.text != null && node.text.contains(comment)).isEmpty()) {
            throw new LoadFailure("the posted comment does not appear in the conversation");
        }
        Optional<UiTree.Node> field = tree.first(node -> node.id() == commentField);
        if (field.isEmpty() || !"".equals(field.get().property("value"))) {
            throw new LoadFailure("the comment field was not emptied after posting");
        }
        comments++;
    }

    private UiTree.Node yearSelect() {
        UiTree tree = client.tree();
        return tree.first(node -> "vaadin-select".equals(node.tag()) && !tree.find(item ->
                        "vaadin-select-item".equals(item.tag()) && isYear(tree.text(item)) && isWithin(tree, node, item))
                        .isEmpty())
                .orElseThrow(() -> new LoadFailure("the dashboard shows no year filter: '" + heading() + "'"));
    }

    /** The KPI pages linked from the screen: from links of their own and from links inside HTML pieces. */
    private List<String> kpiLinks() {
        UiTree tree = client.tree();
        Stream<String> own = tree.byTag("a").stream().map(node -> node.attribute("href"));
        Stream<String> inHtml = tree.find(node -> node.property("innerHTML") != null)
                .stream().flatMap(node -> KPI_LINK.matcher(node.property("innerHTML")).results()
                        .map(match -> match.group(1)));
        return Stream.concat(own, inHtml)
                .filter(href -> href != null && href.startsWith("kpis/") && href.length() > "kpis/".length())
                .distinct().toList();
    }

    private static final Pattern KPI_LINK = Pattern.compile("href=\"(kpis/[^\"]+)\"");

    private String heading() {
        UiTree tree = client.tree();
        return tree.byTag("h1").stream().map(tree::text).filter(text -> !text.isBlank())
                .reduce((first, second) -> second).orElse("");
    }

    private static boolean isYear(String text) {
        return text.matches("\\d{4}");
    }

    private static boolean isWithin(UiTree tree, UiTree.Node ancestor, UiTree.Node node) {
        return tree.isDescendant(ancestor, node);
    }
}
