package org.kiosk.platform.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** A matter's accepted documents as read from the platform's JSON: a later platform's new type does not break the read. */
class MatterJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FLAGS = "\"fingerprintOffered\": false, \"committedWorkingDays\": 1, \"crossBoundary\": false";

    @Test
    void aDocumentTypeThisVersionDoesNotKnowIsLeftOut() {
        assertThat(read("[\"MILITARY_ID\", \"RESIDENT_ID\", \"PASSPORT\"]").acceptedDocuments())
                .containsExactly(DocumentType.RESIDENT_ID, DocumentType.PASSPORT);
        assertThat(read("[\"MILITARY_ID\"]").acceptedDocuments()).isEmpty();
    }

    @Test
    void missingAcceptedDocumentsReadAsNoneForTheCatalogueCheckToRefuse() {
        assertThat(JSON.readValue("{" + FLAGS + "}", Matter.class).acceptedDocuments()).isEmpty();
    }

    @Test
    void aDocumentTypeThatIsNoStringIsStillAnError() {
        assertThatThrownBy(() -> read("[42]")).isInstanceOf(JacksonException.class).hasMessageContaining("DocumentType");
        assertThatThrownBy(() -> read("[{\"type\": \"RESIDENT_ID\"}]")).isInstanceOf(JacksonException.class);
    }

    private static Matter read(String documents) {
        return JSON.readValue("{" + FLAGS + ", \"acceptedDocuments\": " + documents + "}", Matter.class);
    }
}
