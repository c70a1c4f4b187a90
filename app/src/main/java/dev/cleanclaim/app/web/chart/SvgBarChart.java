package dev.cleanclaim.app.web.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * A horizontal bar chart drawn as inline SVG on the server: no script, no chart library, nothing for the content
 * security policy to allow. One row per category; several series are stacked in one bar (parts of a whole, as aging
 * buckets are) or grouped as bars one under the other (amounts side by side, as charged and paid are). Colours and
 * type come from the stylesheet through class names; every text is escaped, since labels (payer names, rule ids)
 * come from data. The chart is an image to assistive technology, named by its title and description; the page's
 * table carries the same numbers for anyone who cannot see it.
 */
public final class SvgBarChart {

    public enum Layout { STACKED, GROUPED }

    /** One category; {@code values} parallel to the chart's series. A negative value draws as nothing. */
    public record Bar(String label, List<Long> values) {
        public Bar {
            Objects.requireNonNull(label, "label");
            values = List.copyOf(values);
        }

        long sum() {
            return values.stream().mapToLong(value -> Math.max(0, value)).sum();
        }
    }

    /** A line across the chart at a value worth comparing with, e.g. the 1,440 minutes of a day. */
    public record Guide(long value, String label) {
        public Guide {
            Objects.requireNonNull(label, "label");
        }
    }

    private static final int WIDTH = 720;
    private static final int PLOT_X = 200;
    private static final int PLOT_WIDTH = 400;
    private static final int LABEL_CHARACTERS = 28;

    private final String id;
    private final String title;
    private final String description;
    private final List<String> series;
    private final Layout layout;
    private final LongFunction<String> format;
    private final List<Guide> guides;
    private final long scaleAtLeast;

