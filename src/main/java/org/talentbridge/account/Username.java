package org.talentbridge.account;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An account name: 4-32 characters, a letter first, then letters, digits, underscore, dot or hyphen. */
@NotBlank(message = "{validation.required}")
@Pattern(regexp = "[A-Za-z][A-Za-z0-9_.-]{3,31}", message = "{validation.username}")
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@interface Username {

    String message() default "{validation.username}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
