/**
 * Where the sub-path suite serves the one production build: at the root and under two sub-paths, each
 * behind nginx twice, once per way in. `token`: the dashboard's own sign-in (AUTH_MODE=token), nginx only
 * the Ingress. `sso`: nginx also plays the authenticating proxy (oauth2-proxy's X-Forwarded-User,
 * AUTH_MODE=proxy), the way kubectl reaches the /api/k8s proxy through an Ingress. Ports come from the
 * environment (playwright.subpath.config.ts picks free ones once), so workers and the server agree.
 */
export type Way = 'token' | 'sso';

export interface Mount {
  /** '' (the root), '/kubesys', '/ops/kube-system': the BASE_PATH each dashboard starts with. */
  basePath: string;
  /** For titles and port variables. */
  name: string;
}

export interface Entry extends Mount {
  way: Way;
  /** nginx's port for this entry. */
  port: number;
  /** The dashboard's own port (nginx's upstream). */
  appPort: number;
  /** `http://127.0.0.1:<nginx>/<basePath>`: append an app path (`/components/coredns`). */
  url: string;
  /** The same dashboard without nginx in between. */
  appUrl: string;
}

export const MOUNTS: readonly Mount[] = [
  { name: 'root', basePath: '' },
  { name: 'kubesys', basePath: '/kubesys' },
  { name: 'ops', basePath: '/ops/kube-system' },
];
export const WAYS: readonly Way[] = ['token', 'sso'];

/** The access token of every `token` dashboard. */
export const ACCESS_TOKEN = 'e2e-subpath-access-token-3c9d7a2e';
/** nginx connects to the dashboards from here; they trust only this address. */
export const PROXY_SOURCE_ADDRESS = '127.0.0.3';
/** The user nginx names in the `sso` entries. */
export const PROXY_USER = 'e2e-operator@example.com';

/** `E2E_SUBPATH_KUBESYS_SSO_PORT`, `E2E_SUBPATH_KUBESYS_SSO_APP_PORT` … */
export function portVariables(mount: Mount, way: Way): { port: string; appPort: string } {
  const stem = `E2E_SUBPATH_${mount.name.toUpperCase()}_${way.toUpperCase()}`;
  return { port: `${stem}_PORT`, appPort: `${stem}_APP_PORT` };
}

/** Every entry, with the ports the environment holds (throws when one is missing). */
export function entries(env: NodeJS.ProcessEnv = process.env): Entry[] {
  return MOUNTS.flatMap((mount) =>
    WAYS.map((way) => {
      const names = portVariables(mount, way);
      const [port, appPort] = [Number(env[names.port]), Number(env[names.appPort])];
      if (!port || !appPort) throw new Error(`${names.port} and ${names.appPort} must be set (playwright.subpath.config.ts sets them)`);
      return { ...mount, way, port, appPort, url: `http://127.0.0.1:${port}${mount.basePath}`, appUrl: `http://127.0.0.1:${appPort}${mount.basePath}` };
    }),
  );
}

export function entry(mount: Mount, way: Way): Entry {
  return entries().find((e) => e.name === mount.name && e.way === way)!;
}
