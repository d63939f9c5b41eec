package io.mubiao.targets.store;

import io.mubiao.contracts.vocabulary.DocumentStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "documents")
public class DocumentRecord extends PanacheEntityBase {
    @Id
    public String id;
    public String title;
    @Column(name = "file_name")
    public String fileName;
    public String source;
    @Column(name = "content_type")
    public String contentType;
    @Column(name = "size_bytes")
    public Long sizeBytes;
    @Column(name = "char_count")
    public Integer charCount;
    @Column(name = "document_date")
    public LocalDate date;
    public String genre;
    public String issuer;
    /** The area the document speaks for (全国, 天津市, 深圳市), or null. */
    public String region;
    /** national, province, city or district; null when region is. */
    @Column(name = "region_level")
    public String regionLevel;
    /** Where each metadata field came from, as JSON text ({"title":"text:0-24",…}). */
    @Column(name = "metadata_sources")
    public String metadataSources;
    @Basic(fetch = FetchType.LAZY)
    public String text;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Enumerated(EnumType.STRING)
    public DocumentStatus status;
    @Column(name = "failure_stage")
    public String failureStage;
    @Column(name = "failure_reason")
    public String failureReason;
    @Column(name = "extractor_version")
    public String extractorVersion;
    @Column(name = "extracted_at")
    public Instant extractedAt;
    @Column(name = "target_count")
    public int targetCount;
    @Column(name = "entity_count")
    public int entityCount;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
