/** What a role may do, as `GET /v1/auth/me` lists it (src/review/roles.ts names the same). */
export type Permission = 'screen' | 'record' | 'read_records' | 'work' | 'review' | 'audit' | 'admin'
