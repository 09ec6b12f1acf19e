package org.kiosk.device.printer.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class ReceiptPdfOptionsTest {

    private final ReceiptPdfOptions defaults = ReceiptPdfOptions.defaults();

    @Test
    void defaultsAreWenQuanYiOnA4WithAnEightyMillimetreColumn() {
        assertThat(defaults.fontFile()).hasToString("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
        assertThat(defaults.fontName()).isEqualTo("WenQuanYi Micro Hei");
        assertThat(defaults.pageSize().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
        assertThat(defaults.columnWidthMm()).isEqualTo(80f);
    }

    @Test
    void aColumnWiderThanThePageBetweenItsMarginsIsRejected() {
        assertThat(defaults.withColumnWidthMm(180).columnWidthMm()).isEqualTo(180f);
        assertThatThrownBy(() -> defaults.withColumnWidthMm(181))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("columnWidthMm");
        assertThatThrownBy(() -> defaults.withColumnWidthMm(0)).hasMessageContaining("columnWidthMm");
        assertThatThrownBy(() -> defaults.withColumnWidthMm(Float.NaN)).hasMessageContaining("columnWidthMm");
    }

    @Test
    void fontSizesOutsideTheReadableRangeAreRejected() {
        assertThatThrownBy(() -> defaults.withBaseFontSizePt(3)).hasMessageContaining("baseFontSizePt must be 4.0..36.0");
        assertThatThrownBy(() -> defaults.withBaseFontSizePt(37)).hasMessageContaining("baseFontSizePt");
    }

    @Test
    void otherBadValuesAreRejectedByName() {
        assertThatThrownBy(() -> defaults.withMarginMm(-1)).hasMessageContaining("marginMm");
        assertThatThrownBy(() -> defaults.withFontName(" ")).hasMessageContaining("fontName");
        assertThatThrownBy(() -> defaults.withPageSize(new PDRectangle(0, 100))).hasMessageContaining("pageSize");
        assertThatThrownBy(() -> defaults.withPageSize(new PDRectangle(400, 80))).hasMessageContaining("too short");
    }

    @Test
    void thePageSizeCannotBeChangedFromOutside() {
        PDRectangle size = new PDRectangle(PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        ReceiptPdfOptions options = defaults.withPageSize(size);
        size.setUpperRightX(10);
        options.pageSize().setUpperRightX(10);
        assertThat(options.pageSize().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
    }
}
