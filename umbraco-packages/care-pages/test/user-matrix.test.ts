import { expect } from '@esm-bundle/chai';
import type { CarePagesApi } from '../src/api/index.js';
import type { CarePagesContext, CarePagesUser } from '../src/api/types.js';
import { loadUserMatrix } from '../src/shared/user-matrix.js';
import { ana, cultures, lucia, matrix } from './fixtures.js';

const context = (user: CarePagesUser): CarePagesContext => ({
  user,
  sourceCulture: 'en-GB',
  cultures: [{ isoCode: 'en-GB', name: 'English (United Kingdom)', direction: 'ltr' }, ...cultures],
});

const recordingApi = (asked: string[][]) => ({ getMatrix: async (c: readonly string[]) => (asked.push([...c]), matrix()) }) as unknown as CarePagesApi;

describe('loadUserMatrix', () => {
  it('asks only for the target languages the user works in', async () => {
    const asked: string[][] = [];

    await loadUserMatrix(recordingApi(asked), context(ana));
    await loadUserMatrix(recordingApi(asked), context(lucia));

    expect(asked).to.deep.equal([['es-ES'], ['es-ES', 'ar', 'fr-FR']]);
  });

  it('asks nothing for a user without target languages and shows no rows', async () => {
    const asked: string[][] = [];

    const rows = await loadUserMatrix(recordingApi(asked), context({ ...ana, cultures: ['en-GB'] }));

    expect(asked).to.deep.equal([]);
    expect(rows).to.deep.equal([]);
  });
});
