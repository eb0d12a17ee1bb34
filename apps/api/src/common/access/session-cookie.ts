/** The name of the cookie that carries the session token (httpOnly, SameSite=Strict). */
export const SESSION_COOKIE = 'khsae_session';
