package org.kiosk.app.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.kiosk.app.ui.i18n.UiLanguage;

/** The bundled catalogue reads; a malformed one is refused with a message naming where. */
class BundledServiceCatalogueTest {

    private static BundledServiceCatalogue read(String json) throws CatalogueException {
        return BundledServiceCatalogue.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String NAME = "{\"zh_CN\":\"户籍\",\"zh_HK\":\"戶籍\",\"en\":\"Household\"}";

    @Test
    void theBundledCatalogueHasCategoriesAndMattersInEveryLanguage() throws Exception {
        BundledServiceCatalogue catalogue = BundledServiceCatalogue.load();
        assertThat(catalogue.categories()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(catalogue.matter("id-card-renewal")).isPresent();
        assertThat(catalogue.category("household").orElseThrow().name().in(UiLanguage.TRADITIONAL_CHINESE)).isEqualTo("戶籍與身份證");
    }

    @Test
    void malformedCataloguesAreRefusedWithWhere() {
        assertThatThrownBy(() -> read("{")).isInstanceOf(CatalogueException.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> read("[]")).isInstanceOf(CatalogueException.class).hasMessageContaining("JSON object");
        assertThatThrownBy(() -> read("{\"categories\":[]}")).hasMessageContaining("categories is empty");
        assertThatThrownBy(() -> read("{\"categories\":[{\"id\":\"A b\",\"name\":" + NAME + ",\"matters\":[]}]}"))
                .isInstanceOf(CatalogueException.class).hasMessageContaining("categories[0].id");
        assertThatThrownBy(() -> read("{\"categories\":[{\"id\":\"a\",\"name\":{\"zh_CN\":\"户籍\",\"en\":\"H\"},\"matters\":[]}]}"))
                .hasMessage("categories[0].name has no zh_HK text");
        assertThatThrownBy(() -> read("{\"categories\":[{\"id\":\"a\",\"name\":" + NAME + ",\"matters\":[{\"id\":\"a\"}]}]}"))
                .hasMessageContaining("'a' is used twice");
        assertThatThrownBy(() -> read("{\"categories\":[{\"id\":\"a\",\"name\":" + NAME + ",\"matters\":[{\"id\":\"m\",\"name\":"
                + NAME + ",\"needed\":[" + NAME + "],\"hours\":" + NAME + "}]}]}"))
                .hasMessage("categories[0].matters[0].counter must be an object with zh_CN, zh_HK and en texts");
    }
}
