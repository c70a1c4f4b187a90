package dev.cleanclaim.store;

/**
 * The control numbers reserved for one interchange: ISA13/GS06, and the first ST02 of a contiguous range, one per
 * transaction set. Both count up across restarts and are never handed out twice.
 */
public record ControlNumbers(int interchange, int firstTransaction) {
}
