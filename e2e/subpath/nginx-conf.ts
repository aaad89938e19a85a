/**
 * An nginx.conf that fronts each dashboard the way an ingress-nginx Ingress does: a `pathType: Prefix`
 * path passed through unchanged (`location = /p` and `location /p/`, so `/px` is not routed), no
 * buffering (streams), X-Forwarded-* headers. For the `sso` entries it is also the authenticating proxy
 * (oauth2-proxy's X-Forwarded-User); it always connects from its own loopback address, so a dashboard
 * can tell it from a direct client.
 */
import { PROXY_SOURCE_ADDRESS, PROXY_USER, type Entry } from './mounts';

export const NOT_ROUTED = 'not routed by this Ingress';

export function nginxConf(opts: { prefix: string; entries: readonly Entry[] }): string {
  const temp = (name: string) => `${opts.prefix}/${name}`;
  return `worker_processes 1;
pid ${temp('nginx.pid')};
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${temp('client_body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
  map $http_upgrade $connection_upgrade { default upgrade; '' close; }
${opts.entries.map(serverBlock).join('\n')}
}
`;
}

function serverBlock(entry: Entry): string {
  const upstream = `kubesys_${entry.name}_${entry.way}`;
  const proxied = proxyDirectives(upstream, entry.way === 'sso' ? PROXY_USER : '');
  const locations = entry.basePath
    ? `    location / { return 404 "${NOT_ROUTED}\\n"; }
    # pathType: Prefix; no URI on proxy_pass, so ${entry.basePath}/... reaches the app unchanged.
    location = ${entry.basePath} {${proxied}    }
    location ${entry.basePath}/ {${proxied}    }`
    : `    location / {${proxied}    }`;
  return `  upstream ${upstream} { server 127.0.0.1:${entry.appPort}; keepalive 8; }
  server {
    listen 127.0.0.1:${entry.port};
${locations}
  }`;
}

function proxyDirectives(upstream: string, user: string): string {
  return `
      proxy_pass http://${upstream};
      proxy_bind ${PROXY_SOURCE_ADDRESS};
      proxy_http_version 1.1;
      proxy_buffering off;
      proxy_read_timeout 3600s;
      proxy_set_header Host $http_host;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_set_header X-Real-IP $remote_addr;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Host $http_host;
      proxy_set_header X-Forwarded-Port $server_port;
      proxy_set_header X-Forwarded-Proto $scheme;
      # What oauth2-proxy adds after signing a user in, and strips from the client's request otherwise.
      proxy_set_header X-Forwarded-User "${user}";
      proxy_set_header X-Forwarded-Email "";
`;
}
