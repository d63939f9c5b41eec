package io.mubiao.ingest.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What ingest-service received, kept as received, and whether its event has been published. */
@Entity
@Table(name = "documents")
public class StoredDocument extends PanacheEntityBase {
    @Id
    public String id;
    public String sha256;
    public String title;
    public String source;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "content_type")
    public String contentType;
    @Column(name = "size_bytes")
    public long sizeBytes;
    @Basic(fetch = FetchType.LAZY)
    public byte[] original;
    public String text;
    @Column(name = "received_at")
    public Instant receivedAt;
    /** The document's own date (delivery or publication), found in the file or given by the upload. */
    @Column(name = "doc_date")
    public LocalDate date;
    public String genre;
    public String issuer;
    /** The area it speaks for, normalized (全国, 天津市, 深圳市), or null. */
    public String region;
    /** national, province, city or district; null when region is. */
    @Column(name = "region_level")
    public String regionLevel;
    /** JSON array of the event's sections. */
    public String sections;
    /** JSON array of the boilerplate removed. */
    public String removed;
    /** JSON object: metadata field → where it came from. */
    @Column(name = "metadata_sources")
    public String metadataSources;
    /** JSON array of the event's tables, null when the reader found none. */
    public String tables;
    /** Null until documents.ingested acknowledged the event: the relay retries those. */
    @Column(name = "published_at")
    public Instant publishedAt;

    public static List<StoredDocument> unpublished(int limit) {
        return find("publishedAt is null order by receivedAt").page(0, limit).list();
    }
}
