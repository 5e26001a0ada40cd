package org.eduroadmap.assistance;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.eduroadmap.security.AppUser;

public interface RequestCommentRepository extends JpaRepository<RequestComment, Long> {

    /** Internal notes are left out in the query itself unless {@code includeInternal}, so they never leave the database. */
    @Query("""
            select new org.eduroadmap.assistance.ConversationComment(c.id, a.username, a.fullName, o.name, c.body,
                   c.internal, c.createdAt, c.editedAt)
            from RequestComment c join c.request r join c.author a left join a.organisation o
            where r.number = :requestNumber and (c.internal = false or :includeInternal = true)
              and """ + RequestVisibility.CONDITION + " order by c.createdAt, c.id")
    List<ConversationComment> findConversation(String requestNumber, boolean includeInternal, RequestViewer viewer);

    /** The same, newest first, as many as the limit allows. */
    @Query("""
            select new org.eduroadmap.assistance.ConversationComment(c.id, a.username, a.fullName, o.name, c.body,
                   c.internal, c.createdAt, c.editedAt)
            from RequestComment c join c.request r join c.author a left join a.organisation o
            where r.number = :requestNumber and (c.internal = false or :includeInternal = true)
              and """ + RequestVisibility.CONDITION + " order by c.createdAt desc, c.id desc")
    List<ConversationComment> findLatestConversation(String requestNumber, boolean includeInternal,
                                                     RequestViewer viewer, Limit limit);

    @Query("""
            select new org.eduroadmap.assistance.CommentVersion(v.comment.id, v.body, v.writtenAt)
            from RequestCommentVersion v where v.comment.id in :commentIds order by v.writtenAt, v.id
            """)
    List<CommentVersion> findVersions(Collection<Long> commentIds);

    @Query("select c.request.number from RequestComment c where c.id = :commentId")
    String findRequestNumber(long commentId);

    /** The request when the viewer may see it; empty alike when it does not exist. */
    @Query("select r from AssistanceRequest r where r.number = :requestNumber and " + RequestVisibility.CONDITION)
    Optional<AssistanceRequest> findRequest(String requestNumber, RequestViewer viewer);

    /** The comment when the viewer may see its request; empty alike when it does not exist. */
    @Query("select c from RequestComment c join c.request r where c.id = :commentId and "
            + RequestVisibility.CONDITION)
    Optional<RequestComment> findVisible(long commentId, RequestViewer viewer);

    @Query("""
            select new org.eduroadmap.assistance.RequestParties(r.id, raiser.id, adv.id)
            from AssistanceRequest r join r.createdBy raiser left join r.assignedAdvisor adv
            where r.number = :requestNumber
            """)
    Optional<RequestParties> findParties(String requestNumber);

    @Query("""
            select new org.eduroadmap.assistance.Mentionable(u.username, u.fullName)
            from AppUser u where u.enabled = true order by u.fullName
            """)
    List<Mentionable> findMentionable();

    @Query("select u from AppUser u where u.enabled = true and u.username in :usernames")
    List<AppUser> findEnabledUsers(Collection<String> usernames);
}
