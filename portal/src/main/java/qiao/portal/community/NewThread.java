package qiao.portal.community;

import java.util.List;

/**
 * A thread as its author typed it.
 *
 * @param tags tag names as typed (null or empty for none)
 * @param idempotencyKey the composer's one-time key: sending the same form twice creates one thread
 */
record NewThread(String title, String body, String kind, List<String> tags, String idempotencyKey) {
}
