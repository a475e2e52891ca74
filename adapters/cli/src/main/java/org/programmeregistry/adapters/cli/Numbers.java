package org.programmeregistry.adapters.cli;

import java.math.BigDecimal;
import picocli.CommandLine;

/** Numbers as people type them on a command line, refused in words when they are not. */
final class Numbers {

    private Numbers() {
    }

    /** Converts {@code --amount}. A class, not a method reference: the class-data-sharing archive of the build failed on the lambda (JDK 17). */
    static final class Amount implements CommandLine.ITypeConverter<BigDecimal> {
        @Override
        public BigDecimal convert(String value) {
            return amount(value);
        }
    }

    /** Converts whole numbers, such as an event's number. */
    static final class WholeNumber implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return wholeNumber(value);
        }
    }

    /** An amount of money: digits with an optional decimal point, no grouping, e.g. 1500000.00. */
    static BigDecimal amount(String value) {
        String text = value.strip();
        if (!text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            String hint = text.matches("[+-]?[\\d,.' ]+") ? "write it without thousands separators, " : "write it as digits, ";
            throw new CommandLine.TypeConversionException("'" + value + "' is not an amount; " + hint + "with a decimal point if needed, e.g. 1500000 or 1500000.50");
        }
        return new BigDecimal(text);
    }

    /** A whole number, such as an event's or a module's number. */
    static Integer wholeNumber(String value) {
        String text = value.strip();
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            String problem = text.matches("[+-]?\\d+") ? "is too large" : "is not a whole number";
            throw new CommandLine.TypeConversionException("'" + value + "' " + problem + "; write it as digits, e.g. 2");
        }
    }
}
