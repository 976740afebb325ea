package org.elbasar.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date people mean (an event's start, an agreement's first day, a need's deadline) within a window around
 * today's Paris day: at most {@link #past} before it and {@link #future} after it, both ISO-8601 periods
 * ("P1Y", "P6M"); an empty one leaves that side to the global window of years 1900-2200 and to the service's
 * own rule. On LocalDate and LocalDateTime values; null is valid. Each field's window is listed in
 * docs/security.md, "Dates and times".
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DateWindowValidator.class)
public @interface DateWindow {
    String message() default "{elbasar.date-window}";

    /** How far before today it may be; empty for no bound of its own. */
    String past() default "";

    /** How far after today it may be; empty for no bound of its own. */
    String future() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
