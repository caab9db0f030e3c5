package qiao.portal.community;

import qiao.portal.identity.Caller;

/** Who may do something on a board: read it, start threads in it, or reply. */
public enum Access {
    EVERYONE, SIGNED_IN, STAFF;

    public boolean allows(Caller caller) {
        return switch (this) {
            case EVERYONE -> true;
            case SIGNED_IN -> caller.signedIn();
            case STAFF -> caller.isStaff();
        };
    }
}
