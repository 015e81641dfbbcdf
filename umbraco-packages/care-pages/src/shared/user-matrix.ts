import type { CarePagesApi } from '../api/care-pages-api.js';
import type { CarePagesContext, MatrixRow } from '../api/types.js';
import { userTargetCultures } from './context-cultures.js';

/**
 * The documents × cultures matrix for the languages the signed-in user works in: the server answers only for those,
 * so other columns would read as zeros. A user without target languages gets no rows (and no request).
 */
export const loadUserMatrix = async (api: CarePagesApi, context: CarePagesContext | undefined): Promise<MatrixRow[]> => {
  const cultures = userTargetCultures(context).map((c) => c.isoCode);
  return cultures.length > 0 ? api.getMatrix(cultures) : [];
};
