package org.talentbridge.account;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A password: 8-64 characters with letters and digits (the other rules: {@link PasswordRules#problem}). */
@NotBlank(message = "{validation.required}")
@Size(min = PasswordRules.MIN_LENGTH, max = PasswordRules.MAX_LENGTH, message = "{validation.passwordLength}")
@Pattern(regexp = PasswordRules.STRENGTH, message = "{validation.passwordStrength}")
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@interface Password {

    String message() default "{validation.passwordStrength}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
