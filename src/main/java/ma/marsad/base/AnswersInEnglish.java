package ma.marsad.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a controller: its refusals are in English whatever the caller's language (scripts read them), where
 * other endpoints answer in the reader's language as their files are written ({@code ApiRefusals}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AnswersInEnglish {
}
