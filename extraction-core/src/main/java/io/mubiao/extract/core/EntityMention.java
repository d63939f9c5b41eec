package io.mubiao.extract.core;

/**
 * One mention of a named entity.
 *
 * @param type       {@code PERSON}, {@code ORG}, {@code LOCATION}, {@code FACILITY}, {@code POLICY} or {@code EVENT}
 *                   (a wire value of {@link io.mubiao.contracts.vocabulary.EntityType})
 * @param canonical  the full name when the text abbreviates, else the text itself
 * @param start      offset in the document text (inclusive); end is exclusive
 */
public record EntityMention(String text, String type, String canonical, int start, int end) {
}
