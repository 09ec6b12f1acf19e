package org.kiosk.platform.sim;

import org.junit.jupiter.api.Test;
import org.kiosk.platform.UnifiedSocialCreditCode;
import org.kiosk.platform.model.FormField;
import org.kiosk.platform.model.LocalizedText;
import org.kiosk.platform.model.Matter;
import org.kiosk.platform.model.Region;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogueTest {

    private final Catalogue catalogue = Catalogue.seeded();

    @Test
    void atLeastTenMattersOfSeveralDepartments() {
        assertThat(catalogue.matters()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(catalogue.matters().stream().map(m -> m.department().en()).distinct().count()).isGreaterThanOrEqualTo(8);
        assertThat(catalogue.matters()).extracting(Matter::calendarRegion).contains(Region.CN, Region.HK, Region.MO);
        assertThat(catalogue.matters()).anyMatch(Matter::fingerprintOffered).anyMatch(m -> !m.fingerprintOffered());
    }

    @Test
    void everyImplementationCodeBeginsWithAValidUnifiedSocialCreditCode() {
        for (Matter matter : catalogue.matters()) {
            assertThat(UnifiedSocialCreditCode.isValid(matter.implementationCode().substring(0, UnifiedSocialCreditCode.LENGTH)))
                    .as(matter.name().en()).isTrue();
            assertThat(matter.businessItemCode()).startsWith(matter.implementationCode().substring(0, UnifiedSocialCreditCode.LENGTH));
        }
        assertThat(catalogue.matters()).extracting(Matter::implementationCode).doesNotHaveDuplicates();
    }

    @Test
    void everyTextIsInThreeLanguagesAndEveryFormIsUsable() {
        for (Matter matter : catalogue.matters()) {
            Stream<LocalizedText> texts = Stream.concat(Stream.of(matter.name(), matter.department(), matter.counterAlternative().description()),
                    matter.form().fields().stream().flatMap(f -> Stream.concat(Stream.of(f.label()), f.options().stream().map(o -> o.label()))));
            texts.forEach(t -> assertThat(List.of(t.zhCN(), t.zhHK(), t.en())).allMatch(s -> !s.isBlank()));
            assertThat(matter.form().fields()).as(matter.name().en()).isNotEmpty();
            for (FormField field : matter.form().fields()) {
                if (field.pattern() != null) {
                    Pattern.compile(field.pattern());
                }
                assertThat(field.type() != FormField.Type.SELECT || !field.options().isEmpty()).as(field.name()).isTrue();
            }
            assertThat(matter.acceptedDocuments()).isNotEmpty();
        }
    }

    @Test
    void centresHaveACutOffWithinOfficeHours() {
        assertThat(catalogue.centres()).isNotEmpty().allMatch(c -> c.cutOff().compareTo(c.opens()) > 0 && c.cutOff().compareTo(c.closes()) <= 0);
    }

    @Test
    void replacedMattersAreServedInsteadAndABadReplacementIsRefused() {
        Catalogue replaced = Catalogue.seeded();
        Matter first = replaced.matters().getFirst();
        replaced.replaceMatters(List.of(first));
        assertThat(replaced.matters()).containsExactly(first);
        assertThat(replaced.matter(replaced.matters().getFirst().implementationCode())).contains(first);
        assertThatThrownBy(() -> replaced.replaceMatters(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the catalogue needs at least one matter");
        assertThatThrownBy(() -> replaced.replaceMatters(List.of(first, first))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("listed twice");
        assertThat(replaced.matters()).containsExactly(first);
    }
}
