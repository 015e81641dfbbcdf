import { errorMessage } from './error-message.js';

/** Runs `work`, telling the view it is busy (error cleared) and then done, with the failure's words if it failed. */
export const runBusy = async (show: (busy: boolean, error: string | undefined) => void, work: () => Promise<unknown>): Promise<void> => {
  show(true, undefined);
  let failure: string | undefined;
  try {
    await work();
  } catch (error) {
    failure = errorMessage(error);
  } finally {
    show(false, failure);
  }
};