    private SvgBarChart(String id, String title, String description, List<String> series, Layout layout,
                        LongFunction<String> format, List<Guide> guides, long scaleAtLeast) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.description = Objects.requireNonNull(description, "description");
        this.series = List.copyOf(series);
        this.layout = Objects.requireNonNull(layout, "layout");
        this.format = Objects.requireNonNull(format, "format");
        this.guides = List.copyOf(guides);
        this.scaleAtLeast = scaleAtLeast;
        if (this.series.isEmpty()) {
            throw new IllegalArgumentException("a chart shows at least one series");
        }
    }

    /** @param format how a value is written beside its bar and in its tooltip, e.g. cents as "$1,234.50" */
    public static SvgBarChart of(String id, String title, String description, Layout layout, List<String> series,
                                 LongFunction<String> format) {
        return new SvgBarChart(id, title, description, series, layout, format, List.of(), 0);
    }

    public SvgBarChart withGuides(List<Guide> more) {
        return new SvgBarChart(id, title, description, series, layout, format, more, scaleAtLeast);
    }

    /** The scale reaches at least this value, e.g. 100% for rates, so short bars are not drawn full width. */
    public SvgBarChart withScaleAtLeast(long value) {
        return new SvgBarChart(id, title, description, series, layout, format, guides, value);
    }

    public String render(List<Bar> bars) {
        for (Bar bar : bars) {
            if (bar.values().size() != series.size()) {
                throw new IllegalArgumentException("bar \"" + bar.label() + "\" has " + bar.values().size()
                        + " values for " + series.size() + " series");
            }
        }
        int top = 8 + (series.size() > 1 ? 24 : 0) + (guides.isEmpty() ? 0 : 16);
        int pitch = layout == Layout.STACKED || series.size() == 1 ? 28 : series.size() * 14 + 12;
        int height = bars.isEmpty() ? top + 40 : top + bars.size() * pitch + 8;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(escape(id))
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(escape(title + ". " + description)).append("\">")
                .append("<title>").append(escape(title)).append("</title>")
                .append("<desc>").append(escape(description)).append("</desc>");
        legend(svg);
        if (bars.isEmpty()) {
            svg.append(text("chart-empty", PLOT_X, top + 24, "start", "Nothing to chart."));
            return svg.append("</svg>").toString();
        }
        double scale = PLOT_WIDTH / (double) Math.max(1, max(bars));
        for (int row = 0; row < bars.size(); row++) {
            bar(svg, bars.get(row), top + row * pitch, pitch, scale);
        }
        int plotBottom = top + bars.size() * pitch;
        for (Guide guide : guides) {
            double x = PLOT_X + guide.value() * scale;
            svg.append("<line class=\"chart-guide\" x1=\"").append(number(x)).append("\" y1=\"").append(top - 4)
                    .append("\" x2=\"").append(number(x)).append("\" y2=\"").append(plotBottom).append("\"/>")
                    .append(text("chart-guide-label", x, top - 6, "middle", guide.label()));
        }
        return svg.append("</svg>").toString();
    }

    private void legend(StringBuilder svg) {
        if (series.size() < 2) {
            return;
        }
        double x = PLOT_X;
        for (int i = 0; i < series.size(); i++) {
            svg.append("<rect class=\"chart-bar chart-series-").append(i).append("\" x=\"").append(number(x))
                    .append("\" y=\"10\" width=\"12\" height=\"12\"/>")
                    .append(text("chart-legend", x + 16, 20, "start", series.get(i)));
            x += 16 + series.get(i).length() * 7 + 18;
        }
    }

    private void bar(StringBuilder svg, Bar bar, int y, int pitch, double scale) {
        svg.append("<g class=\"chart-row\"><title>").append(escape(tooltip(bar))).append("</title>")
                .append(text("chart-label", PLOT_X - 8, y + pitch / 2.0 + 4, "end", shortened(bar.label())));
        if (layout == Layout.STACKED || series.size() == 1) {
            double x = PLOT_X;
            for (int i = 0; i < series.size(); i++) {
                double width = Math.max(0, bar.values().get(i)) * scale;
                if (width > 0) {
                    svg.append(rect(i, x, y + 5, width, 18));
                }
                x += width;
            }
            svg.append(text("chart-value", x + 6, y + 18, "start", format.apply(total(bar))));
        } else {
            for (int i = 0; i < series.size(); i++) {
                double width = Math.max(0, bar.values().get(i)) * scale;
                int barY = y + 6 + i * 14;
                svg.append(rect(i, PLOT_X, barY, width, 12))
                        .append(text("chart-value", PLOT_X + width + 6, barY + 10, "start", format.apply(bar.values().get(i))));
            }
        }
        svg.append("</g>");
    }

    private long max(List<Bar> bars) {
        long max = scaleAtLeast;
        for (Bar bar : bars) {
            max = Math.max(max, layout == Layout.STACKED ? bar.sum()
                    : bar.values().stream().mapToLong(Long::longValue).max().orElse(0));
        }
        for (Guide guide : guides) {
            max = Math.max(max, guide.value());
        }
        return max;
    }

    private static long total(Bar bar) {
        return bar.values().stream().mapToLong(Long::longValue).sum();
    }

    private String tooltip(Bar bar) {
        if (series.size() == 1) {
            return bar.label() + ": " + format.apply(bar.values().get(0));
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            parts.add(series.get(i) + " " + format.apply(bar.values().get(i)));
        }
        return bar.label() + ": " + String.join(", ", parts);
    }

    /** An SVG text does not wrap: a long label is cut, and the row's tooltip keeps it whole. */
    private static String shortened(String label) {
        if (label.length() <= LABEL_CHARACTERS) {
            return label;
        }
        int cut = LABEL_CHARACTERS - 1;
        return label.substring(0, Character.isHighSurrogate(label.charAt(cut - 1)) ? cut - 1 : cut) + "\u2026";
    }

    private static String rect(int series, double x, double y, double width, double height) {
        return "<rect class=\"chart-bar chart-series-" + series + "\" x=\"" + number(x) + "\" y=\"" + number(y)
                + "\" width=\"" + number(width) + "\" height=\"" + number(height) + "\"/>";
    }

    private static String text(String cssClass, double x, double y, String anchor, String content) {
        return "<text class=\"" + cssClass + "\" x=\"" + number(x) + "\" y=\"" + number(y) + "\" text-anchor=\"" + anchor
                + "\">" + escape(content) + "</text>";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /**
     * Escapes text for SVG content and attribute values alike. Characters XML does not allow at all (most control
     * characters) become spaces, so no label can break the document.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF ? ' ' : c);
            }
        }
        return out.toString();
    }
}
