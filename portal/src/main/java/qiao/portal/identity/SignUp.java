package qiao.portal.identity;

/** What a person types to sign up; checked by {@link AccountService#signUp}. */
record SignUp(String username, String email, String password) {
}
