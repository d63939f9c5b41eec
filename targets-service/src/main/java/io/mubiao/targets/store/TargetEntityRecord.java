package io.mubiao.targets.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A target linked to an entity mentioned in its sentence. */
@Entity
@Table(name = "target_entities")
@IdClass(TargetEntityRecord.Key.class)
public class TargetEntityRecord extends PanacheEntityBase {
    @Id
    @Column(name = "target_id")
    public Long targetId;
    @Id
    @Column(name = "entity_id")
    public String entityId;

    public static class Key implements Serializable {
        public Long targetId;
        public String entityId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(targetId, k.targetId) && Objects.equals(entityId, k.entityId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(targetId, entityId);
        }
    }
}
