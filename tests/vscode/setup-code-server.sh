#!/usr/bin/env bash
# Installs a real VS Code for the integration tests: code-server (VS Code's own server and web
# workbench, here 4.100.3 = VS Code 1.100.3, the last line that runs on Node.js 20) from the npm
# registry, into .vscode-test/code-server. Nothing is downloaded from anywhere but the registry:
# code-server's install script, which would fetch ripgrep from elsewhere, is replaced by the steps
# below and Debian's ripgrep. Idempotent: a finished install is kept and reused.
# Needs the Debian packages chromium, libkrb5-dev and ripgrep (.ci/run installs them).
set -euo pipefail
CS_VERSION="${CS_VERSION:-4.100.3}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DEST="${CODE_SERVER_HOME:-$ROOT/.vscode-test/code-server}"
MARKER="$DEST/.installed-$CS_VERSION"
[ -f "$MARKER" ] && exit 0

missing=()
for pkg in chromium libkrb5-dev ripgrep; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup-code-server: missing Debian packages: ${missing[*]}" >&2
  echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi

echo "setup-code-server: installing code-server $CS_VERSION into $DEST"
started=$SECONDS
rm -rf "$DEST" && mkdir -p "$DEST" && cd "$DEST"
# npm and node-gyp are chatty here: their output goes to a log that is shown if a step fails.
exec 3>&1 4>&2 >"$DEST/setup.log" 2>&1
trap 'status=$?; if [ $status -ne 0 ]; then tail -n 60 "$DEST/setup.log" >&4; echo "setup-code-server: failed (log: $DEST/setup.log)" >&4; fi' EXIT
echo '{"name":"vscode-under-test","private":true}' > package.json
quiet=(--no-audit --no-fund --loglevel=error)
npm install "${quiet[@]}" --ignore-scripts "code-server@$CS_VERSION"
# argon2's prebuilt download is unreachable, so node-gyp builds it (needs g++ and python3).
npm rebuild "${quiet[@]}" argon2
cd node_modules/code-server/lib/vscode
npm install "${quiet[@]}" --omit=dev --ignore-scripts
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
# Builds the native modules (kerberos needs libkrb5-dev); the rest mirrors code-server's postinstall.
npm_config_yes=true npm rebuild "${quiet[@]}"
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)
(cd extensions && npm install "${quiet[@]}" --omit=dev)
cd "$DEST"
node node_modules/code-server/out/node/entry.js --version >&3
touch "$MARKER"
echo "setup-code-server: done in $((SECONDS - started)) s" >&3
