package io.strimzi.crdgenerator.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for Strimzi's crd-generator annotation of the same name, which io.strimzi:api 0.51.0 carries in its class
 * files but whose jar is not published for that version. With this type on the class path, reflection reads the
 * annotation off the Strimzi model's getters, and {@code io.mubiao.deploy.StrictModels} rejects properties that the
 * resource's apiVersion does not have (spec.kafka.replicas, spec.zookeeper ... in kafka.strimzi.io/v1).
 * Value: a version range such as "v1beta2", "v1+", "v1alpha1-v1beta2".
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE})
public @interface PresentInVersions {
    String value();
}
