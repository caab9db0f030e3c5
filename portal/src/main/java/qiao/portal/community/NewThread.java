package qiao.portal.community;

/**
 * A thread as its author typed it.
 *
 * @param idempotencyKey the composer's one-time key: sending the same form twice creates one thread
 */
public record NewThread(String title, String body, String kind, String idempotencyKey) {
}
