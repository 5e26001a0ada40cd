package org.eduroadmap.bench.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;

/**
 * The client's copy of one UI's element tree, kept up to date from the "changes" of each server response, the
 * way Vaadin's browser engine keeps its DOM: enough of it to find a component by tag, class or text and to
 * learn its node id.
 */
public final class UiTree {

    // Vaadin's numbering of the parts of a state node (com.vaadin.flow.internal.nodefeature.NodeFeatures).
    private static final int ELEMENT_DATA = 0;
    private static final int ELEMENT_PROPERTIES = 1;
    private static final int ELEMENT_CHILDREN = 2;
    private static final int ELEMENT_ATTRIBUTES = 3;
    private static final int TEXT_NODE = 7;
    private static final int CLASS_LIST = 11;
    private static final int VIRTUAL_CHILDREN = 24;

    /** One element (or text) node as the server last described it. */
    public static final class Node {
        final int id;
        String tag;
        String text;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        final List<Integer> virtualChildren = new ArrayList<>();
        final List<String> classes = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        public int id() {
            return id;
        }

        public String tag() {
            return tag;
        }

        public String property(String name) {
            JsonNode value = properties.get(name);
            return value == null || value.isNull() ? null : value.asString();
        }

        public String attribute(String name) {
            return attributes.get(name);
        }

        public boolean hasClass(String name) {
            return classes.contains(name);
        }

        public List<Integer> children() {
            return children;
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();

    /** Applies the "changes" array of a response. */
    public void apply(JsonNode changes) {
        if (changes == null || !changes.isArray()) {
            return;
        }
        for (JsonNode change : changes) {
            int id = change.path("node").asInt();
            String type = change.path("type").asString("");
            if (type.equals("detach")) {
                nodes.remove(id);
                continue;
            }
            Node node = nodes.computeIfAbsent(id, Node::new);
            int feature = change.path("feat").asInt(-1);
            switch (type) {
                case "put" -> put(node, feature, change.path("key").asString(), change);
                case "remove" -> {
                    if (feature == ELEMENT_PROPERTIES) {
                        node.properties.remove(change.path("key").asString());
                    } else if (feature == ELEMENT_ATTRIBUTES) {
                        node.attributes.remove(change.path("key").asString());
                    }
                }
                case "splice" -> splice(node, feature, change);
                case "clear" -> {
                    if (feature == ELEMENT_CHILDREN) {
                        node.children.clear();
                    } else if (feature == CLASS_LIST) {
                        node.classes.clear();
                    } else if (feature == VIRTUAL_CHILDREN) {
                        node.virtualChildren.clear();
                    }
                }
                default -> {
                    // "attach" and "empty" only announce the node.
                }
            }
        }
    }

    private static void put(Node node, int feature, String key, JsonNode change) {
        JsonNode value = change.get("value");
        switch (feature) {
            case ELEMENT_DATA -> {
                if (key.equals("tag") && value != null) {
                    node.tag = value.asString();
                }
            }
            case ELEMENT_PROPERTIES -> node.properties.put(key, value);
            case ELEMENT_ATTRIBUTES -> node.attributes.put(key, value == null ? null
                    : value.isObject() ? value.path("uri").asString(null) : value.asString());
            case TEXT_NODE -> node.text = value == null ? "" : value.asString();
            default -> {
                // Listeners, styles and the like play no part in finding components.
            }
        }
    }

    private static void splice(Node node, int feature, JsonNode change) {
        int index = change.path("index").asInt();
        int remove = change.path("remove").asInt(0);
        if (feature == ELEMENT_CHILDREN || feature == VIRTUAL_CHILDREN) {
            List<Integer> list = feature == ELEMENT_CHILDREN ? node.children : node.virtualChildren;
            List<Integer> added = new ArrayList<>();
            change.path("addNodes").forEach(item -> added.add(item.asInt()));
            replace(list, index, remove, added);
        } else if (feature == CLASS_LIST) {
            List<String> added = new ArrayList<>();
            change.path("add").forEach(item -> added.add(item.asString()));
            replace(node.classes, index, remove, added);
        }
    }

    private static <T> void replace(List<T> list, int index, int remove, List<T> added) {
        int from = Math.min(index, list.size());
        int to = Math.min(from + remove, list.size());
        list.subList(from, to).clear();
        list.addAll(from, added);
    }

    /** The nodes reachable from the UI's root, in document order, that match. */
    public List<Node> find(Predicate<Node> test) {
        List<Node> found = new ArrayList<>();
        collect(1, test, found, new HashSet<>());
        return found;
    }

    public List<Node> byTag(String tag) {
        return find(node -> tag.equals(node.tag));
    }

    public Optional<Node> first(Predicate<Node> test) {
        List<Node> found = find(test);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * Each node once: a child list can still name a node the server has since detached and reused elsewhere,
     * so the lists alone may not form a tree.
     */
    private void collect(int id, Predicate<Node> test, List<Node> found, Set<Integer> visited) {
        Node node = nodes.get(id);
        if (node == null || !visited.add(id)) {
            return;
        }
        if (test.test(node)) {
            found.add(node);
        }
        for (int child : node.children) {
            collect(child, test, found, visited);
        }
        for (int child : node.virtualChildren) {
            collect(child, test, found, visited);
        }
    }

    /** The text a node shows: its own text or that of its descendants, separated by spaces. */
    public String text(Node node) {
        StringBuilder out = new StringBuilder();
        appendText(node, out, new HashSet<>());
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private void appendText(Node node, StringBuilder out, Set<Integer> visited) {
        if (node == null || !visited.add(node.id)) {
            return;
        }
        if (node.text != null) {
            out.append(node.text).append(' ');
        }
        for (int child : node.children) {
            appendText(nodes.get(child), out, visited);
        }
    }

    public int size() {
        return nodes.size();
    }

    /** Whether {@code node} lies under {@code ancestor}. */
    public boolean isDescendant(Node ancestor, Node node) {
        List<Node> found = new ArrayList<>();
        int target = node.id;
        Set<Integer> visited = new HashSet<>();
        for (int child : ancestor.children) {
            collect(child, candidate -> candidate.id == target, found, visited);
        }
        return !found.isEmpty();
    }
}
