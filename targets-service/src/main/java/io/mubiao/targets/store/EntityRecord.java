package io.mubiao.targets.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A canonical entity across documents; its id is {@link io.mubiao.targets.entities.EntityIds#of}. */
@Entity
@Table(name = "entities")
public class EntityRecord extends PanacheEntityBase {
    @Id
    public String id;
    public String type;
    public String canonical;
}
