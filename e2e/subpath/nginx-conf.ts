/**
 * An nginx.conf that fronts the dashboard the way an ingress-nginx Ingress does: a path prefix passed
 * through unchanged, no buffering (streams), X-Forwarded-* headers. It also plays the authenticating
 * proxy (oauth2-proxy's X-Forwarded-User), connecting from its own loopback address so the dashboard
 * can tell it from a direct client.
 */
export const BASE_PATH = '/kubesys';
/** nginx connects to the dashboard from here; the dashboard trusts only this address. */
export const PROXY_SOURCE_ADDRESS = '127.0.0.3';
export const PROXY_USER = 'e2e-operator@example.com';

export function nginxConf(opts: { prefix: string; listenPort: number; upstreamPort: number }): string {
  const temp = (name: string) => `${opts.prefix}/${name}`;
  return `worker_processes 1;
pid ${temp('nginx.pid')};
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${temp('client_body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
  map $http_upgrade $connection_upgrade { default upgrade; '' close; }
  upstream kubesys { server 127.0.0.1:${opts.upstreamPort}; keepalive 8; }
  server {
    listen 127.0.0.1:${opts.listenPort};
    location / { return 404 "not routed by this Ingress\\n"; }
    # pathType: Prefix; no URI on proxy_pass, so /kubesys/... reaches the app unchanged.
    location ${BASE_PATH} {
      proxy_pass http://kubesys;
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
      # What oauth2-proxy adds after signing a user in (and strips from the client's request).
      proxy_set_header X-Forwarded-User "${PROXY_USER}";
      proxy_set_header X-Forwarded-Email "";
    }
  }
}
`;
}
