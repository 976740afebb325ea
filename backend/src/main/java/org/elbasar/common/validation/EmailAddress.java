package org.elbasar.common.validation;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An email address as elBasar takes it: normalised when the JSON is read ({@link EmailAddresses#normalise}),
 * then refused if it holds invisible characters or mixes scripts. Goes with {@code @Email}, which checks
 * the form (and gives the contract its format). Every email field of a request body carries it
 * (EmailAddressTest checks). Null is valid.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EmailAddressValidator.class)
@JacksonAnnotationsInside
@JsonDeserialize(using = EmailAddressDeserializer.class)
public @interface EmailAddress {
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
