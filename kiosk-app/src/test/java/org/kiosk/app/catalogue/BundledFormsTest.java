package org.kiosk.app.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kiosk.platform.model.DocumentType;
import org.kiosk.platform.model.FormSchema;

/** The documents each bundled matter accepts, as the platform's catalogue lists them. */
class BundledFormsTest {

    @Test
    void theMarriageRecordsCertificateAcceptsPassportsAndTheRentWithdrawalOnlyCards() throws Exception {
        var forms = BundledForms.load();
        assertThat(forms.get("marriage-record-certificate").acceptedDocuments()).contains(DocumentType.PASSPORT);
        assertThat(forms.get("provident-fund-rent").acceptedDocuments())
                .containsExactly(DocumentType.RESIDENT_ID, DocumentType.HMT_RESIDENCE_PERMIT);
    }

    @Test
    void aMatterThatDoesNotSayAcceptsTheCardsTheReaderReads() {
        assertThat(new ApplicationForm("code", new FormSchema(null), null).acceptedDocuments()).isEqualTo(ApplicationForm.CARDS);
    }
}
