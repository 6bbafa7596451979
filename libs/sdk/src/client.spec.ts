import { createLavterskelClient } from './client';

/** A fetch that answers an empty page and remembers what it was asked. */
function recordingFetch() {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    return Response.json({ items: [], nextCursor: null });
  };
  return { requests, fetch };
}

const CLIENT = '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11';

describe('createLavterskelClient', () => {
  it('sends the token as a bearer credential to the base URL', async () => {
    const { requests, fetch } = recordingFetch();
    const api = createLavterskelClient({ baseUrl: 'http://api.test', token: 'abc', fetch });

    const { data } = await api.GET('/v1/consents', {
      params: { query: { clientId: CLIENT, limit: 5 } },
    });

    expect(data).toEqual({ items: [], nextCursor: null });
    expect(requests[0].url).toBe(`http://api.test/v1/consents?clientId=${CLIENT}&limit=5`);
    expect(requests[0].headers.get('Authorization')).toBe('Bearer abc');
  });

  it('asks a token function before every request', async () => {
    const { requests, fetch } = recordingFetch();
    let issued = 0;
    const api = createLavterskelClient({
      baseUrl: 'http://api.test',
      token: async () => `token-${++issued}`,
      fetch,
    });

    const list = () => api.GET('/v1/consents', { params: { query: { clientId: CLIENT } } });
    await list();
    await list();

    expect(requests.map((request) => request.headers.get('Authorization'))).toEqual([
      'Bearer token-1',
      'Bearer token-2',
    ]);
  });
});
