package io.mubiao.documents;

/**
 * A piece of the original cut out as page furniture.
 *
 * @param at     offset in the normalized text where the piece stood
 * @param text   the piece as it was (whitespace at its ends trimmed)
 * @param reason navigation, breadcrumb, share, link-list, copyright, icp, editor, contact, image, url or page-number
 */
public record RemovedText(int at, String text, String reason) {
}
