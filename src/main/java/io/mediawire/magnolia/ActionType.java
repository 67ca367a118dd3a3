package io.mediawire.magnolia;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@code $type} alias of an action definition class, as Magnolia's
 * {@code info.magnolia.ui.api.action.ActionType}: with {@code @ActionType("myAction")} on the
 * definition class, an app's YAML may write {@code $type: myAction} instead of {@code class: <FQCN>}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ActionType {
    String value();
}
