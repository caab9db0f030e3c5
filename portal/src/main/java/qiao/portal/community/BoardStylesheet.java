package qiao.portal.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Each board's colour as a class ({@code .b-<slug>}) in a stylesheet, because the Content-Security-Policy
 * allows no inline styles. Browsers revalidate it on each page and mostly get a 304.
 */
@Path("boards.css")
@RequestScoped
public class BoardStylesheet {

    @Inject
    BoardService boards;

    /** The boards the visitor may read, and no others: a board's slug is not for those who may not see it. */
    @GET
    @Operation(hidden = true)
    public Response css(@Context Request request) {
        StringBuilder css = new StringBuilder();
        for (Board board : boards.visible()) {
            css.append(".b-").append(board.slug()).append("{background:").append(board.colour()).append(";color:")
                    .append(readableTextOn(board.colour())).append("}\n");
        }
        byte[] bytes = css.toString().getBytes(StandardCharsets.UTF_8);
        EntityTag tag = new EntityTag(sha256(bytes));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.header("Cache-Control", "private, no-cache").header("Vary", "Cookie").build();
        }
        return Response.ok(bytes).header("Content-Type", "text/css; charset=UTF-8").tag(tag)
                .header("Cache-Control", "private, no-cache").header("Vary", "Cookie").build();
    }

    /** Black or white, whichever reads better on the colour (WCAG relative luminance). */
    static String readableTextOn(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double luminance = 0.2126 * linear(rgb >> 16 & 0xff) + 0.7152 * linear(rgb >> 8 & 0xff) + 0.0722 * linear(rgb & 0xff);
        return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? "#000" : "#fff";
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
