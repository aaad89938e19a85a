import { describe, expect, it } from 'vitest';
import { errorMessageId } from './errors';

describe('errorMessageId', () => {
  it('chooses by the envelope code first', () => {
    expect(errorMessageId({ status: 404, code: 'UnknownContext' })).toBe('unknownContext');
    expect(errorMessageId({ status: 503, code: 'Unreachable' })).toBe('unreachable');
    expect(errorMessageId({ status: 503, code: 'NotConfigured' })).toBe('notConfigured');
    expect(errorMessageId({ status: 504, code: 'Timeout' })).toBe('timeout');
    expect(errorMessageId({ status: 403, code: 'Forbidden' })).toBe('forbidden');
    expect(errorMessageId({ status: 429, code: 'TooManyRequests' })).toBe('tooManyRequests');
    expect(errorMessageId({ status: 410, code: 'Expired' })).toBe('expired');
    expect(errorMessageId({ status: 0, code: 'Offline' })).toBe('offline');
  });

  it("tells our sign-in's 401 from the API server refusing our credentials (a 502 carrying its Unauthorized)", () => {
    expect(errorMessageId({ status: 401, code: 'Unauthorized' })).toBe('signIn');
    expect(errorMessageId({ status: 502, code: 'Unauthorized' })).toBe('credentials');
    expect(errorMessageId({ status: 502, code: 'CredentialError' })).toBe('credentials');
  });

  it('falls back to the status for a reason it does not know', () => {
    expect(errorMessageId({ status: 403, code: 'SomethingNew' })).toBe('forbidden');
    expect(errorMessageId({ status: 500, code: 'InternalError' })).toBe('server');
    expect(errorMessageId({ status: 422, code: 'Invalid' })).toBe('badRequest');
    expect(errorMessageId({ status: 200, code: 'Error' })).toBe('other');
  });
});
