package org.elbasar.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Refuses addresses made to look like another: invisible characters, several scripts. */
public class EmailAddressValidator implements ConstraintValidator<EmailAddress, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        return EmailAddresses.refusal(value).map(message -> {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
            return false;
        }).orElse(true);
    }
}
