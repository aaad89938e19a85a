/**
 * A cluster's problem for pages: its kind (a translated title) and the cause's own words (`detail`, shown
 * untranslated), beside kubesys's English line (`message`) that scripts read.
 */
import { describe, expect, it } from 'vitest';
import { CredentialError } from '@/lib/kube/exec-credential';
import { KubeApiError } from '@/lib/kube/http';
import { classifyProblem } from './fleet-probe';

/** What undici throws for a refused connection: the code two causes deep, in an AggregateError. */
function refused(): Error {
  const socket = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
  return new TypeError('fetch failed', { cause: new AggregateError([socket], 'all attempts failed') });
}

describe('classifyProblem', () => {
  it('refused credentials: the API server\'s words as the detail', () => {
    expect(classifyProblem(new KubeApiError(401, 'Unauthorized', 'Unauthorized', '/version'))).toEqual({
      kind: 'auth',
      message: 'credentials refused or unusable: Unauthorized',
      detail: 'Unauthorized',
    });
  });

  it('unusable credentials: the credential plugin\'s words as the detail', () => {
    const problem = classifyProblem(new CredentialError('exec plugin "aws" exited with 1: token expired'));
    expect(problem).toMatchObject({ kind: 'auth', detail: 'exec plugin "aws" exited with 1: token expired' });
  });

  it('no connection: the socket\'s code and words as the detail, found however deep', () => {
    expect(classifyProblem(refused())).toEqual({
      kind: 'unreachable',
      message: 'cannot reach the API server (ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:1)',
      detail: 'ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:1',
    });
  });

  it('a TLS failure is its own kind, with the verifier\'s words', () => {
    const error = new TypeError('fetch failed', { cause: Object.assign(new Error('self-signed certificate in certificate chain'), { code: 'SELF_SIGNED_CERT_IN_CHAIN' }) });
    expect(classifyProblem(error)).toMatchObject({ kind: 'tls', detail: 'SELF_SIGNED_CERT_IN_CHAIN: self-signed certificate in certificate chain' });
  });

  it('a timeout has only kubesys\'s words, so no detail', () => {
    const timeout = Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' });
    expect(classifyProblem(timeout)).toEqual({ kind: 'timeout', message: 'the API server did not answer in time' });
  });
});
