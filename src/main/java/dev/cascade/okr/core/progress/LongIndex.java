package dev.cascade.okr.core.progress;

import java.util.Arrays;

/**
 * An open-addressing map from long ids to array positions, so that indexing 500,000 goals costs 16 bytes each
 * rather than the ~90 of a {@code HashMap<Long, Integer>}.
 *
 * <p>Invariants: positions are non-negative; {@link #get} answers -1 for an absent id.
 */
final class LongIndex {

    private long[] keys;
    private int[] positions;
    private int size;

    LongIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        positions = new int[capacity];
        Arrays.fill(positions, -1);
    }

    /** Puts the id unless present; answers the position already held, or -1 when it was added. */
    int putIfAbsent(long key, int position) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            if (positions[slot] < 0) {
                keys[slot] = key;
                positions[slot] = position;
                size++;
                return -1;
            }
            if (keys[slot] == key) {
                return positions[slot];
            }
        }
    }

    /** The position of the id, or -1. */
    int get(long key) {
        int mask = keys.length - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            if (positions[slot] < 0) {
                return -1;
            }
            if (keys[slot] == key) {
                return positions[slot];
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldPositions = positions;
        keys = new long[oldKeys.length * 2];
        positions = new int[oldKeys.length * 2];
        Arrays.fill(positions, -1);
        size = 0;
        for (int slot = 0; slot < oldKeys.length; slot++) {
            if (oldPositions[slot] >= 0) {
                putIfAbsent(oldKeys[slot], oldPositions[slot]);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
