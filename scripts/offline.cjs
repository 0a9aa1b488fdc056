/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload (node -r) must require */
// Preloaded into a tool that must run offline: every host name lookup fails at once, so the tool's
// network calls give up immediately instead of waiting for a network that may not exist.
const dns = require('node:dns');
const offline = (host) => Object.assign(new Error(`offline: ${host} not looked up`), { code: 'ENOTFOUND' });
const callback = (args) => args.reverse().find((a) => typeof a === 'function');
dns.lookup = (host, ...args) => process.nextTick(callback(args), offline(host));
dns.promises.lookup = async (host) => {
  throw offline(host);
};
// got resolves through cacheable-lookup, which asks a Resolver.
for (const Resolver of [dns.Resolver, dns.promises.Resolver]) {
  for (const method of ['resolve4', 'resolve6', 'resolve', 'resolveAny']) {
    Resolver.prototype[method] = function (host, ...args) {
      const cb = callback(args);
      if (cb) return void process.nextTick(cb, offline(host));
      return Promise.reject(offline(host));
    };
  }
}
