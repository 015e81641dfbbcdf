import type { CarePagesApi } from '../api/care-pages-api.js';
import type { MachineEngineResponse } from '../api/types.js';

/**
 * The site's machine-translation engine for the pre-fill buttons, or undefined when the server cannot say (an older
 * server, a refusal): the views then offer no pre-fill rather than failing to show the translation status.
 */
export const loadMachineEngine = async (api: CarePagesApi): Promise<MachineEngineResponse | undefined> => {
  try {
    return await api.getMachineEngine();
  } catch {
    return undefined;
  }
};
