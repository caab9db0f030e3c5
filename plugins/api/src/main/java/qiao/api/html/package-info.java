/**
 * HTML from plugins: {@link qiao.api.html.SafeHtml} is the only way a plugin hands markup to a page, built from
 * escaped text and an allow-list of elements, attributes and links.
 */
package qiao.api.html;
