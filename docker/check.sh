#!/usr/bin/env bash
# Static checks of the container files, for machines without a Docker engine.
#
#   bash docker/check.sh
#
# 1. compose: `docker compose config -q`, or Debian's `docker-compose config -q`,
#    with dummy values for the required variables (never reads docker/.env), plus
#    a negative run proving that the required (`:?`) variables are enforced.
# 2. Dockerfiles: hadolint when installed; always a built-in sanity check (needs
#    node): instructions, stages, COPY --from targets, COPY sources present in the
#    build context and not excluded by .dockerignore, JSON exec forms, HEALTHCHECK.
# 3. nginx: `nginx -t` on docker/nginx.conf rendered with test values, when nginx
#    is installed.
# 4. docker/.env (real secrets) is ignored by git.
#
# Installs nothing. A check whose tool is missing prints "skipped". Exit status:
# 0 when nothing failed (skipped checks included), 1 when a check failed.

set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1

COMPOSE_FILE=docker/compose.yml
DOCKERFILES=(docker/api.Dockerfile docker/web.Dockerfile)
NGINX_TEMPLATE=docker/nginx.conf
# Variables the compose file requires (`${VAR:?...}`); given dummy values here only.
REQUIRED_VARS=(POSTGRES_PASSWORD KHSAE_API_DB_PASSWORD KHSAE_ADMIN_EMAIL KHSAE_ADMIN_PASSWORD)

failures=0
skips=0
pass() { printf '  ok       %s\n' "$*"; }
fail() { printf '  FAILED   %s\n' "$*"; failures=$((failures + 1)); }
skip() { printf '  skipped  %s\n' "$*"; skips=$((skips + 1)); }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# ---------------------------------------------------------------------------
echo "compose: $COMPOSE_FILE"
compose=()
if docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
elif command -v docker-compose >/dev/null 2>&1; then
  compose=(docker-compose)
fi

if [ "${#compose[@]}" -eq 0 ]; then
  skip "compose validation: neither 'docker compose' nor 'docker-compose' is installed (Debian: apt-get install docker-compose)"
else
  unset_args=()
  for v in "${REQUIRED_VARS[@]}"; do unset_args+=(-u "$v"); done

  dummy_env="$tmp/dummy.env"
  {
    echo "# dummy values for validation only"
    echo "COMPOSE_PROJECT_NAME=khsae-check"
    echo "POSTGRES_PASSWORD=dummy-password"
    echo "KHSAE_API_DB_PASSWORD=dummy-api-password"
    echo "KHSAE_ADMIN_EMAIL=admin@example.invalid"
    echo "KHSAE_ADMIN_PASSWORD=dummy-admin-password"
  } >"$dummy_env"

  if out="$(env "${unset_args[@]}" "${compose[@]}" -f "$COMPOSE_FILE" --env-file "$dummy_env" config -q 2>&1)"; then
    pass "${compose[*]} -f $COMPOSE_FILE config -q (required variables set to dummy values)"
    [ -n "$out" ] && printf '%s\n' "$out" | sed 's/^/           /'
  else
    fail "${compose[*]} -f $COMPOSE_FILE config -q:"
    printf '%s\n' "$out" | sed 's/^/           /'
  fi

  : >"$tmp/empty.env"
  if out="$(env "${unset_args[@]}" "${compose[@]}" -f "$COMPOSE_FILE" --env-file "$tmp/empty.env" config -q 2>&1)"; then
    fail "config accepted an empty env file: ${REQUIRED_VARS[*]} must be required (\${VAR:?message})"
  elif printf '%s' "$out" | grep -q 'POSTGRES_PASSWORD'; then
    pass "config refuses to run without the required variables"
  else
    fail "config without variables failed for another reason:"
    printf '%s\n' "$out" | sed 's/^/           /'
  fi
fi

