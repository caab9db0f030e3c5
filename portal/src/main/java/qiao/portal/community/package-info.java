/**
 * The community: boards, threads of questions, discussions, suggestions and announcements, posts,
 * votes and accepted answers. So far it holds the home page that will list the boards.
 */
package qiao.portal.community;
