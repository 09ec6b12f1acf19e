package org.kiosk.app.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kiosk.platform.model.DocumentType;
import org.kiosk.platform.model.FormSchema;

/** The documents each bundled matter accepts, as the platform's catalogue lists them. */
class BundledFormsTest {

    @Test
    void theMarriageRecordsCertificateAcceptsPassportsAndTheRentWithdrawalOnlyCards() throws Exception {
        BundledForms forms = BundledForms.load();
        assertThat(forms.matter("marriage-record-certificate").orElseThrow().acceptedDocuments()).contains(DocumentType.PASSPORT);
        assertThat(forms.matter("provident-fund-rent").orElseThrow().acceptedDocuments())
                .containsExactly(DocumentType.RESIDENT_ID, DocumentType.HMT_RESIDENCE_PERMIT);
    }

    @Test
    void aMatterThatDoesNotSayAcceptsTheCardsTheReaderReads() {
        assertThat(new BundledForms.MatterForm("code", new FormSchema(null), null).acceptedDocuments()).isEqualTo(BundledForms.CARDS);
    }
}
