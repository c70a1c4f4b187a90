package dev.cleanclaim.app.web.page;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dev.cleanclaim.app.security.Totp;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class QrSvgTest {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern MODULE = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z");

    @Test
    void the_set_up_pages_qr_code_reads_back_as_the_otpauth_uri_it_was_drawn_from() throws Exception {
        String uri = Totp.uri("ola", Totp.newSecret());

        String svg = QrSvg.of(uri, "QR code to add cleanclaim to your authenticator app");

        assertThat(read(svg)).isEqualTo(uri);
        assertThat(svg).contains("aria-label=\"QR code to add cleanclaim to your authenticator app\"").doesNotContain("<script");
    }

    @Test
    void a_label_cannot_break_out_of_its_attribute() {
        assertThat(QrSvg.of("x", "\"><script>")).contains("aria-label=\"&quot;&gt;&lt;script&gt;\"");
    }

    /** Rasterizes the SVG's modules (8 pixels each) and reads it as a phone's camera does. */
    private static String read(String svg) throws Exception {
        Matcher box = VIEW_BOX.matcher(svg);
        assertThat(box.find()).isTrue();
        int scale = 8;
        int width = Integer.parseInt(box.group(1)) * scale;
        int[] pixels = new int[width * width];
        java.util.Arrays.fill(pixels, 0xffffff);
        Matcher module = MODULE.matcher(svg);
        while (module.find()) {
            int left = Integer.parseInt(module.group(1)) * scale;
            int top = Integer.parseInt(module.group(2)) * scale;
            for (int y = top; y < top + scale; y++) {
                java.util.Arrays.fill(pixels, y * width + left, y * width + left + scale, 0);
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, width, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
