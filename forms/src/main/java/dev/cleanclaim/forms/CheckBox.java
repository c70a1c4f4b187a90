package dev.cleanclaim.forms;

/**
 * A check box of the drawn CMS-1500: the data field whose cell it frames, and the label printed beside it.
 *
 * @param side where the label sits: {@link Side#LEFT} as the form prints M/F and the relationships, {@link Side#RIGHT}
 *             as it prints the plan types and YES/NO, {@link Side#ABOVE} where the space beside the box is the data's
 */
record CheckBox(String field, String label, Side side) {

    enum Side {
        LEFT, RIGHT, ABOVE;

        static Side of(String code) {
            return switch (code) {
                case "l" -> LEFT;
                case "r" -> RIGHT;
                case "a" -> ABOVE;
                default -> throw new IllegalStateException("a check box label sits l, r or a, not " + code);
            };
        }
    }
}
