package org.elbasar.exchange.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.api.Messages;
import org.elbasar.common.domain.AuditAction;
import org.elbasar.common.service.AuditLog;
import org.elbasar.common.service.Caller;
import org.elbasar.exchange.api.ExchangeViews.ValuationRuleInput;
import org.elbasar.exchange.api.ExchangeViews.ValuationRuleView;
import org.elbasar.exchange.domain.ValuationKind;
import org.elbasar.exchange.domain.ValuationMethod;
import org.elbasar.exchange.domain.ValuationRule;

/** The rules that turn non-market help into euros, and the arithmetic of applying them. */
@ApplicationScoped
public class Valuations {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** What a non-market exchange declares, for its rule to price. */
    public record Declared(BigDecimal hours, Integer days, BigDecimal declaredValueEur) {
    }

    /** The euro value and the rule that gave it. */
    public record Valued(BigDecimal valueEur, ValuationRule rule) {
    }

    private final Messages messages;
    private final AuditLog audit;
    private final Clock clock;

    public Valuations(Messages messages, AuditLog audit, Clock clock) {
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The rule of that kind in force on the day: the one with the latest effective date not after it. */
    public ValuationRule ruleOn(ValuationKind kind, LocalDate day) {
        return ValuationRule.<ValuationRule>find("kind = ?1 and effectiveFrom <= ?2 order by effectiveFrom desc", kind, day)
                .firstResultOptional()
                .orElseThrow(() -> ApiException.invalid("occurredOn", "validation.no-valuation-rule"));
    }

    /** Prices the help by the rule in force on its day; refuses what the rule cannot price. */
    public Valued value(ValuationKind kind, LocalDate day, Declared declared) {
        ValuationRule rule = ruleOn(kind, day);
        BigDecimal value = switch (rule.method) {
            case HOURLY_RATE -> required(declared.hours(), "hours").multiply(rule.rate);
            case DAILY_RATE -> BigDecimal.valueOf(required(declared.days(), "days")).multiply(rule.rate);
            case PERCENT_OF_VALUE_PER_DAY -> required(declared.declaredValueEur(), "declaredValueEur").multiply(rule.rate)
                    .multiply(BigDecimal.valueOf(required(declared.days(), "days"))).divide(HUNDRED);
            case DECLARED_VALUE -> required(declared.declaredValueEur(), "declaredValueEur");
        };
        return new Valued(value.setScale(2, RoundingMode.HALF_UP), rule);
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw ApiException.invalid(field, "validation.required-by-rule");
        }
        return value;
    }

    public List<ValuationRuleView> rules(Locale locale) {
        List<ValuationRule> all = ValuationRule.list("order by kind, effectiveFrom");
        List<ValuationRuleView> views = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            ValuationRule rule = all.get(i);
            ValuationRule next = i + 1 < all.size() && all.get(i + 1).kind == rule.kind ? all.get(i + 1) : null;
            views.add(view(rule, next == null ? null : next.effectiveFrom.minusDays(1), locale));
        }
        return views;
    }

    @Transactional
    public ValuationRuleView add(ValuationRuleInput input, Caller caller) {
        if ((input.method() == ValuationMethod.DECLARED_VALUE) != (input.rate() == null)) {
            throw ApiException.invalid("rate", input.rate() == null ? "validation.required" : "validation.no-rate-for-declared-value");
        }
        if (ValuationRule.count("kind = ?1 and effectiveFrom = ?2", input.kind(), input.effectiveFrom()) > 0) {
            throw ApiException.conflict("valuation-rule-exists", "effectiveFrom", "validation.valuation-rule-exists");
        }
        ValuationRule rule = new ValuationRule();
        rule.kind = input.kind();
        rule.method = input.method();
        rule.rate = input.rate();
        rule.effectiveFrom = input.effectiveFrom();
        rule.createdAt = clock.instant();
        rule.createdBy = caller.personId();
        rule.persist();
        audit.record(caller.personId(), AuditAction.VALUATION_RULE_ADDED, "valuation_rule", rule.id,
                java.util.Map.of("kind", rule.kind.name(), "method", rule.method.name(), "effectiveFrom", rule.effectiveFrom.toString()));
        ValuationRule next = ValuationRule.<ValuationRule>find("kind = ?1 and effectiveFrom > ?2 order by effectiveFrom", rule.kind, rule.effectiveFrom)
                .firstResult();
        return view(rule, next == null ? null : next.effectiveFrom.minusDays(1), caller.locale());
    }

    public ValuationRuleView view(ValuationRule rule, LocalDate until, Locale locale) {
        return new ValuationRuleView(rule.id, rule.kind, rule.method, rule.rate, rule.effectiveFrom, until, describe(rule, locale));
    }

    /** The rule in words, e.g. "1 heure de coup de main = 18,00 €". */
    public String describe(ValuationRule rule, Locale locale) {
        Locale supported = Messages.supported(locale);
        String kind = messages.get(supported, "valuation.kind." + rule.kind.name());
        String rate = "";
        if (rule.rate != null) {
            NumberFormat format = NumberFormat.getNumberInstance(supported);
            format.setMinimumFractionDigits(2);
            rate = format.format(rule.rate);
        }
        return messages.get(supported, "valuation.method." + rule.method.name(), kind, rate);
    }
}
