package org.elbasar.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A SIRET: 14 digits whose Luhn key is right (La Poste's establishments follow their own rule). Null is valid. */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SiretValidator.class)
public @interface Siret {
    String message() default "{elbasar.siret}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
