package dev.cleanclaim.app.web.chart;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Charts as SVG: well-formed whatever the labels hold, an image with a name, and bars to scale. */
class SvgBarChartTest {

    private static final SvgBarChart CENTS = SvgBarChart.of("chart", "Open by payer", "One bar per payer",
            SvgBarChart.Layout.STACKED, List.of("0-30", "31-60"), cents -> cents + "c");

    @Test
    void every_text_is_escaped_so_no_label_can_add_markup_or_break_the_document() throws Exception {
        String hostile = "<script>alert('x')</script> & \"Blue\" \u0007Cross";
        String svg = SvgBarChart.of("x\"><script>", "</title><script>alert(1)</script>", "a & b", SvgBarChart.Layout.STACKED,
                List.of("<b>series</b>", "two"), cents -> "<" + cents + ">").render(List.of(new SvgBarChart.Bar(hostile,
                List.of(5L, 6L))));

        assertThat(svg).doesNotContain("<script").doesNotContain("<b>").doesNotContain("\u0007")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Blue&quot;")
                .contains("id=\"x&quot;&gt;&lt;script&gt;\"").contains("&lt;11&gt;");
        Document document = parse(svg);
        assertThat(document.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("</title><script>alert(1)</script>");
        assertThat(texts(document, "text")).contains("<b>series</b>");
    }

    @Test
    void the_chart_is_an_image_named_by_its_title_and_description() throws Exception {
        Element svg = parse(CENTS.render(List.of(new SvgBarChart.Bar("Aetna", List.of(1L, 2L))))).getDocumentElement();

        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-label")).isEqualTo("Open by payer. One bar per payer");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Open by payer");
        assertThat(svg.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo("One bar per payer");
    }

    @Test
    void stacked_bars_share_one_scale_and_the_longest_fills_the_plot() throws Exception {
        Document document = parse(CENTS.render(List.of(new SvgBarChart.Bar("A", List.of(100L, 300L)),
                new SvgBarChart.Bar("B", List.of(200L, 0L)))));

        List<String> widths = bars(document);
        assertThat(widths).as("legend squares, then A's two parts, then B's one").containsExactly("12", "12", "100.0",
                "300.0", "200.0");
        assertThat(texts(document, "text")).contains("400c", "200c");
    }

    @Test
    void grouped_bars_sit_one_under_the_other_and_a_guide_line_stretches_the_scale() throws Exception {
        SvgBarChart chart = SvgBarChart.of("chart", "Minutes", "Minutes per day", SvgBarChart.Layout.GROUPED,
                List.of("charged", "paid"), cents -> cents + "").withGuides(List.of(new SvgBarChart.Guide(800, "24 h")));

        Document document = parse(chart.render(List.of(new SvgBarChart.Bar("Mon", List.of(400L, 200L)))));

        assertThat(bars(document)).containsExactly("12", "12", "200.0", "100.0");
        assertThat(document.getElementsByTagName("line").getLength()).isEqualTo(1);
        assertThat(texts(document, "text")).contains("24 h");
    }

    @Test
    void a_negative_value_draws_nothing_and_an_empty_chart_says_so() throws Exception {
        assertThat(bars(parse(CENTS.render(List.of(new SvgBarChart.Bar("Reversed", List.of(-500L, 0L)))))))
                .containsExactly("12", "12");
        assertThat(texts(parse(CENTS.render(List.of())), "text")).contains("Nothing to chart.");
    }

    @Test
    void a_long_label_is_shortened_in_the_chart_and_kept_whole_in_its_tooltip() throws Exception {
        String name = "Regence BlueCross BlueShield of Oregon";
        Document document = parse(CENTS.render(List.of(new SvgBarChart.Bar(name, List.of(1L, 1L)))));

        assertThat(texts(document, "text")).contains("Regence BlueCross BlueShiel\u2026");
        assertThat(texts(document, "title")).contains(name + ": 0-30 1c, 31-60 1c");
    }

    @Test
    void a_bar_must_have_a_value_for_each_series() {
        assertThatThrownBy(() -> CENTS.render(List.of(new SvgBarChart.Bar("A", List.of(1L)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 values for 2 series");
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> bars(Document document) {
        List<String> widths = new ArrayList<>();
        NodeList rects = document.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) {
            widths.add(((Element) rects.item(i)).getAttribute("width"));
        }
        return widths;
    }

    private static List<String> texts(Document document, String tag) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = document.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
