/** The portal as a plugin sees it: the {@link qiao.api.portal.Portal} facade and immutable views of threads, posts and people. */
package qiao.api.portal;
