package org.eduroadmap.assistance;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.base.InputRules;
import org.eduroadmap.base.LocalizedText;
import org.eduroadmap.base.RuleViolation;
import org.eduroadmap.notification.NotificationKind;
import org.eduroadmap.notification.Notifier;
import org.eduroadmap.security.AppUser;
import org.eduroadmap.security.AppUserRepository;
import org.eduroadmap.security.Role;

/**
 * The conversation on a request. Ministry staff and UNESCO advisors comment; ministers read. Internal
 * notes are written and read by UNESCO advisors and administrators only: for anyone else they are left
 * out of the query, so they never reach a ministry user's browser. A request the user may not see
 * ({@link RequestVisibility}) has, for them, no conversation: reading, writing and editing behave as for a
 * request that does not exist, and nobody is told of a comment on a request they may not see.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class RequestConversationService {

    public static final int MAX_LENGTH = 4000;

    /** {@code @username}, not preceded by a word character, so an e-mail address is no mention. */
    public static final Pattern MENTION = Pattern.compile("(?<![\\w@])@([A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9]|[A-Za-z0-9])");

    private static final String WRITERS = "hasAnyRole('PROJECT_MANAGER', 'UNESCO_ADVISOR', 'ADMIN')";

    private final RequestCommentRepository comments;
    private final RequestCommentVersionRepository versions;
    private final AppUserRepository users;
    private final Notifier notifier;
    private final SecurityContextHolderStrategy securityContext;
    private final Clock clock;
    private final RequestVisibility visibility;

    RequestConversationService(RequestCommentRepository comments, RequestCommentVersionRepository versions,
                               AppUserRepository users, Notifier notifier,
                               SecurityContextHolderStrategy securityContext, Clock clock,
                               RequestVisibility visibility) {
        this.visibility = visibility;
        this.comments = comments;
        this.versions = versions;
        this.users = users;
        this.notifier = notifier;
        this.securityContext = securityContext;
        this.clock = clock;
    }

    /** The comments the signed-in user may read, oldest first, each with its earlier wordings. */
    @Transactional(readOnly = true)
    public List<ConversationComment> conversation(String requestNumber) {
        return withEarlierWordings(comments.findConversation(requestNumber, mayUseInternalNotes(),
                visibility.current()));
    }

    /**
     * The latest {@code count} of those comments, oldest first, and whether there are earlier ones: a long
     * conversation opens on its end without reading all of it.
     */
    @Transactional(readOnly = true)
    public ConversationWindow latest(String requestNumber, int count) {
        List<ConversationComment> newestFirst = new ArrayList<>(comments.findLatestConversation(requestNumber,
                mayUseInternalNotes(), visibility.current(), Limit.of(count + 1)));
        boolean earlier = newestFirst.size() > count;
        List<ConversationComment> shown = newestFirst.subList(0, Math.min(count, newestFirst.size()));
        Collections.reverse(shown);
        return new ConversationWindow(withEarlierWordings(shown), earlier);
    }

    /** Some of a conversation's comments, oldest first, and whether older ones were left out. */
    public record ConversationWindow(List<ConversationComment> comments, boolean hasEarlier) {
    }

    private List<ConversationComment> withEarlierWordings(List<ConversationComment> rows) {
        List<Long> edited = rows.stream().filter(ConversationComment::edited).map(ConversationComment::id).toList();
        if (edited.isEmpty()) {
            return rows;
        }
        Map<Long, List<CommentVersion>> earlier = comments.findVersions(edited).stream()
                .collect(Collectors.groupingBy(CommentVersion::commentId));
        return rows.stream().map(row -> row.withEarlier(earlier.getOrDefault(row.id(), List.of()))).toList();
    }

    /** The people a comment may mention, by name. */
    @Transactional(readOnly = true)
    public List<Mentionable> mentionable() {
        return comments.findMentionable();
    }

    @Transactional(readOnly = true)
    public boolean mayComment() {
        return hasAnyRole(Role.PROJECT_MANAGER, Role.UNESCO_ADVISOR, Role.ADMIN);
    }

    @Transactional(readOnly = true)
    public boolean mayUseInternalNotes() {
        return hasAnyRole(Role.UNESCO_ADVISOR, Role.ADMIN);
    }

    /** Adds a comment, or an internal note, and tells the people it concerns. */
    @PreAuthorize(WRITERS)
    public ConversationComment comment(String requestNumber, String body, boolean internal) {
        if (internal && !mayUseInternalNotes()) {
            throw new AccessDeniedException("Only UNESCO advisors and administrators write internal notes");
        }
        String text = checked(body);
        AppUser author = currentUser();
        RequestViewer viewer = RequestVisibility.of(author);
        AssistanceRequest request = comments.findRequest(requestNumber, viewer)
                .orElseThrow(() -> new RuleViolation(null, "conversation.error.request"));
        RequestComment saved = comments.saveAndFlush(new RequestComment(request, author, text, internal, clock.instant()));
        notifyMentioned(requestNumber, saved, author);
        if (!internal) {
            notifyParties(requestNumber, saved, author);
        }
        return comments.findConversation(requestNumber, internal, viewer).stream()
                .filter(row -> row.id().equals(saved.getId())).findFirst().orElseThrow();
    }

    /** Changes the wording of one's own comment; the earlier wording stays visible as "edited". */
    @PreAuthorize(WRITERS)
    public void edit(long commentId, String body) {
        String text = checked(body);
        RequestComment comment = comments.findVisible(commentId, visibility.current())
                .orElseThrow(() -> new RuleViolation(null, "conversation.error.comment"));
        if (!comment.getAuthor().getUsername().equals(currentUsername())) {
            throw new AccessDeniedException("Only the author edits a comment");
        }
        if (comment.isInternal() && !mayUseInternalNotes()) {
            throw new AccessDeniedException("Internal notes belong to UNESCO advisors and administrators");
        }
        if (comment.getBody().equals(text)) {
            return;
        }
        versions.save(new RequestCommentVersion(comment, comment.getBody(), comment.writtenAt()));
        comment.edit(text, clock.instant());
        comments.flush();
        String requestNumber = comments.findRequestNumber(commentId);
        notifyMentioned(requestNumber, comment, comment.getAuthor());
    }

    private static String checked(String body) {
        return InputRules.required("body", body, MAX_LENGTH, "comment.error.empty", "comment.error.tooLong");
    }

    /** The usernames a text mentions, in order of first appearance. */
    public static Set<String> mentions(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text == null ? "" : text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private void notifyMentioned(String requestNumber, RequestComment comment, AppUser author) {
        Set<String> names = mentions(comment.getBody());
        if (names.isEmpty()) {
            return;
        }
        LocalizedText subject = LocalizedText.of(
                author.getFullName() + " mentioned you on " + requestNumber,
                author.getFullName() + " упомянул(а) вас в запросе " + requestNumber,
                author.getFullName() + " sizi " + requestNumber + " haýyşynda agzady");
        for (AppUser mentioned : comments.findEnabledUsers(names)) {
            boolean mayRead = !comment.isInternal()
                    || mentioned.getRole() == Role.UNESCO_ADVISOR || mentioned.getRole() == Role.ADMIN;
            if (mayRead && !mentioned.getId().equals(author.getId())
                    && visibility.sees(mentioned, comment.requestId())) {
                notifier.notify(mentioned.getId(), NotificationKind.REQUEST_MENTION, subject,
                        "assistance/" + requestNumber, "request-comment-" + comment.getId() + "-mention");
            }
        }
    }

    private void notifyParties(String requestNumber, RequestComment comment, AppUser author) {
        RequestParties parties = comments.findParties(requestNumber).orElseThrow();
        Set<String> mentioned = mentions(comment.getBody());
        LocalizedText subject = LocalizedText.of(
                author.getFullName() + " commented on " + requestNumber,
                author.getFullName() + " прокомментировал(а) запрос " + requestNumber,
                author.getFullName() + " " + requestNumber + " haýyşyna teswir ýazdy");
        for (Long recipient : new LinkedHashSet<>(java.util.Arrays.asList(parties.raisedById(),
                parties.assignedAdvisorId()))) {
            if (recipient == null || recipient.equals(author.getId())) {
                continue;
            }
            AppUser user = users.findById(recipient).orElseThrow();
            if (!mentioned.contains(user.getUsername()) && visibility.sees(user, parties.requestId())) {
                notifier.notify(recipient, NotificationKind.REQUEST_COMMENT, subject, "assistance/" + requestNumber,
                        "request-comment-" + comment.getId());
            }
        }
    }

    private AppUser currentUser() {
        return users.findByUsername(currentUsername())
                .orElseThrow(() -> new IllegalStateException("Signed-in user not found"));
    }

    private String currentUsername() {
        return securityContext.getContext().getAuthentication().getName();
    }

    private boolean hasAnyRole(Role... roles) {
        Authentication authentication = securityContext.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        Set<String> granted = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        for (Role role : roles) {
            if (granted.contains(role.authority())) {
                return true;
            }
        }
        return false;
    }
}
