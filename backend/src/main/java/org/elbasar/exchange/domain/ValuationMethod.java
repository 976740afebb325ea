package org.elbasar.exchange.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ValuationMethod", description = """
        HOURLY_RATE: hours x rate; DAILY_RATE: days x rate; PERCENT_OF_VALUE_PER_DAY: declared value x rate % x days;
        DECLARED_VALUE: the value the parties declare (no rate)""")
public enum ValuationMethod {
    HOURLY_RATE, DAILY_RATE, PERCENT_OF_VALUE_PER_DAY, DECLARED_VALUE
}
