/**
 * Every way the demo cluster authenticates, over HTTPS: the shared cache runs for three credential
 * lifetimes and the demo cluster's request log shows no 401 after the first successful request, so
 * credentials were replaced before they expired (exec tokens, rotated client certificate files).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runLifetimes, TEST_CREDENTIAL_TTL_S, type LifetimeRun } from '@/test/auth-lifetimes';
import type { SimOptions } from '@/sim/index';

let run: LifetimeRun | undefined;
afterEach(async () => {
  await run?.h.close();
  run = undefined;
});

const ttl = TEST_CREDENTIAL_TTL_S;
const MODES: [string, SimOptions, number][] = [
  // [name, demo cluster flags, distinct credentials the server must have seen at least]
  ['a static bearer token', { auth: 'token' }, 1],
  ['rotating client certificate files', { auth: 'client-cert', clientCertTtlS: ttl }, 3],
  ['an exec plugin with expiring tokens', { auth: 'exec', tokenTtlS: ttl }, 3],
];

describe.each(MODES)('the shared cache with %s', (name, sim, minCredentials) => {
  it('runs three lifetimes with no 401 after the first successful request', async () => {
    run = await runLifetimes(`auth-${sim.auth}`, sim);
    expect(run.afterFirstSuccess.length).toBeGreaterThan(0);
    expect(run.afterFirstSuccess.filter((entry) => entry.status === 401)).toEqual([]);
    // Requests really happened across the lifetimes, with fresh credentials each time.
    expect(run.requestsPerLifetime.every((n) => n > 0), `authenticated requests per lifetime: ${run.requestsPerLifetime}`).toBe(true);
    expect(run.credentials.size).toBeGreaterThanOrEqual(minCredentials);
    expect(run.h.runtime.isSynced()).toBe(true);
    expect(run.h.runtime.freshness().state).toBe('live');
    expect(run.h.runtime.health.state.readyz?.ok).toBe(true);
  });
});
