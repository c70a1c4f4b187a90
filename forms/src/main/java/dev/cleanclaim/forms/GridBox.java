package dev.cleanclaim.forms;

/** A box of the drawn CMS-1500, on the same grid as the data fields, with its printed caption. */
record GridBox(int line, int column, int lines, int columns, String caption) {
}