# ---------------------------------------------------------------------------
echo "Dockerfiles: ${DOCKERFILES[*]}"
if command -v hadolint >/dev/null 2>&1; then
  if out="$(hadolint --failure-threshold error "${DOCKERFILES[@]}" 2>&1)"; then
    pass "hadolint (errors fail, warnings shown)"
  else
    fail "hadolint:"
  fi
  [ -n "$out" ] && printf '%s\n' "$out" | sed 's/^/           /'
else
  skip "hadolint: not installed"
fi

if ! command -v node >/dev/null 2>&1; then
  skip "built-in Dockerfile sanity check: node is not installed"
else
  cat >"$tmp/dockerfile-lint.js" <<'JS'
// Minimal Dockerfile sanity check (not a full parser): catches typos, broken
// continuations, bad exec-form JSON, unknown stages and missing/ignored COPY sources.
const fs = require('fs');
const path = require('path');
const file = process.argv[2];
const errors = [];
const text = fs.readFileSync(file, 'utf8');

// Logical instructions: drop comment lines, join backslash continuations.
const instructions = [];
let buf = null, startLine = 0;
text.split('\n').forEach((raw, i) => {
  const line = raw.replace(/\r$/, '');
  if (/^\s*#/.test(line) || (buf === null && /^\s*$/.test(line))) return;
  if (buf === null) { buf = ''; startLine = i + 1; }
  if (/\\\s*$/.test(line)) { buf += line.replace(/\\\s*$/, ' '); return; }
  buf += line;
  instructions.push({ line: startLine, text: buf.trim() });
  buf = null;
});
if (buf !== null) errors.push(`line ${startLine}: file ends inside a line continuation`);

const KNOWN = new Set(['FROM', 'RUN', 'CMD', 'LABEL', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT',
  'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL', 'MAINTAINER']);

// .dockerignore matcher (Go filepath.Match plus `**`, `!` exceptions, last match
// wins; a pattern also excludes everything below a matching directory).
const ignoreRules = (fs.existsSync('.dockerignore') ? fs.readFileSync('.dockerignore', 'utf8') : '')
  .split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
  .map((l) => {
    const negate = l.startsWith('!');
    const pat = path.posix.normalize((negate ? l.slice(1) : l).trim().replace(/^\/+/, ''));
    let re = '';
    for (let i = 0; i < pat.length; i++) {
      const c = pat[i];
      if (c === '*' && pat[i + 1] === '*') {
        i++;
        if (pat[i + 1] === '/') { i++; re += '(?:.*/)?'; } else re += '.*';
      } else if (c === '*') re += '[^/]*';
      else if (c === '?') re += '[^/]';
      else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return { negate, re: new RegExp(`^${re}$`) };
  });
const isIgnored = (p) => {
  const parts = path.posix.normalize(p).replace(/^\.\//, '').split('/');
  let ignored = false;
  for (const rule of ignoreRules) {
    for (let n = 1; n <= parts.length; n++) {
      if (rule.re.test(parts.slice(0, n).join('/'))) { ignored = !rule.negate; break; }
    }
  }
  return ignored;
};

const globalArgs = new Set();
const stages = [];
let sawFrom = false;
const checkJsonArray = (where, s) => {
  try {
    const v = JSON.parse(s);
    if (!Array.isArray(v) || v.length === 0 || !v.every((x) => typeof x === 'string')) throw new Error('not a non-empty array of strings');
  } catch (e) {
    errors.push(`${where}: invalid exec form JSON (${e.message})`);
  }
};
const splitFlags = (args) => {
  const flags = {};
  let rest = args;
  for (let m; (m = /^--([a-z-]+)(?:=(\S*))?\s+/.exec(rest)); rest = rest.slice(m[0].length)) flags[m[1]] = m[2] ?? true;
  return { flags, rest };
};

for (const { line, text: ins } of instructions) {
  const where = `line ${line}`;
  const m = /^([A-Za-z]+)(?:\s+([\s\S]*))?$/.exec(ins);
  if (!m) { errors.push(`${where}: cannot parse "${ins.slice(0, 60)}"`); continue; }
  const kw = m[1].toUpperCase();
  const args = (m[2] || '').trim();
  if (!KNOWN.has(kw)) { errors.push(`${where}: unknown instruction ${m[1]}`); continue; }
  if (!sawFrom && kw !== 'FROM' && kw !== 'ARG') { errors.push(`${where}: ${kw} before the first FROM`); continue; }
  if (!args && kw !== 'HEALTHCHECK') { errors.push(`${where}: ${kw} without arguments`); continue; }

  switch (kw) {
    case 'ARG':
      if (!sawFrom) globalArgs.add(args.split('=')[0]);
      break;
    case 'FROM': {
      sawFrom = true;
      const { rest } = splitFlags(args + ' ');
      const fm = /^(\S+)(?:\s+[Aa][Ss]\s+([a-z][a-z0-9_.-]*))?\s*$/.exec(rest);
      if (!fm) { errors.push(`${where}: FROM must be "FROM image [AS name]" (lower-case name)`); break; }
      for (const [, v] of fm[1].matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) {
        if (!globalArgs.has(v)) errors.push(`${where}: FROM uses $${v}, not declared by an ARG before the first FROM`);
      }
      if (fm[2]) {
        if (stages.includes(fm[2])) errors.push(`${where}: duplicate stage name ${fm[2]}`);
        stages.push(fm[2]);
      } else stages.push(null);
      break;
    }
    case 'COPY':
    case 'ADD': {
      const { flags, rest } = splitFlags(args + ' ');
      let srcs;
      if (rest.trim().startsWith('[')) {
        try { srcs = JSON.parse(rest); } catch { errors.push(`${where}: invalid JSON form`); break; }
      } else srcs = rest.trim().split(/\s+/);
      if (srcs.length < 2) { errors.push(`${where}: ${kw} needs a source and a destination`); break; }
      srcs = srcs.slice(0, -1);
      if (flags.from) {
        const from = String(flags.from);
        const known = stages.slice(0, -1).includes(from) || /^\d+$/.test(from) && Number(from) < stages.length - 1;
        if (!known && !/[:/]/.test(from)) errors.push(`${where}: --from=${from} is not an earlier stage`);
        break;
      }
      for (const s of srcs) {
        if (/^https?:\/\//.test(s) || /[*?[]/.test(s) || s === '.' || s === './') continue;
        if (!fs.existsSync(s)) errors.push(`${where}: source ${s} does not exist in the build context (repo root)`);
        else if (isIgnored(s)) errors.push(`${where}: source ${s} is excluded by .dockerignore`);
      }
      break;
    }
    case 'CMD':
    case 'ENTRYPOINT':
    case 'RUN':
    case 'SHELL':
      if (args.startsWith('[')) checkJsonArray(`${where} ${kw}`, args);
      else if (kw === 'SHELL') errors.push(`${where}: SHELL requires the JSON form`);
      break;
    case 'HEALTHCHECK': {
      if (/^NONE$/i.test(args)) break;
      const { flags, rest } = splitFlags(args + ' ');
      for (const [k, v] of Object.entries(flags)) {
        if (!['interval', 'timeout', 'start-period', 'start-interval', 'retries'].includes(k)) errors.push(`${where}: unknown HEALTHCHECK option --${k}`);
        else if (k === 'retries' ? !/^\d+$/.test(String(v)) : !/^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/.test(String(v))) errors.push(`${where}: bad value --${k}=${v}`);
      }
      const cm = /^CMD\s+([\s\S]+)$/i.exec(rest.trim());
      if (!cm) errors.push(`${where}: HEALTHCHECK must be "HEALTHCHECK [options] CMD ..." or NONE`);
      else if (cm[1].trim().startsWith('[')) checkJsonArray(`${where} HEALTHCHECK`, cm[1].trim());
      break;
    }
    case 'EXPOSE':
      for (const p of args.split(/\s+/)) if (!/^\d{1,5}(-\d{1,5})?(\/(tcp|udp))?$/.test(p) && !/^\$/.test(p)) errors.push(`${where}: bad EXPOSE port ${p}`);
      break;
    case 'USER':
      if (/^(root|0)(:|$)/.test(args)) errors.push(`${where}: switches to root`);
      break;
    default:
      break;
  }
}
if (!sawFrom) errors.push('no FROM instruction');
if (errors.length) { console.log(errors.join('\n')); process.exit(1); }
console.log(`${instructions.length} instructions, ${stages.length} stages (${stages.filter(Boolean).join(', ')})`);
JS
  for f in "${DOCKERFILES[@]}"; do
    if out="$(node "$tmp/dockerfile-lint.js" "$f" 2>&1)"; then
      pass "$f: $out"
    else
      fail "$f:"
      printf '%s\n' "$out" | sed 's/^/           /'
    fi
  done
fi

# ---------------------------------------------------------------------------
echo "nginx: $NGINX_TEMPLATE"
if ! command -v nginx >/dev/null 2>&1; then
  skip "nginx -t: nginx is not installed"
else
  mkdir -p "$tmp/nginx/conf.d" "$tmp/nginx/www"
  # Same substitution as the image's entrypoint, with test values.
  # shellcheck disable=SC2016 # literal ${NAME} placeholders, not shell expansions
  sed -e 's/\${KHSAE_API_UPSTREAM}/api:3000/g' \
      -e 's/\${KHSAE_MAX_BODY_SIZE}/25m/g' \
      -e 's#\${KHSAE_TRUSTED_PROXY}#127.0.0.1/32#g' \
      -e 's/\${NGINX_LOCAL_RESOLVERS}/127.0.0.11/g' \
      "$NGINX_TEMPLATE" >"$tmp/nginx/conf.d/default.conf"
  # shellcheck disable=SC2016
  if left="$(grep -n '\${' "$tmp/nginx/conf.d/default.conf")"; then
    fail "$NGINX_TEMPLATE uses variables this check does not know (add them here and to web.Dockerfile):"
    printf '%s\n' "$left" | sed 's/^/           /'
  else
    mime=""
    [ -f /etc/nginx/mime.types ] && mime="include /etc/nginx/mime.types;"
    cat >"$tmp/nginx/nginx.conf" <<EOF
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/error.log;
events { worker_connections 16; }
http {
  $mime
  access_log off;
  client_body_temp_path $tmp/nginx/client;
  proxy_temp_path $tmp/nginx/proxy;
  fastcgi_temp_path $tmp/nginx/fastcgi;
  uwsgi_temp_path $tmp/nginx/uwsgi;
  scgi_temp_path $tmp/nginx/scgi;
  include $tmp/nginx/conf.d/*.conf;
}
EOF
    if out="$(nginx -t -q -p "$tmp/nginx" -e "$tmp/nginx/error.log" -c "$tmp/nginx/nginx.conf" 2>&1)"; then
      pass "nginx -t ($(nginx -v 2>&1 | sed 's/^nginx version: //'); the image runs nginx 1.27)"
    else
      fail "nginx -t:"
      printf '%s\n' "$out" | sed 's/^/           /'
    fi
  fi
fi

# ---------------------------------------------------------------------------
echo "secrets: docker/.env"
if ! command -v git >/dev/null 2>&1 || ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  skip "git: not available or not a git work tree"
elif ! git check-ignore -q docker/.env; then
  fail "docker/.env is not ignored by git (.gitignore must cover .env)"
elif [ -n "$(git ls-files docker/.env)" ]; then
  fail "docker/.env is tracked by git: remove it from the index and rotate its secrets"
else
  pass "docker/.env is git-ignored and not tracked"
fi

# ---------------------------------------------------------------------------
echo
if [ "$failures" -gt 0 ]; then
  echo "docker/check.sh: $failures check(s) FAILED, $skips skipped"
  exit 1
fi
if [ "$skips" -gt 0 ]; then
  echo "docker/check.sh: all run checks passed, $skips skipped"
else
  echo "docker/check.sh: all checks passed"
fi
exit 0
