package org.eduroadmap.assistance;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RequestAttachmentRepository extends JpaRepository<RequestAttachment, Long> {

    @Query("""
            select new org.eduroadmap.assistance.AttachmentRow(f.id, f.fileName, f.contentType, f.sizeBytes,
                   u.username, u.fullName, f.uploadedAt)
            from RequestAttachment f join f.request r join f.uploadedBy u
            where r.number = :requestNumber and """ + RequestVisibility.CONDITION + " order by f.uploadedAt, f.id")
    List<AttachmentRow> findRows(String requestNumber, RequestViewer viewer);

    @Query("""
            select new org.eduroadmap.assistance.AttachmentRow(f.id, f.fileName, f.contentType, f.sizeBytes,
                   u.username, u.fullName, f.uploadedAt)
            from RequestAttachment f join f.request r join f.uploadedBy u
            where f.id = :id and """ + RequestVisibility.CONDITION)
    Optional<AttachmentRow> findRow(long id, RequestViewer viewer);

    @Query("select new org.eduroadmap.assistance.AttachmentFile(f.fileName, f.contentType, f.content) "
            + "from RequestAttachment f join f.request r where f.id = :id and " + RequestVisibility.CONDITION)
    Optional<AttachmentFile> findFile(long id, RequestViewer viewer);

    @Modifying
    @Query("delete from RequestAttachment f where f.id = :id")
    int deleteAttachment(long id);
}
