package io.mubiao.targets.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;

@Entity
@Table(name = "targets")
public class TargetRecord extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "document_id")
    public String documentId;
    public int ordinal;
    public String indicator;
    /** The grouping key of the indicator (IndicatorSynonyms), computed when the row is written. */
    @Column(name = "indicator_key")
    public String indicatorKey;
    public String subject;
    /** The region of the target's document (documents.region), read with the row. */
    @Formula("(select d.region from documents d where d.id = document_id)")
    public String region;
    @Formula("(select d.region_level from documents d where d.id = document_id)")
    public String regionLevel;
    public String kind;
    public String measure;
    public double value;
    @Column(name = "value_max")
    public Double valueMax;
    public String unit;
    public String comparator;
    public String year;
    @Column(name = "year_from")
    public Integer yearFrom;
    @Column(name = "year_to")
    public Integer yearTo;
    @Column(name = "normalized_value")
    public Double normalizedValue;
    @Column(name = "base_unit")
    public String baseUnit;
    public String theme;
    public String quote;
    public String sentence;
    @Column(name = "start_offset")
    public int start;
    @Column(name = "end_offset")
    public int end;
    @Column(name = "sentence_start")
    public Integer sentenceStart;
    @Column(name = "sentence_end")
    public Integer sentenceEnd;
    @Column(name = "extractor_version")
    public String extractorVersion;
    /** The heading path joined with " › ". */
    public String section;
    /** 预期性 or 约束性 for a figure of a plan's indicator table, else null. */
    public String attribute;
    /** For a figure read from a table: caption, row line and column header with their offsets; else null. */
    @Column(name = "table_caption")
    public String tableCaption;
    @Column(name = "table_caption_start")
    public Integer tableCaptionStart;
    @Column(name = "table_caption_end")
    public Integer tableCaptionEnd;
    @Column(name = "table_row")
    public String tableRow;
    @Column(name = "table_row_start")
    public Integer tableRowStart;
    @Column(name = "table_row_end")
    public Integer tableRowEnd;
    @Column(name = "table_column")
    public String tableColumn;
    @Column(name = "table_column_start")
    public Integer tableColumnStart;
    @Column(name = "table_column_end")
    public Integer tableColumnEnd;
}
