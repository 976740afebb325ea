// HAProxy from Debian in front of several application instances: round robin, health checks on the
// readiness endpoint, retries only where they cannot repeat a write, and the name of the server that
// answered in each response (X-Served-By), so that a test can tell which instance a failure came from.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { launch } from './processes.mjs';

/**
 * The configuration for `servers` ([{ name, port }]) behind 127.0.0.1:`port`, the statistics page on
 * `statsPort`. `pinHeader`: a request header naming a server sends the request to that server while it is up
 * (tests use it to reach each instance through the balancer), none when absent.
 */
export function haproxyConfig({ port, statsPort, servers, pinHeader }) {
  return `# Written by bench/lib/haproxy.mjs
global
  maxconn 4096
  log stdout format raw local0 info

defaults
  mode http
  log global
  option httplog
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  timeout queue 30s
  timeout http-request 10s
  # longer than a client keeps an idle connection (Node: 4 s), so that HAProxy never closes one a request is being sent on
  timeout http-keep-alive 30s
  # A connection refused or reset before any answer is tried again, on another server (redispatch)
  retries 3
  option redispatch 1
  retry-on conn-failure empty-response

frontend www
  bind 127.0.0.1:${port}
  option forwardfor
  # in the log line of each request (between braces), so that one that got no answer can be traced to its server
  capture request header X-Request-Id len 64
  http-request set-header X-Forwarded-Proto http
  default_backend instances

backend instances
  balance roundrobin
  # an instance joins once ready (database reachable, migrations done) and leaves when it stops answering
  option httpchk GET /q/health/ready
  http-check expect status 200
  default-server inter 1s fall 2 rise 2
  # an empty answer is retried only for safe methods: a write the instance may have done is never sent twice
  # (a refused connection is retried for every method: the request never reached an instance)
  http-request disable-l7-retry if !METH_GET !METH_HEAD !METH_OPTIONS
  # on every answer, the balancer's own errors included
  http-after-response set-header X-Served-By %[srv_name]
${pinHeader ? servers.map((s) => `  use-server ${s.name} if { req.hdr(${pinHeader}) -m str ${s.name} }\n`).join('') : ''}${servers.map((s) => `  server ${s.name} 127.0.0.1:${s.port} check\n`).join('')}
listen stats
  bind 127.0.0.1:${statsPort}
  stats enable
  stats uri /
  stats refresh 5s
`;
}

/** Installs HAProxy with apt-get when it is missing (as `make bench-tools` installs wrk). */
export function ensureHaproxy() {
  try {
    execFileSync('haproxy', ['-v'], { stdio: 'ignore' });
  } catch {
    execFileSync('bash', ['-c', 'apt-get update -qq && apt-get install -y -qq haproxy'], { stdio: 'inherit' });
  }
}

/** Writes the configuration to `configFile`, checks it and starts HAProxy in the foreground (-db), its log in `logFile`. */
export function startHaproxy({ configFile, logFile, ...settings }) {
  writeFileSync(configFile, haproxyConfig(settings));
  execFileSync('haproxy', ['-c', '-q', '-f', configFile], { stdio: ['ignore', 'ignore', 'inherit'] });
  const handle = launch('haproxy', ['-db', '-f', configFile], { logFile });
  return {
    handle,
    stats: `http://127.0.0.1:${settings.statsPort}/`,
    /** The server each request went to, by its X-Request-Id, from HAProxy's log: Map(id → server name). */
    serversByRequestId() {
      const served = new Map();
      for (const match of readFileSync(logFile, 'utf8').matchAll(/ www instances\/(\S+) .* \{([^}|]+)\} "/g)) served.set(match[2], match[1]);
      return served;
    },
    /** Each server's status as the health checks see it: { app1: 'UP', app2: 'DOWN', … }. */
    async status() {
      const [header, ...rows] = (await (await fetch(`http://127.0.0.1:${settings.statsPort}/;csv`)).text()).split('\n');
      const status = header.replace(/^# /, '').split(',').indexOf('status');
      return Object.fromEntries(rows.map((line) => line.split(','))
        .filter(([proxy, name]) => proxy === 'instances' && name !== 'BACKEND').map((fields) => [fields[1], fields[status]]));
    },
  };
}
