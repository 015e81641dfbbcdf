import type { UmbAuthContext } from '@umbraco-cms/backoffice/auth';
import { CarePagesApi } from '../api/care-pages-api.js';

/** The API client as the backoffice user: the Management API's server URL and its bearer token (refreshed when due). */
export const createBackofficeApi = (auth: UmbAuthContext): CarePagesApi =>
  new CarePagesApi({
    baseUrl: auth.getServerUrl(),
    authorize: async () => ({ Authorization: `Bearer ${await auth.getLatestToken()}` }),
  });
