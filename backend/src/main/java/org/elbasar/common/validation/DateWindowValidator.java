package org.elbasar.common.validation;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.Temporal;
import org.elbasar.common.api.TemporalBounds;
import org.elbasar.common.service.ClockProducer;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Checks a {@link DateWindow} against the platform's clock (which tests move). */
@Dependent
public class DateWindowValidator implements ConstraintValidator<DateWindow, Temporal> {

    private static final LocalDate FIRST_DAY = LocalDate.of(TemporalBounds.FIRST_YEAR, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(TemporalBounds.LAST_YEAR, 12, 31);

    @Inject
    Clock clock;

    private Period past;
    private Period future;

    @Override
    public void initialize(DateWindow window) {
        past = window.past().isEmpty() ? null : Period.parse(window.past());
        future = window.future().isEmpty() ? null : Period.parse(window.future());
    }

    @Override
    public boolean isValid(Temporal value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.PARIS));
        LocalDate earliest = past == null ? FIRST_DAY : today.minus(past);
        LocalDate latest = future == null ? LAST_DAY : today.plus(future);
        LocalDate day = LocalDate.from(value);
        if (!day.isBefore(earliest) && !day.isAfter(latest)) {
            return true;
        }
        context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("earliest", earliest)
                .addMessageParameter("latest", latest);
        return false;
    }
}
