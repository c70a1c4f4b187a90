package dev.cleanclaim.core.ncci;

/**
 * Packs a five-character CPT/HCPCS code (digits and capital letters) into an int, base 36, so that code pairs
 * become one long and the edit table needs no String objects. 36^5 < 2^26.
 */
public final class ProcedureCodeKey {

    public static final int BITS = 26;

    private ProcedureCodeKey() {
    }

    /** The key of a code, or -1 when the text is not five digits/capital letters. */
    public static int of(CharSequence code) {
        if (code.length() != 5) {
            return -1;
        }
        int key = 0;
        for (int i = 0; i < 5; i++) {
            int digit = Character.digit(code.charAt(i), 36);
            if (digit < 0 || Character.isLowerCase(code.charAt(i))) {
                return -1;
            }
            key = key * 36 + digit;
        }
        return key;
    }

    public static String text(int key) {
        char[] chars = new char[5];
        for (int i = 4; i >= 0; i--) {
            chars[i] = Character.toUpperCase(Character.forDigit(key % 36, 36));
            key /= 36;
        }
        return new String(chars);
    }

    /** Never 0, so that 0 can mark an empty slot in a primitive hash table. */
    public static long pair(int column1, int column2) {
        return (((long) column1 << BITS) | column2) + 1;
    }
}
