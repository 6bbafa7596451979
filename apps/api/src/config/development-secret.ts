/** Signs and verifies development tokens when no identity provider is configured. Refused in production. */
export const DEVELOPMENT_JWT_SECRET = 'lavterskel-development-secret-do-not-use-in-production';
