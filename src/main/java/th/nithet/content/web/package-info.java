/**
 * What every content page shares: {@code ContentItemPage} (load an item for the viewer, count the view,
 * attachments, likes, comments) and {@code ContentEditPage} (a type's editor), {@code PageLoads} (a view
 * action's 404 / sign-in / 403), {@code PageActions} (a button's messages), and the servlets for items'
 * addresses ({@code ContentPathServlet}: {@code /news/…}, {@code /knowledge/…} → {@code views/<type>/…}),
 * attachments and downloads. Each feature's page beans build on these; they call {@link th.nithet.content}.
 */
package th.nithet.content.web;
