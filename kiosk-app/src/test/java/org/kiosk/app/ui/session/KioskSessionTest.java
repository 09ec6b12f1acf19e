package org.kiosk.app.ui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A session's wipe overwrites and drops everything personal, runs the screens' wipe actions, and refuses new data. */
class KioskSessionTest {

    @Test
    void wipeOverwritesDropsAndRunsTheWipeActions() {
        KioskSession session = new KioskSession("visit-1");
        session.putDocumentField(DocumentField.NAME, "张三丰".toCharArray());
        session.putDocumentField(DocumentField.DOCUMENT_NUMBER, "440524188001010014".toCharArray());
        session.putAnswer("phone", "13800000000".toCharArray());
        session.putPhoto(new byte[] {1, 2, 3});
        PersonalValue name = session.documentField(DocumentField.NAME).orElseThrow();
        PersonalValue phone = session.answer("phone").orElseThrow();
        AtomicInteger wiped = new AtomicInteger();
        session.onWipe(wiped::incrementAndGet);

        session.wipe();

        assertThat(name.isWiped()).isTrue();
        assertThat(phone.isWiped()).isTrue();
        assertThatThrownBy(name::reveal).isInstanceOf(IllegalStateException.class).hasMessageNotContaining("张");
        assertThat(session.documentField(DocumentField.NAME)).isEmpty();
        assertThat(session.answer("phone")).isEmpty();
        assertThat(session.photo()).isEmpty();
        assertThat(session.hasPersonalData()).isFalse();
        assertThat(wiped).hasValue(1);
        assertThatThrownBy(() -> session.putAnswer("x", "y".toCharArray())).isInstanceOf(IllegalStateException.class);
        session.wipe();
        assertThat(wiped).hasValue(1);
    }

    @Test
    void replacingAValueWipesTheOldOne() {
        KioskSession session = new KioskSession("visit-2");
        session.putAnswer("phone", "13800000000".toCharArray());
        PersonalValue old = session.answer("phone").orElseThrow();
        session.putAnswer("phone", "13900000000".toCharArray());
        assertThat(old.isWiped()).isTrue();
    }

    @Test
    void nothingPersonalInToStringsAndNumbersAreMasked() {
        KioskSession session = new KioskSession("visit-3");
        session.putDocumentField(DocumentField.NAME, "张三丰".toCharArray());
        session.putDocumentField(DocumentField.DOCUMENT_NUMBER, "440524188001010014".toCharArray());
        PersonalValue number = session.documentField(DocumentField.DOCUMENT_NUMBER).orElseThrow();
        assertThat(session.toString()).doesNotContain("张三丰").doesNotContain("4405").contains("visit-3");
        assertThat(number.toString()).doesNotContain("4405");
        assertThat(number.masked()).isEqualTo("4405**********0014");
        assertThat(session.documentField(DocumentField.NAME).orElseThrow().masked()).isEqualTo("张**");
    }

    @Test
    void theCallersArrayIsCopied() {
        KioskSession session = new KioskSession("visit-4");
        char[] source = "张三丰".toCharArray();
        session.putDocumentField(DocumentField.NAME, source);
        java.util.Arrays.fill(source, '\0');
        assertThat(session.documentField(DocumentField.NAME).orElseThrow().reveal()).isEqualTo("张三丰");
    }
}
