package qiao.portal.identity;

import qiao.portal.web.Refusal;

/** Wrong username or password; deliberately does not say which. */
class SignInFailed extends Refusal {

    SignInFailed() {
        super(401, "error.401.title", "signin.failed");
    }
}
