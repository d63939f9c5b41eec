package io.mubiao.targets.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "entity_mentions")
public class EntityMentionRecord extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "document_id")
    public String documentId;
    public int ordinal;
    @Column(name = "entity_id")
    public String entityId;
    public String text;
    public String type;
    public String canonical;
    @Column(name = "start_offset")
    public int start;
    @Column(name = "end_offset")
    public int end;
}
