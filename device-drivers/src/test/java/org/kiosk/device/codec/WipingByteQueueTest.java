package org.kiosk.device.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WipingByteQueueTest {

    private static byte[] queued(WipingByteQueue queue) {
        return Arrays.copyOfRange(queue.array(), queue.head(), queue.head() + queue.size());
    }

    private static boolean allZero(byte[] bytes) {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    @Test
    void releasesBytesInOrderAndZeroesThem() {
        WipingByteQueue queue = new WipingByteQueue(8);
        queue.append(new byte[] {1, 2, 3, 4}, 1, 3);
        queue.release(1);
        assertThat(queued(queue)).containsExactly(3, 4);
        assertThat(queue.array()[0]).isZero();
        queue.release(2);
        assertThat(queue.size()).isZero();
        assertThat(allZero(queue.array())).isTrue();
    }

    @Test
    void movesBytesToTheFrontWhenThatMakesRoomAndZeroesTheOldPlaces() {
        WipingByteQueue queue = new WipingByteQueue(4);
        queue.append(new byte[] {1, 2, 3, 4}, 0, 4);
        queue.release(2);
        byte[] before = queue.array();
        queue.append(new byte[] {5}, 0, 1);
        assertThat(queue.array()).isSameAs(before);
        assertThat(queued(queue)).containsExactly(3, 4, 5);
        assertThat(queue.array()[3]).isZero();
    }

    @Test
    void growsAndZeroesTheOldArray() {
        WipingByteQueue queue = new WipingByteQueue(2);
        queue.append(new byte[] {1, 2}, 0, 2);
        byte[] before = queue.array();
        queue.append(new byte[] {3, 4, 5}, 0, 3);
        assertThat(queue.array()).isNotSameAs(before);
        assertThat(allZero(before)).isTrue();
        assertThat(queued(queue)).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void clearZeroesEverything() {
        WipingByteQueue queue = new WipingByteQueue(4);
        queue.append(new byte[] {1, 2, 3}, 0, 3);
        queue.clear();
        assertThat(queue.size()).isZero();
        assertThat(allZero(queue.array())).isTrue();
    }

    @Test
    void rejectsReleasingMoreThanIsQueued() {
        WipingByteQueue queue = new WipingByteQueue(4);
        queue.append(new byte[] {1}, 0, 1);
        assertThatThrownBy(() -> queue.release(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new WipingByteQueue(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void seekDropsNoiseBeforeTheMarkerAndKeepsAPossibleStartOfOne() {
        byte[] marker = {(byte) 0xAA, (byte) 0xAA, (byte) 0x96};
        WipingByteQueue q = new WipingByteQueue(4);
        q.append(new byte[] {1, 2, (byte) 0xAA, (byte) 0xAA}, 0, 4);
        assertThat(q.seek(marker)).isFalse();
        assertThat(q.size()).as("AA AA may begin a marker").isEqualTo(2);
        assertThat(q.dropped()).isEqualTo(2);
        q.append(new byte[] {(byte) 0x96, 7}, 0, 2);
        assertThat(q.seek(marker)).isTrue();
        assertThat(q.array()[q.head()]).isEqualTo((byte) 0xAA);
        assertThat(q.size()).isEqualTo(4);
        q.drop(4);
        assertThat(q.dropped()).isEqualTo(6);
    }
}
