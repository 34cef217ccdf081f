/** Every API route is under this prefix (health is not). */
export const API_PREFIX = 'api/v1';
