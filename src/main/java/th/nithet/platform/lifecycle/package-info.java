/**
 * {@code QuiesceServlet} + {@code Quiescing}: the launcher asks the application to write its buffers
 * (views, search index) before it stops Payara Micro.
 * <p>
 * Shared by the features; uses no feature package (ArchitectureTest).
 */
package th.nithet.platform.lifecycle;
