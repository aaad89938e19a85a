import { describe, expect, it } from 'vitest';
import {
  allowedMethods,
  createHostAllowlist,
  hostName,
  hostRefusal,
  methodRefusal,
  refusalBody,
  targetRefusal,
  withoutBasePath,
} from './request-policy';

const allowed = createHostAllowlist(['ops.example.com'], ['10.244.3.7', 'fd00::7', 'fe80::1%eth0']);

describe('hostName', () => {
  it.each([
    ['localhost:3000', 'localhost'],
    ['LOCALHOST', 'localhost'],
    ['127.0.0.1:3000', '127.0.0.1'],
    ['127.1', '127.0.0.1'],
    ['[::1]:3000', '[::1]'],
    ['[0:0:0:0:0:0:0:1]', '[::1]'],
    ['ops.example.com', 'ops.example.com'],
  ])('%s → %s', (header, name) => expect(hostName(header)).toBe(name));

  it.each(['', 'evil.example@localhost', 'localhost/x', 'localhost:3000:1', 'a b', '[::1', 'localhost\\x', 'localhost?'])('refuses %j', (header) => {
    expect(hostName(header)).toBeNull();
  });
});

describe('hostRefusal (DNS rebinding)', () => {
  it.each([
    'localhost:3000',
    'localhost',
    '127.0.0.1:3000',
    '127.0.0.2',
    '[::1]:3000',
    '[::1]',
    'ops.example.com',
    'OPS.example.com:443',
    '10.244.3.7:3000',
    '[fd00::7]:3000',
    '[fe80::1]:3000',
  ])('answers Host %s', (host) => {
    expect(hostRefusal('/api/overview', host, allowed)).toBeNull();
  });

  it.each(['attacker.example', 'attacker.example:3000', 'localhost.attacker.example', 'ops.example.com.attacker.example', '10.244.3.8:3000', '0.0.0.0', 'kubesys', '', null])(
    'refuses Host %j with 421 naming ALLOWED_HOSTS',
    (host) => {
      expect(hostRefusal('/api/k8s/api/v1/namespaces/kube-system/configmaps', host, allowed)).toMatchObject({
        status: 421,
        code: 'MisdirectedRequest',
        message: expect.stringContaining('ALLOWED_HOSTS'),
      });
    },
  );

  it('lets probes and scrapes in by any Host (a kubelet sends the pod IP)', () => {
    for (const path of ['/api/healthz', '/api/readyz', '/api/metrics']) expect(hostRefusal(path, '10.9.9.9:3000', allowed)).toBeNull();
    expect(hostRefusal('/api/metrics/x', '10.9.9.9:3000', allowed)).not.toBeNull();
  });
});

describe('methodRefusal', () => {
  it('answers GET on the API, HEAD only on the probes, POST only to sign in and out, GET and HEAD on pages', () => {
    expect(allowedMethods('/api/overview')).toEqual(['GET']);
    expect(allowedMethods('/api/k8s/api/v1/namespaces/kube-system/pods')).toEqual(['GET']);
    expect(allowedMethods('/api/healthz')).toEqual(['GET', 'HEAD']);
    expect(allowedMethods('/api/auth/login')).toEqual(['POST']);
    expect(allowedMethods('/api/auth/logout')).toEqual(['POST']);
    expect(allowedMethods('/pods/coredns-x')).toEqual(['GET', 'HEAD']);
  });

  it('refuses HEAD on a watch, so nothing opens upstream', () => {
    expect(methodRefusal('/api/k8s/api/v1/namespaces/kube-system/pods', 'HEAD')).toEqual({
      status: 405,
      code: 'MethodNotAllowed',
      message: 'HEAD is not allowed: kubesys is read-only, its proxy forwards GET and watch only',
      allowHeader: 'GET',
    });
    expect(methodRefusal('/api/pods/x/logs', 'HEAD')).toMatchObject({ status: 405, allowHeader: 'GET' });
  });

  it.each(['TRACE', 'TRACK', 'PROPFIND', 'OPTIONS', 'DELETE', 'PUT', 'PATCH', 'POST'])('refuses %s on the API and pages', (method) => {
    expect(methodRefusal('/api/overview', method)).toMatchObject({ status: 405 });
    expect(methodRefusal('/', method)).toMatchObject({ status: 405, allowHeader: 'GET, HEAD' });
  });

  it('never echoes an odd method name', () => {
    expect(methodRefusal('/', 'X<script>')?.message).toBe('this method is not allowed: this page answers GET and HEAD');
  });
});

describe('targetRefusal', () => {
  it.each(['/', '/api/pods/coredns-x', '/api/pods/%C3%BC', '/api/k8s/api/v1/namespaces/kube-system/pods?watch=true', '/search?q=%ff'])('passes %s', (target) => {
    expect(targetRefusal(target)).toBeNull();
  });

  it.each([
    ['/api/pods/%ff', /percent-encoded UTF-8/],
    ['/api/pods/%c3%28', /percent-encoded UTF-8/],
    ['/api/pods/%', /percent-encoded UTF-8/],
    ['/api/pods/%00', /control characters/],
    ['/api/pods/a%0ab', /control characters/],
    ['/api/pods/a%7f', /control characters/],
    ['*', /must be a path/],
    ['http://evil.example/api/overview', /must be a path/],
  ])('refuses %s with 400', (target, message) => {
    expect(targetRefusal(target)).toMatchObject({ status: 400, code: 'BadRequest', message: expect.stringMatching(message) });
  });
});

describe('refusalBody', () => {
  it('is the error envelope, and under /api/k8s a Kubernetes Status as well', () => {
    const refusal = { status: 405, code: 'MethodNotAllowed', message: 'no' };
    expect(refusalBody('/api/overview', refusal)).toEqual({ error: { code: 'MethodNotAllowed', message: 'no', status: 405 } });
    expect(refusalBody('/api/k8s/version', refusal)).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'no',
      reason: 'MethodNotAllowed',
      code: 405,
      error: { code: 'MethodNotAllowed', message: 'no', status: 405 },
    });
  });
});

describe('withoutBasePath', () => {
  it.each([
    ['/kubesys', '/kubesys/api/overview', '/api/overview'],
    ['/kubesys', '/kubesys', '/'],
    ['/kubesys', '/kubesysx/api', null],
    ['', '/api/overview', '/api/overview'],
  ])('%s: %s → %s', (base, path, expected) => expect(withoutBasePath(path, base)).toBe(expected));
});
