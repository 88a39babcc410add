/**
 * {@code FileStore}: files addressed by SHA-256, their bytes in the database ({@code file_chunk}, in
 * the transaction that names them) and a copy under the data directory, written to a temporary name,
 * forced and moved before anyone may name them (copied from the database on the first download on
 * another instance); {@code LocalFilesToDatabase} copies files of older versions into the database at
 * start; {@code Images} decodes and re-encodes pictures (profile photos, thumbnails).
 * <p>
 * Shared by the features; uses no feature package (ArchitectureTest).
 */
package th.nithet.platform.files;
