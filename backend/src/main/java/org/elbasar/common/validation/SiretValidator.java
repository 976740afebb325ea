package org.elbasar.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks a SIRET's Luhn key. */
public class SiretValidator implements ConstraintValidator<Siret, String> {

    /** La Poste's SIREN: its many establishments are numbered with a digit sum divisible by 5 instead. */
    private static final String LA_POSTE_SIREN = "356000000";

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || isValid(value);
    }

    public static boolean isValid(String siret) {
        if (!siret.matches("\\d{14}")) {
            return false;
        }
        if (siret.startsWith(LA_POSTE_SIREN) && !siret.equals("35600000000048")) {
            return siret.chars().map(c -> c - '0').sum() % 5 == 0;
        }
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int digit = siret.charAt(13 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
