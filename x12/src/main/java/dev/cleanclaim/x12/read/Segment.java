package dev.cleanclaim.x12.read;

import dev.cleanclaim.core.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One segment as read, with its position in the file, and the element readers that refuse a bad value with a
 * {@link SegmentProblem} naming the element. Elements count from 1 (CLP01); components from 1 (SVC01-2).
 *
 * @param elements each element's components; a simple element has one
 */
public record Segment(String tag, int position, List<List<String>> elements) {

    /** X12's R (decimal) type: an optional minus, digits and at most one point; no exponent, no plus sign. */
    private static final Pattern DECIMAL = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern DATE = Pattern.compile("\\d{8}");

    public Segment {
        elements = elements.stream().map(List::copyOf).toList();
    }

    /** The element's value; "" when absent. A composite where a single value belongs is refused, not cut. */
    public String text(int element) {
        List<String> components = components(element);
        if (components.size() > 1) {
            throw problem(element, "a composite (" + String.join(":", components) + ") where a single value belongs");
        }
        return components.isEmpty() ? "" : components.get(0);
    }

    public List<String> components(int element) {
        return element >= 1 && element <= elements.size() ? elements.get(element - 1) : List.of();
    }

    /** One component of a composite element (SVC01-2 is {@code component(1, 2)}); "" when absent. */
    public String component(int element, int component) {
        List<String> components = components(element);
        return component >= 1 && component <= components.size() ? components.get(component - 1) : "";
    }

    public boolean has(int element) {
        return components(element).stream().anyMatch(component -> !component.isEmpty());
    }

    public String required(int element, String what) {
        String value = text(element);
        if (value.isEmpty()) {
            throw problem(element, what + " is missing");
        }
        return value;
    }

    public Optional<String> optional(int element) {
        String value = text(element);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    public Money amount(int element) {
        String value = text(element);
        if (value.isEmpty()) {
            throw problem(element, "the amount is missing");
        }
        if (!DECIMAL.matcher(value).matches()) {
            throw problem(element, "not an amount: \"" + value + "\"");
        }
        try {
            // X12's R type may drop the leading zero or carry more zeros than cents (".5", "40.000"): read it exactly
            return Money.of(new BigDecimal(value));
        } catch (IllegalArgumentException e) {
            throw problem(element, e.getMessage());
        } catch (ArithmeticException e) {
            throw problem(element, "too large for an amount: \"" + value + "\"");
        }
    }

    public Optional<Money> optionalAmount(int element) {
        return has(element) ? Optional.of(amount(element)) : Optional.empty();
    }

    public Optional<BigDecimal> quantity(int element) {
        String value = text(element);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!DECIMAL.matcher(value).matches()) {
            throw problem(element, "not a number: \"" + value + "\"");
        }
        return Optional.of(new BigDecimal(value));
    }

    /** A CCYYMMDD date (D8), the format the 835 uses throughout and the 999/277CA use for single dates. */
    public LocalDate date(int element) {
        String value = text(element);
        if (value.isEmpty()) {
            throw problem(element, "the date is missing");
        }
        try {
            if (DATE.matcher(value).matches()) {
                return LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE);
            }
        } catch (DateTimeParseException e) {
            // falls through to the same refusal as a date of the wrong length
        }
        throw problem(element, "not a date (CCYYMMDD): \"" + value + "\"");
    }

    /** "CLP04": how the implementation guide and billers name an element. */
    public String name(int element) {
        return tag + String.format("%02d", element);
    }

    public SegmentProblem problem(int element, String problem) {
        return new SegmentProblem(position, tag, name(element), problem);
    }

    public SegmentProblem problem(String problem) {
        return new SegmentProblem(position, tag, "", problem);
    }
}
