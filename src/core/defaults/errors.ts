/**
 * The W2D1400..W2D1499 table: errors of the default catalogs. IDs are permanent once released: never
 * renumber, never reuse; add new ones at the end.
 */

/** W2D1400: no default catalog under that profile name. */
export const W2D1400_UNKNOWN_DEFAULT_PROFILE = 'W2D1400';
